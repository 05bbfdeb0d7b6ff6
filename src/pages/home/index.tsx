import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import Page from '@/components/Page'
import DueList from '@/components/DueList'
import ErrorState from '@/components/ErrorState'
import FamilyBalances from '@/components/FamilyBalances'
import LinkCell from '@/components/LinkCell'
import MemberHeader from '@/components/MemberHeader'
import RoleBalances from '@/components/RoleBalances'
import ShortcutGrid, { type Shortcut } from '@/components/ShortcutGrid'
import Skeleton from '@/components/Skeleton'
import type { MemberRole } from '@/domain/roles'
import { formatDayCn, formatMonthCn } from '@/domain/day'
import { formatFen } from '@/domain/money'
import { routes, type RoutePath } from '@/navigation/routes'
import { useDue } from '@/stores/due'
import { usePremiumPaidForMe, useRecordTotals } from '@/stores/household'
import { useOverview } from '@/stores/overview'
import { useTabSelected } from '@/stores/tabBar'

const go = (url: RoutePath) => () => Taro.navigateTo({ url })

/** Each role's main actions, most used first. */
const SHORTCUTS: Record<MemberRole, Shortcut[]> = {
  authorizer: [
    { key: 'authorize', label: '为家人授权', onClick: go(routes.authorize) },
    { key: 'premium', label: '为家人代缴医保费', onClick: go(routes.premium) },
    { key: 'records', label: '家人使用明细', onClick: go(routes.records) },
    { key: 'relations', label: '管理共济关系', onClick: go(routes.relations) },
  ],
  user: [
    { key: 'records', label: '我的使用明细', onClick: go(routes.records) },
    { key: 'relations', label: '查看或解除授权', onClick: go(routes.relations) },
    { key: 'policy', label: '哪些费用能用', onClick: go(routes.policyOverview) },
  ],
  resident: [
    { key: 'policy', label: '哪些费用能用', onClick: go(routes.policyOverview) },
    { key: 'relations', label: '家庭共济关系', onClick: go(routes.relations) },
  ],
}

const EXEMPTION: Shortcut = { key: 'exemption', label: '新生儿免缴确认', onClick: go(routes.newbornExemption) }

export default function Home() {
  useTabSelected(0)
  const o = useOverview()
  // Only an authorizer has anything due here (代缴, 免缴确认): nobody else is asked.
  const dueQuery = useDue(o.role === 'authorizer')
  const due = dueQuery.data
  // The page is drawn once the 待办 has answered too, so that nothing drawn moves when it arrives (the 待办 above the
  // balances pushed the whole page down).
  const dueSettled = o.role !== undefined && (o.role !== 'authorizer' || due !== undefined || dueQuery.status === 'error')
  const resident = o.member?.scheme === 'resident'
  // A resident's 首页 says who paid her premium; it waits for that answer so nothing moves when it comes.
  const paidForMe = usePremiumPaidForMe(resident)
  const paidSettled = !resident || paidForMe.data !== undefined || paidForMe.status === 'error'
  const paid = paidForMe.data?.type === 'payment' ? paidForMe.data : undefined
  // The authorizer: what his family drew from his 历年余额 this month (waited for too: nothing moves when it comes).
  const drawn = useRecordTotals({ personRef: 'family' }, o.role === 'authorizer')
  const drawnSettled = o.role !== 'authorizer' || drawn.data !== undefined || drawn.status === 'error'
  const shortcuts = o.role === 'authorizer' && (due?.exemptChildren ?? 0) > 0 ? [...SHORTCUTS.authorizer, EXEMPTION] : o.role ? SHORTCUTS[o.role] : []

  return (
    <Page className='home' tab={0}>
      {!o.ready || !o.member || !o.role || !o.balances || !dueSettled || !paidSettled || !drawnSettled ? (
        o.error ? <ErrorState message={o.error} onRetry={o.load} /> : <Skeleton rows={6} label='正在读取您的账户' />
      ) : (
        <>
          <MemberHeader member={o.member} role={o.role} />
          {due?.summary && <DueList summary={due.summary} onAct={(item) => Taro.navigateTo({ url: `${item.kind === 'exemption' ? routes.newbornExemption : routes.premium}?person=${item.personRef}` })} />}
          {paid && (
            <View className='card' role='status' aria-label='居民医保缴费'>
              {paid.year}年度居民医保费已由 {paid.payer.maskedName} 代缴（{formatDayCn(paid.day)}）
            </View>
          )}
          <RoleBalances role={o.role} balances={o.balances} drawable={o.drawable} onOpenHousehold={go(routes.household)} />
          {o.role === 'authorizer' && drawn.data && (
            <View className='card text-muted' role='status' aria-label='本月家人使用'>
              {formatMonthCn(drawn.data.month)}家人用了您的历年余额 {formatFen(drawn.data.monthFen)}（看病买药和代缴）
            </View>
          )}
          <View className='section-title'>常用功能</View>
          <ShortcutGrid label='常用功能' items={shortcuts} />
          {o.role === 'authorizer' && (
            <>
              <View className='section-title'>已绑定的家人（{o.balances.family.length} 人）</View>
              <FamilyBalances items={o.balances.family} onOpenHousehold={go(routes.household)} />
            </>
          )}
        </>
      )}
      {/* Below the figures: drawn with them (under a skeleton it would jump down when they arrive). */}
      {((o.ready && dueSettled && paidSettled && drawnSettled) || o.error) && (
        <>
          <View className='section-title'>全部服务</View>
          <View className='cells'>
            <LinkCell title='微服务' desc='医保查询办理：家庭账户共济授权登记、关系查询、代缴等' onClick={go(routes.services)} />
            <LinkCell title='账户余额查询' onClick={go(routes.account)} />
          </View>
        </>
      )}
    </Page>
  )
}
