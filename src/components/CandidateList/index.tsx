import { View } from '@tarojs/components'
import { formatFen } from '@/domain/money'
import { PREMIUM_CATEGORY_LABELS } from '@/domain/policy'
import { RELATION_LABELS } from '@/domain/relations'
import type { PremiumCandidate } from '@/stores/types'
import Checkbox from '../Checkbox'
import PrimaryButton from '../PrimaryButton'

interface Props {
  label: string
  items: PremiumCandidate[]
  selected: string[]
  onToggle: (ref: string) => void
  /** 新生儿免缴: opens the 免缴确认 for this child instead of a price. */
  onConfirmExemption?: (candidate: PremiumCandidate) => void
  /** Shown when nobody is listed. */
  empty?: string
}

/** Who can be paid for: eligible people can be ticked (with category and amount); the others say why not. */
export default function CandidateList({ label, items, selected, onToggle, onConfirmExemption, empty = '暂无可缴费人员。' }: Props) {
  if (items.length === 0) return <View className='card text-muted'>{empty}</View>
  return (
    <View className='cells' role='list' aria-label={label}>
      {items.map((c) => {
        const who = `${c.person.maskedName}（${c.relation ? RELATION_LABELS[c.relation] : '本人'}）`
        const price = `${c.category ? `${PREMIUM_CATEGORY_LABELS[c.category]} ` : ''}${formatFen(c.amountFen)}`
        return (
          <View key={c.person.ref} className='cell' role='listitem' aria-label={who}>
            <View className='cell__body'>
              {c.eligible ? (
                <Checkbox label={`${who} ${price}`} checked={selected.includes(c.person.ref)} onChange={() => onToggle(c.person.ref)} />
              ) : c.exemption ? (
                <>
                  <View className='cell__title'>
                    {who} 免缴 {formatFen(0)}
                  </View>
                  <View className='cell__desc'>{c.exemption.confirmed ? '本年度新生儿免缴确认已办理，无需缴费' : '新生儿免缴，无需缴费；请办理本年度新生儿免缴确认'}</View>
                  {!c.exemption.confirmed && !c.exemption.confirmable && <View className='cell__desc'>现在不在集中征缴期内，不能办理免缴确认</View>}
                </>
              ) : (
                <>
                  <View className='cell__title'>{who}</View>
                  <View className='cell__desc'>不可缴费：{c.reasons.map((r) => r.message).join('；')}</View>
                </>
              )}
              <View className='cell__desc'>证件号码 {c.person.maskedId}</View>
              {c.exemption?.confirmable && onConfirmExemption && <PrimaryButton kind='default' text='去确认' onClick={() => onConfirmExemption(c)} />}
            </View>
          </View>
        )
      })}
    </View>
  )
}
