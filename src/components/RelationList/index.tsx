import { View } from '@tarojs/components'
import { formatDayCn } from '@/domain/day'
import { formatFen } from '@/domain/money'
import { RELATION_LABELS } from '@/domain/relations'
import type { AuthorizationView } from '@/stores/types'
import './index.scss'

const STATUS_LABELS = { active: '生效中', cancelled: '已解除', ended: '已失效' } as const

interface Props {
  side: 'authorizer' | 'user'
  items: AuthorizationView[]
  cancellingId?: string
  onCancel: (item: AuthorizationView) => void
  /** 变更关系 (the authorizer's side only). */
  onChange?: (item: AuthorizationView) => void
}

/** Bindings seen from one side: the other person masked, relation, since when, status, cancel. */
export default function RelationList({ side, items, cancellingId, onCancel, onChange }: Props) {
  if (items.length === 0) {
    return <View className='card text-muted'>{side === 'authorizer' ? '您还没有为家人办理共济授权。' : '还没有家人把个人账户授权给您使用。'}</View>
  }
  return (
    <View className='cells relation-list' role='list' aria-label={side === 'authorizer' ? '我授权的使用人' : '授权给我的授权人'}>
      {items.map((a) => {
        const other = side === 'authorizer' ? a.user : a.authorizer
        return (
          <View key={a.id} className='relation-list__item' role='listitem' aria-label={`${other.maskedName} ${RELATION_LABELS[a.relation]} ${STATUS_LABELS[a.status]}`}>
            <View className='relation-list__head'>
              <View className='cell__title'>
                {other.maskedName}
                <View className='relation-list__relation'>{side === 'authorizer' ? RELATION_LABELS[a.relation] : `授权人（您是其${RELATION_LABELS[a.relation]}）`}</View>
              </View>
              <View className={`relation-list__status relation-list__status--${a.status}`}>{STATUS_LABELS[a.status]}</View>
            </View>
            <View className='cell__desc'>证件号码 {other.maskedId}</View>
            <View className='cell__desc'>
              {formatDayCn(a.since)} 起{a.endedOn ? ` · ${formatDayCn(a.endedOn)} ${a.status === 'ended' ? '失效' : '解除'}` : ''}
            </View>
            {a.endReason && <View className='cell__desc'>原因：{a.endReason}</View>}
            {a.status === 'cancelled' && a.rebindableFrom && (
              <View className='cell__desc'>
                {side === 'authorizer' ? `可于 ${formatDayCn(a.rebindableFrom)} 起重新为其办理授权` : `${a.authorizer.maskedName} 可于 ${formatDayCn(a.rebindableFrom)} 起重新为您办理授权`}
              </View>
            )}
            {a.status === 'ended' && a.rebindAdvice && <View className='cell__desc'>{a.rebindAdvice}</View>}
            {side === 'user' && a.status === 'active' && a.drawableFen !== undefined && (
              <View className='cell__desc'>当前可使用授权人历年余额 {formatFen(a.drawableFen)}（先用您自己的个人账户或门诊家庭账户，不够的再扣授权人的历年余额）</View>
            )}
            {a.history?.map((h) => (
              <View key={`${h.day}${h.change}`} className='cell__desc'>
                {formatDayCn(h.day)} {h.change}
              </View>
            ))}
            {a.status === 'active' && side === 'authorizer' && onChange && (
              <View className='relation-list__change' role='button' aria-label={`变更关系（${other.maskedName}）`} onClick={() => cancellingId === undefined && onChange(a)}>
                变更关系
              </View>
            )}
            {a.status === 'active' && (
              <View className='relation-list__cancel' role='button' aria-label={`解除授权（${other.maskedName}）`} onClick={() => cancellingId === undefined && onCancel(a)}>
                {cancellingId === a.id ? '正在解除…' : '解除授权'}
              </View>
            )}
          </View>
        )
      })}
    </View>
  )
}
