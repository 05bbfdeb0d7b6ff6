import { View } from '@tarojs/components'
import { buttonProps } from '../a11y'
import './index.scss'

export interface Shortcut {
  key: string
  label: string
  onClick: () => void
}

/** The main actions of a first screen: large tiles, two a row, the label never wrapping mid-word. */
export default function ShortcutGrid({ label, items }: { label: string; items: Shortcut[] }) {
  return (
    <View className='shortcut-grid' role='list' aria-label={label}>
      {items.map((s) => (
        <View key={s.key} className='shortcut-grid__cell' role='listitem'>
          <View className='shortcut-grid__item' {...buttonProps()} onClick={s.onClick}>
            {s.label}
          </View>
        </View>
      ))}
    </View>
  )
}
