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
import { useAuthorizationList } from '@/stores/authorizations'
import { useCancellation } from '@/stores/cancellation'
import { useChange } from '@/stores/change'
import { useSession } from '@/stores/session'
import ChangeRelation from './ChangeRelation'
import type { AuthorizationView } from '@/stores/types'

type Side = 'authorizer' | 'user'

export default function Relations() {
  const list = useAuthorizationList()
  const { cancellingId, lastCancelled, cancel, error: cancelError } = useCancellation()
  const { asAuthorizer = [], asUser = [] } = list.data ?? {}
  const error = list.error ?? cancelError
  const member = useSession((s) => s.member)
  const loadSession = useSession((s) => s.load)
  const [side, setSide] = useState<Side | undefined>(undefined)
  const [dialog, ask] = useConfirm()
  const changing = useChange((s) => s.target)
  const openChange = useChange((s) => s.open)
  useDidShow(() => {
    if (!member) void loadSession()
  })
  const shown: Side = side ?? (member && member.scheme !== 'employee' ? 'user' : 'authorizer')
  const loading = !list.data && list.status !== 'error'

  const confirmCancel = async (a: AuthorizationView) => {
    // Spoken to whoever cancels: the 使用人 hears what she loses, not about 「该使用人」.
    const content =
      shown === 'user'
        ? `确定解除与${a.authorizer.maskedName}的共济关系吗？解除后您将不能再使用 ${a.authorizer.maskedName} 的历年余额；如需再次使用，须由${a.authorizer.maskedName}重新办理授权登记（解除当天不能办理，次日起可以）。`
        : `确定解除与${a.user.maskedName}（${RELATION_LABELS[a.relation]}）的共济关系吗？解除后${a.user.maskedName}不能再使用您的历年余额；当天不能重新绑定，次日起可重新办理。`
    const confirmed = await ask({ title: '解除共济授权', content, confirmText: '解除', danger: true })
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
      {error && <ErrorState message={error} onRetry={() => void list.refetch()} />}
      {lastCancelled && lastCancelled.rebindableFrom && (
        <View className='card' role='status'>
          {member && lastCancelled.user.ref === member.ref
            ? `已解除与${lastCancelled.authorizer.maskedName}的共济关系。您将不能再使用 ${lastCancelled.authorizer.maskedName} 的历年余额；如需再次使用，可由${lastCancelled.authorizer.maskedName}于 ${formatDayCn(lastCancelled.rebindableFrom)} 起重新办理授权登记。`
            : `已解除与${lastCancelled.user.maskedName}的共济关系。${lastCancelled.user.maskedName}不能再使用您的历年余额，可于 ${formatDayCn(lastCancelled.rebindableFrom)} 起重新绑定。`}
        </View>
      )}
      {loading ? (
        <Skeleton rows={4} label='正在查询共济关系' />
      ) : (
        <>
          {/* A resident has no personal account to share: said once, instead of 「您还没有为家人办理共济授权」. */}
          {shown === 'authorizer' && member && member.scheme !== 'employee' && asAuthorizer.length === 0 ? (
            <View className='card text-muted' role='note'>
              只有职工医保参保人可以把个人账户授权给家人使用。您参加的是城乡居民医保，没有可以授权的个人账户；家人授权给您的，在“授权给我的”中查看。
            </View>
          ) : (
            <RelationList side={shown} items={shown === 'authorizer' ? asAuthorizer : asUser} cancellingId={cancellingId} onCancel={(a) => void confirmCancel(a)} onChange={openChange} />
          )}
        </>
      )}
      {changing && shown === 'authorizer' && member && (
        <ChangeRelation member={member} onDone={(relation) => Taro.showToast({ title: `已变更为${RELATION_LABELS[relation]}`, icon: 'none' })} />
      )}
      {/* Drawn with the list, not under its skeleton (it jumped down when the list arrived). */}
      {!loading && shown === 'authorizer' && member?.scheme === 'employee' && <PrimaryButton text='新增授权' onClick={() => Taro.navigateTo({ url: routes.authorize })} />}
      {dialog}
    </Page>
  )
}
