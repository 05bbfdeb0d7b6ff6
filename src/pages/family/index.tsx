import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import Page from '@/components/Page'
import DrawableCard from '@/components/DrawableCard'
import ErrorState from '@/components/ErrorState'
import ServiceMenu from '@/components/ServiceMenu'
import Skeleton from '@/components/Skeleton'
import { availableServices, type ServiceEntry } from '@/components/ServiceMenu/catalog'
import { RELATIONS, RELATION_LABELS } from '@/domain/relations'
import { ROLE_EXPLAINED, type MemberRole } from '@/domain/roles'
import { routes } from '@/navigation/routes'
import { useOverview } from '@/stores/overview'
import { useTabSelected } from '@/stores/tabBar'

/** What each role can do here: a 使用人 or a resident is never offered 授权登记 (only employees can authorize). */
const ROLE_KEYS: Record<MemberRole, string[]> = {
  authorizer: ['authorize', 'relations', 'premium', 'policy'],
  user: ['relations', 'records', 'policy'],
  resident: ['relations', 'policy'],
}

const RECORDS_ENTRY: ServiceEntry = { key: 'records', title: '我的共济使用明细', desc: '用了谁的钱、用在哪里', route: routes.records }

function entriesFor(role: MemberRole): ServiceEntry[] {
  const all = [...availableServices(), RECORDS_ENTRY]
  return ROLE_KEYS[role].map((k) => all.find((e) => e.key === k)).filter((e): e is ServiceEntry => e !== undefined)
}

export default function Family() {
  useTabSelected(1)
  const o = useOverview()
  if (!o.ready || !o.role) {
    return <Page tab={1}>{o.error ? <ErrorState message={o.error} onRetry={o.load} /> : <Skeleton rows={4} label='正在读取共济关系' />}</Page>
  }
  return (
    <Page tab={1}>
      <View className='card' role='note' aria-label='授权人和使用人'>
        <View className='text-muted'>{ROLE_EXPLAINED.authorizer}</View>
        <View className='text-muted'>{ROLE_EXPLAINED.user}</View>
      </View>
      {o.role === 'user' && <DrawableCard bindings={o.drawable} />}
      {o.role === 'authorizer' && (
        <View className='card'>
          <View className='cell__title'>可以授权的家人</View>
          <View className='text-muted'>{RELATIONS.map((r) => RELATION_LABELS[r]).join('、')}</View>
          <View className='text-muted'>家人须在江西省参加职工或城乡居民医保，且医保状态正常（未暂停、未终止）。</View>
        </View>
      )}
      {o.role === 'resident' && (
        <View className='card text-muted' role='note'>
          您参加的是城乡居民医保，不能作为授权人。家人中有职工医保参保人的，可以在他的手机上为您办理授权。
        </View>
      )}
      <ServiceMenu label='家庭共济办理' entries={entriesFor(o.role)} onOpen={(e) => e.route && Taro.navigateTo({ url: e.route })} />
    </Page>
  )
}
