import { createContext, memo, useContext } from 'react'
import { View } from '@tarojs/components'
import { formatFen } from '@/domain/money'
import { SPENDING_KIND_LABELS } from '@/domain/policy'
import { RELATION_LABELS } from '@/domain/relations'
import type { SpendingRecord } from '@/stores/types'
import './index.scss'

/** Row height in px, shared with the virtual list. */
export const RECORD_ROW_HEIGHT = 104

/** Who is looking: the same record reads "您的历年余额" to the authorizer, "本人账户" to the 使用人. */
export const RecordViewer = createContext<string | undefined>(undefined)

function splitText(r: SpendingRecord, mine: boolean): string {
  const parts: string[] = []
  if (r.outpatientFamilyFen > 0) parts.push(`门诊家庭账户 ${formatFen(r.outpatientFamilyFen)}`)
  if (r.ownFen > 0) parts.push(`${mine ? '本人' : 'TA本人'}账户 ${formatFen(r.ownFen)}`)
  if (r.authorizerFen > 0) parts.push(mine ? `授权人历年余额 ${formatFen(r.authorizerFen)}` : `您的历年余额 ${formatFen(r.authorizerFen)}`)
  return parts.join(' + ')
}

/** One spending record: date, who, where, kind, amount, and how it was split (own account first). */
function RecordRow({ id, index, data }: { id: string; index: number; data: SpendingRecord[] }) {
  const viewerRef = useContext(RecordViewer)
  const r = data[index]
  const style = { height: `${RECORD_ROW_HEIGHT}px` }
  if (!r) return <View id={id} className='record-row' style={style} />
  const mine = r.relation === 'self' || r.person.ref === viewerRef
  const who = r.relation === 'self' || mine ? '本人' : `${r.person.maskedName}（${RELATION_LABELS[r.relation]}）`
  return (
    <View id={id} className='record-row' style={style} role='listitem' data-record-row=''>
      <View className='record-row__top'>
        <View className='record-row__title'>
          {SPENDING_KIND_LABELS[r.kind]} · {who}
        </View>
        <View className='record-row__amount'>{formatFen(r.amountFen)}</View>
      </View>
      <View className='record-row__meta'>
        {r.day} · {r.placeName}
      </View>
      <View className='record-row__meta'>{splitText(r, mine)}</View>
    </View>
  )
}

export default memo(RecordRow)
