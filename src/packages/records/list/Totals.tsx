import { View } from '@tarojs/components'
import { buttonProps, regionProps } from '@/components/a11y'
import { formatMonthCn } from '@/domain/day'
import { formatFen } from '@/domain/money'
import { RELATION_LABELS } from '@/domain/relations'
import type { RecordTotals } from '@/stores/types'
import './totals.scss'

/** The bar's height in CSS px (a fixed height: the list below keeps its place; in 长辈模式 the text may take two lines). */
export const TOTALS_BAR_HEIGHT = 46
export const TOTALS_BAR_HEIGHT_ELDER = 80

/** 共济使用明细: the total of what is listed, and a switch to the totals per person and per month. */
export function TotalsBar({ totals, open, onToggle }: { totals?: RecordTotals; open: boolean; onToggle: () => void }) {
  return (
    <View className='totals-bar' role='status' aria-label='合计'>
      <View className='totals-bar__text'>{totals ? `合计 ${formatFen(totals.totalFen)}（${totals.count} 条）` : '正在合计…'}</View>
      <View className='totals-bar__button' {...buttonProps(!totals)} onClick={() => totals && onToggle()}>
        {open ? '看明细' : '按人按月合计'}
      </View>
    </View>
  )
}

/** What the list holds, per person and per month (newest month first), in the list's place. */
export function TotalsPanel({ totals, height, viewerRef }: { totals: RecordTotals; height: number; viewerRef?: string }) {
  return (
    <View className='totals-panel' style={{ height: `${height}px` }} {...regionProps('按人按月合计')}>
      <View className='section-title'>按人合计</View>
      <View className='cells' role='list' aria-label='按人合计'>
        {totals.byPerson.map((p) => (
          <View key={p.person.ref} className='cell' role='listitem'>
            <View className='cell__body cell__title'>{p.person.ref === viewerRef ? '本人' : p.relation === 'self' ? p.person.maskedName : `${p.person.maskedName}（${RELATION_LABELS[p.relation]}）`}</View>
            <View className='totals-panel__amount'>{formatFen(p.totalFen)}</View>
          </View>
        ))}
      </View>
      <View className='section-title'>按月合计</View>
      <View className='cells' role='list' aria-label='按月合计'>
        {totals.byMonth.map((m) => (
          <View key={m.month} className='cell' role='listitem'>
            <View className='cell__body cell__title'>{formatMonthCn(m.month)}</View>
            <View className='totals-panel__amount'>{formatFen(m.totalFen)}</View>
          </View>
        ))}
      </View>
    </View>
  )
}
