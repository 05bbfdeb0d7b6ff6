import { View } from '@tarojs/components'

interface Props {
  title: string
  desc?: string
  /** A › for rows that open a page; none for rows that act in place. */
  arrow?: boolean
  onClick: () => void
}

/** A tappable row of a cell list: title, optional description, optional ›. */
export default function LinkCell({ title, desc, arrow = true, onClick }: Props) {
  return (
    <View className='cell' role='button' hoverClass='cell--active' onClick={onClick}>
      <View className='cell__body'>
        <View className='cell__title'>{title}</View>
        {desc && <View className='cell__desc'>{desc}</View>}
      </View>
      {arrow && (
        <View className='cell__arrow' aria-hidden='true'>
          ›
        </View>
      )}
    </View>
  )
}
