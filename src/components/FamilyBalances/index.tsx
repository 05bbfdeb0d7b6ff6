import { View } from '@tarojs/components'
import { formatFen } from '@/domain/money'
import { RELATION_LABELS } from '@/domain/relation-labels'
import { SCHEME_LABELS } from '@/domain/people'
import type { FamilyBalance } from '@/stores/types'
import { buttonProps } from '../a11y'

/** Each bound relative: what they may draw from my 历年余额, and a Yingtan resident's 门诊家庭账户. */
export default function FamilyBalances({ items, onOpenHousehold }: { items: FamilyBalance[]; onOpenHousehold?: () => void }) {
  if (items.length === 0) return <View className='card text-muted'>您还没有绑定家人。在“为家人授权”中办理后，家人看病买药可以用您的历年余额。</View>
  return (
    <View className='cells' role='list' aria-label='我的家人'>
      {items.map((f) => (
        <View key={f.person.ref} className='cell' role='listitem' aria-label={`${f.person.maskedName}（${RELATION_LABELS[f.relation]}）`}>
          <View className='cell__body'>
            <View className='cell__title'>
              {f.person.maskedName}（{RELATION_LABELS[f.relation]}）
            </View>
            <View className='cell__desc'>
              {SCHEME_LABELS[f.scheme]} · 可使用我的历年余额 {formatFen(f.drawableFen)}
            </View>
            {f.outpatientFamilyAccount && (
              <View className='cell__desc'>
                门诊家庭账户（全家共用） <View className='money'>{formatFen(f.outpatientFamilyAccount.remainingFen)}</View>（本年度 {formatFen(f.outpatientFamilyAccount.allowanceFen)}）
              </View>
            )}
            {f.outpatientFamilyAccount && onOpenHousehold && (
              <View className='cell__link' {...buttonProps()} aria-label={`${f.person.maskedName}家的门诊家庭账户明细`} onClick={onOpenHousehold}>
                门诊家庭账户明细 ›
              </View>
            )}
          </View>
        </View>
      ))}
    </View>
  )
}
