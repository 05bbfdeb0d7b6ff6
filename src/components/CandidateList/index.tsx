import { View } from '@tarojs/components'
import { formatFen } from '@/domain/money'
import { RELATION_LABELS } from '@/domain/relations'
import type { PremiumCandidate } from '@/stores/types'
import Checkbox from '../Checkbox'

interface Props {
  label: string
  items: PremiumCandidate[]
  selected: string[]
  onToggle: (ref: string) => void
}

/** Who can be paid for: eligible people can be ticked; the others say why not. */
export default function CandidateList({ label, items, selected, onToggle }: Props) {
  if (items.length === 0) return <View className='card text-muted'>暂无可缴费人员。</View>
  return (
    <View className='cells' role='list' aria-label={label}>
      {items.map((c) => {
        const who = `${c.person.maskedName}（${c.relation ? RELATION_LABELS[c.relation] : '本人'}）`
        return (
          <View key={c.person.ref} className='cell' role='listitem' aria-label={who}>
            <View className='cell__body'>
              {c.eligible ? (
                <Checkbox label={`${who} ${formatFen(c.amountFen)}`} checked={selected.includes(c.person.ref)} onChange={() => onToggle(c.person.ref)} />
              ) : (
                <>
                  <View className='cell__title'>{who}</View>
                  <View className='cell__desc'>不可缴费：{c.reasons.map((r) => r.message).join('；')}</View>
                </>
              )}
              <View className='cell__desc'>证件号码 {c.person.maskedId}</View>
            </View>
          </View>
        )
      })}
    </View>
  )
}
