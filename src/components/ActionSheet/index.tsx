import { View } from '@tarojs/components'
import './index.scss'

export interface ActionSheetItem {
  key: string
  label: string
}

interface Props {
  title: string
  open: boolean
  items: ActionSheetItem[]
  onSelect: (key: string) => void
  onClose: () => void
}

/** WeUI-like half-screen sheet. */
export default function ActionSheet({ title, open, items, onSelect, onClose }: Props) {
  if (!open) return null
  return (
    <View className='action-sheet'>
      <View className='action-sheet__mask' onClick={onClose} />
      <View className='action-sheet__panel' role='dialog' aria-label={title}>
        <View className='action-sheet__title'>{title}</View>
        {items.map((item) => (
          <View key={item.key} className='action-sheet__item' role='button' onClick={() => onSelect(item.key)}>
            {item.label}
          </View>
        ))}
        <View className='action-sheet__cancel' role='button' onClick={onClose}>
          取消
        </View>
      </View>
    </View>
  )
}
