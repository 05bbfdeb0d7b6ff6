import { createContext, memo, useContext } from 'react'
import { View } from '@tarojs/components'
import { formatDayCn } from '@/domain/day'
import { formatFen } from '@/domain/money'
import { RECORD_KIND_LABELS } from '@/domain/records-view'
import { RELATION_LABELS } from '@/domain/relations'
import type { PersonRef, UsageRecord } from '@/stores/types'
import './index.scss'

/**
 * Row heights in px, shared with the virtual list: four lines of text; in 长辈模式 larger text, and room for the
 * accounts line to take two lines (on screens up to 430 px wide, the largest phones).
 */
export const RECORD_ROW_HEIGHT = 104
export const RECORD_ROW_HEIGHT_ELDER = 164

/** Who is looking: the same record reads 「用了您的历年余额」 to the authorizer, 「用了 李*国 的历年余额」 to the 使用人. */
export const RecordViewer = createContext<string | undefined>(undefined)

const carriedOverOf = (owner: PersonRef | undefined, viewerRef: string | undefined, fen: number) =>
  `用了${owner?.ref === viewerRef ? '您' : ` ${owner?.maskedName ?? '授权人'} `}的历年余额 ${formatFen(fen)}`

/** Which account paid, in the deduction order (own account, 门诊家庭账户, the authorizer's 历年余额). */
function sourceText(r: UsageRecord, viewerRef: string | undefined): string {
  if (r.type === 'payment') return r.amountFen === 0 ? '免缴确认，没有扣钱' : carriedOverOf(r.payer, viewerRef, r.amountFen)
  const parts: string[] = []
  if (r.ownFen > 0) parts.push(`${r.relation === 'self' ? '本人' : 'TA本人'}账户 ${formatFen(r.ownFen)}`)
  if (r.outpatientFamilyFen > 0) parts.push(`门诊家庭账户 ${formatFen(r.outpatientFamilyFen)}`)
  if (r.authorizerFen > 0) parts.push(carriedOverOf(r.authorizer, viewerRef, r.authorizerFen))
  return parts.join('，')
}

/** One record: what, how much, for whom and when, where (or which 年度), and from which account. */
function RecordRow({ id, index, data }: { id: string; index: number; data: UsageRecord[] }) {
  const viewerRef = useContext(RecordViewer)
  const r = data[index]
  if (!r) return <View id={id} className='record-row' />
  const who = r.relation === 'self' ? '本人' : `${r.person.maskedName}（${RELATION_LABELS[r.relation]}）`
  const exempt = r.type === 'payment' && r.amountFen === 0
  return (
    <View id={id} className='record-row' role='listitem' data-record-row=''>
      <View className='record-row__top'>
        <View className='record-row__title'>{RECORD_KIND_LABELS[r.kind]}</View>
        <View className='record-row__amount'>{exempt ? `免缴 ${formatFen(0)}` : formatFen(r.amountFen)}</View>
      </View>
      <View className='record-row__meta'>
        {who} · {formatDayCn(r.day)}
      </View>
      <View className='record-row__meta'>{r.type === 'payment' ? `${r.year}年度 · 订单号 ${r.orderNo}` : r.placeName}</View>
      <View className='record-row__meta record-row__meta--source'>{sourceText(r, viewerRef)}</View>
    </View>
  )
}

export default memo(RecordRow)
