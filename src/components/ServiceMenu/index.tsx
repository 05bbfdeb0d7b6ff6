import { View } from '@tarojs/components'
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
          <View className='cell' role='button' hoverClass='cell--active' onClick={() => onOpen(entry)}>
            <View className='cell__body'>
              <View className='cell__title'>{entry.title}</View>
              <View className='cell__desc'>{entry.desc}</View>
            </View>
            <View className='cell__arrow' aria-hidden='true'>
              ›
            </View>
          </View>
        </View>
      ))}
    </View>
  )
}
