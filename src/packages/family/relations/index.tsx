import { useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import Page from '@/components/Page'
import { useConfirm } from '@/components/ConfirmDialog'
import ErrorState from '@/components/ErrorState'
import PrimaryButton from '@/components/PrimaryButton'
import RelationList from '@/components/RelationList'
import SegmentedControl from '@/components/SegmentedControl'
import Skeleton from '@/components/Skeleton'
import { formatDayCn } from '@/domain/day'
import { RELATION_LABELS } from '@/domain/relations'
import { routes } from '@/navigation/routes'
import { useAuthorizations } from '@/stores/authorizations'
import { useSession } from '@/stores/session'
import type { AuthorizationView } from '@/stores/types'

type Side = 'authorizer' | 'user'

export default function Relations() {
  const { asAuthorizer, asUser, status, error, cancellingId, lastCancelled, load, cancel } = useAuthorizations()
  const member = useSession((s) => s.member)
  const loadSession = useSession((s) => s.load)
  const [side, setSide] = useState<Side | undefined>(undefined)
  const [dialog, ask] = useConfirm()
  useDidShow(() => {
    void load()
    if (!member) void loadSession()
  })
  const shown: Side = side ?? (member && member.scheme !== 'employee' ? 'user' : 'authorizer')

  const confirmCancel = async (a: AuthorizationView) => {
    const other = shown === 'authorizer' ? a.user : a.authorizer
    const confirmed = await ask({
      title: '解除共济授权',
      content: `确定解除与${other.maskedName}（${RELATION_LABELS[a.relation]}）的共济关系吗？解除后当天不能重新绑定，次日起可重新办理。`,
      confirmText: '解除',
      danger: true,
    })
    if (!confirmed) return
    const done = await cancel(a.id)
    if (done) Taro.showToast({ title: '已解除', icon: 'none' })
  }

  return (
    <Page>
      <View className='section-title'>查看方式</View>
      <SegmentedControl
        label='查看方式'
        value={shown}
        options={[
          { value: 'authorizer', label: '我授权的' },
          { value: 'user', label: '授权给我的' },
        ]}
        onChange={setSide}
      />
      {error && <ErrorState message={error} onRetry={() => void load()} />}
      {lastCancelled && lastCancelled.rebindableFrom && (
        <View className='card' role='status'>
          已解除与{shown === 'authorizer' ? lastCancelled.user.maskedName : lastCancelled.authorizer.maskedName}的共济关系。该使用人可于 {formatDayCn(lastCancelled.rebindableFrom)} 起重新绑定。
        </View>
      )}
      {status !== 'ready' && status !== 'error' && asAuthorizer.length + asUser.length === 0 ? (
        <Skeleton rows={4} label='正在查询共济关系' />
      ) : (
        <RelationList side={shown} items={shown === 'authorizer' ? asAuthorizer : asUser} cancellingId={cancellingId} onCancel={(a) => void confirmCancel(a)} />
      )}
      {shown === 'authorizer' && member?.scheme === 'employee' && <PrimaryButton text='新增授权' onClick={() => Taro.navigateTo({ url: routes.authorize })} />}
      {dialog}
    </Page>
  )
}
