import { View } from '@tarojs/components'
import { formatFen } from '@/domain/money'
import { RELATION_LABELS } from '@/domain/relation-labels'
import type { AuthorizationView } from '@/stores/types'

/** The 使用人's answer: whose 历年余额 she may use and how much, in large figures. */
export default function DrawableCard({ bindings }: { bindings: AuthorizationView[] }) {
  return (
    <>
      {bindings.map((a) => (
        <View key={a.id} className='card' role='group' aria-label={`可使用${a.authorizer.maskedName}的历年余额`}>
          <View className='account__label'>
            可使用 {a.authorizer.maskedName} 的历年余额（您是其{RELATION_LABELS[a.relation]}）
          </View>
          <View className='account__figure'>{formatFen(a.drawableFen ?? 0)}</View>
          <View className='text-muted'>看病买药时，先用您自己的个人账户或家里的门诊家庭账户，不够的部分再扣 {a.authorizer.maskedName} 的历年余额。</View>
        </View>
      ))}
    </>
  )
}
