import { View } from '@tarojs/components'
import LinkCell from '../LinkCell'
import { availableServices, type ServiceEntry } from './catalog'

interface Props {
  onOpen: (entry: ServiceEntry) => void
  entries?: ServiceEntry[]
  label?: string
}

export default function ServiceMenu({ onOpen, entries = availableServices(), label = '医保查询办理' }: Props) {
  return (
    <View className='cells' role='list' aria-label={label}>
      {entries.map((entry) => (
        <View key={entry.key} role='listitem'>
          <LinkCell title={entry.title} desc={entry.desc} onClick={() => onOpen(entry)} />
        </View>
      ))}
    </View>
  )
}
