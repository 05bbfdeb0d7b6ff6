import { memo, useState, type ComponentType, type CSSProperties, type ReactNode } from 'react'
import { ScrollView, View } from '@tarojs/components'
import { childMovesAreCheap } from '@/platform/rendering'

export interface ItemProps<T> {
  id: string
  index: number
  data: T[]
}

interface Props<T> {
  /** The scroll view's height in px. */
  height: number
  width?: string | number
  style?: CSSProperties
  item: ComponentType<ItemProps<T>>
  itemData: T[]
  itemCount: number
  /** Every row's height in px. */
  itemSize: number
  /** The rows' container (e.g. a View with role='list'); it gets `style` and the rows as children. */
  innerElementType: ComponentType<{ style?: CSSProperties; children?: ReactNode }>
  /** Rows rendered beyond each edge of the view. */
  overscanCount?: number
  onScrollNative?: (e: { detail: { scrollTop: number; scrollHeight: number } }) => void
  renderBottom?: ReactNode
}

interface SlotProps<T> {
  id: string
  index: number
  data: T[]
  item: ComponentType<ItemProps<T>>
  itemSize: number
}

/** One row slot: positioned at its row, re-rendered only when its row (or that row's record) changes. */
const Slot = memo(
  function Slot<T>({ id, index, data, item: Item, itemSize }: SlotProps<T>) {
    return (
      <View style={{ position: 'absolute', left: 0, right: 0, top: `${index * itemSize}px`, height: `${itemSize}px` }}>
        <Item id={id} index={index} data={data} />
      </View>
    )
  },
  (a, b) => a.index === b.index && a.data[a.index] === b.data[b.index] && a.item === b.item && a.itemSize === b.itemSize && a.id === b.id,
) as <T>(props: SlotProps<T>) => JSX.Element

let lists = 0

/**
 * A list of fixed-height rows that renders only the rows in view (and `overscanCount` on each side), through a
 * fixed set of slots keyed by `index % slots`. Scrolling hands the slots that left the view to the rows that
 * enter it: on a mini program no node is inserted, moved or removed, so a scroll step sends only the rows that
 * changed (Taro's VirtualList removed and inserted rows, which resent the whole window each time). In a browser
 * the slots are kept in row order, so the DOM reads top to bottom.
 */
export default function WindowedList<T>({ height, width = '100%', style, item, itemData, itemCount, itemSize, innerElementType: Inner, overscanCount = 2, onScrollNative, renderBottom }: Props<T>) {
  const [listId] = useState(() => `windowed-list-${++lists}`)
  const [firstInView, setFirstInView] = useState(0)
  const slots = Math.ceil(height / itemSize) + 1 + 2 * overscanCount
  const start = Math.max(0, Math.min(firstInView - overscanCount, itemCount - slots))
  const end = Math.min(itemCount, start + slots)

  const rows: JSX.Element[] = []
  for (let index = start; index < end; index++) {
    const slot = index % slots
    rows.push(<Slot key={slot} id={`${listId}-${slot}`} index={index} data={itemData} item={item} itemSize={itemSize} />)
  }
  if (!childMovesAreCheap) rows.sort((a, b) => Number(a.key) - Number(b.key))

  return (
    <ScrollView
      scrollY
      style={{ height: `${height}px`, width: typeof width === 'number' ? `${width}px` : width, ...style }}
      onScroll={(e) => {
        setFirstInView(Math.floor(e.detail.scrollTop / itemSize))
        onScrollNative?.(e)
      }}
    >
      <Inner style={{ position: 'relative', height: `${itemCount * itemSize}px` }}>{rows}</Inner>
      {renderBottom}
    </ScrollView>
  )
}
