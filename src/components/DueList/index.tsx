import { View } from '@tarojs/components'
import type { DueItem, DueSummary } from '@/domain/due'
import { buttonProps } from '../a11y'
import './index.scss'

/** 首页: the family's open items for the 年度, each with its one-tap action, and the window's deadline. */
export default function DueList({ summary, onAct }: { summary: DueSummary; onAct: (item: DueItem) => void }) {
  return (
    <View className='card' role='region' aria-label={`${summary.year}年度待办`}>
      <View className='cell__title'>{summary.year}年度居民医保待办</View>
      <View className='text-muted'>{summary.deadline}</View>
      {summary.items.map((item) => (
        <View key={`${item.kind}-${item.personRef}`} className='due-item'>
          <View className='due-item__text'>{item.text}</View>
          <View className='due-item__action' {...buttonProps()} aria-label={`${item.action}：${item.text}`} onClick={() => onAct(item)}>
            {item.action}
          </View>
        </View>
      ))}
    </View>
  )
}
