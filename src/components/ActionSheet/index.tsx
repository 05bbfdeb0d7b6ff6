import { View } from '@tarojs/components'
import { buttonProps } from '../a11y'
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

/**
 * WeUI-like half-screen sheet. It is as tall as its items (an item may wrap to two lines); when they do not fit,
 * the items scroll and the title and 取消 stay in view.
 */
export default function ActionSheet({ title, open, items, onSelect, onClose }: Props) {
  if (!open) return null
  return (
    <View className='action-sheet'>
      <View className='action-sheet__mask' onClick={onClose} />
      <View className='action-sheet__panel' role='dialog' aria-label={title}>
        <View className='action-sheet__title'>{title}</View>
        <View className='action-sheet__menu'>
          {items.map((item) => (
            <View key={item.key} className='action-sheet__item' {...buttonProps()} onClick={() => onSelect(item.key)}>
              {item.label}
            </View>
          ))}
        </View>
        <View className='action-sheet__cancel' {...buttonProps()} onClick={onClose}>
          取消
        </View>
      </View>
    </View>
  )
}
