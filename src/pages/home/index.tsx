import { useEffect } from 'react'
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
import { buttonProps } from '@/components/a11y'
import type { MemberRole } from '@/domain/roles'
import { formatDayCn, formatMonthCn } from '@/domain/day'
import { formatFen } from '@/domain/money'
import { routes, type RoutePath } from '@/navigation/routes'
import { mark } from '@/platform/perf'
import { asOfText, useHome, type HomeShown } from '@/stores/home'
import { useTabSelected } from '@/stores/tabBar'
import './index.scss'

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

/** Marked once per source per page load (the bench's 「first figures」 and 「warm open」). */
const figuresMarked = new Set<string>()

/**
 * The page's own content, the same for everyone: drawn at once, above anything that waits for the server. One row of
 * two, so that whose account and how much is left stay near the top (also in 长辈模式).
 */
function Services() {
  useEffect(() => mark('jx:first-screen'), [])
  return (
    <View className='cells home__services' role='group' aria-label='全部服务'>
      <LinkCell title='微服务' desc='授权、代缴等' onClick={go(routes.services)} />
      <LinkCell title='账户余额查询' onClick={go(routes.account)} />
    </View>
  )
}

/** Each role's first question answered: who, how much, what is due, whom it is shared with. */
function Figures({ home, source }: { home: HomeShown; source: 'stored' | 'server' }) {
  useEffect(() => {
    if (figuresMarked.has(source)) return
    figuresMarked.add(source)
    mark('jx:figures', { source })
  }, [source])
  const { member, role, balances, drawable, due, familyMonth } = home
  const paid = home.premiumPaidForMe ?? undefined
  const shortcuts = role === 'authorizer' && (due?.exemptChildren ?? 0) > 0 ? [...SHORTCUTS.authorizer, EXEMPTION] : SHORTCUTS[role]
  return (
    <>
      <MemberHeader member={member} role={role} />
      {due?.summary && <DueList summary={due.summary} onAct={(item) => Taro.navigateTo({ url: `${item.kind === 'exemption' ? routes.newbornExemption : routes.premium}?person=${item.personRef}` })} />}
      {paid && (
        <View className='card' role='status' aria-label='居民医保缴费'>
          {paid.year}年度居民医保费已由 {paid.payer.maskedName} 代缴（{formatDayCn(paid.day)}）
        </View>
      )}
      <RoleBalances role={role} balances={balances} drawable={drawable} onOpenHousehold={go(routes.household)} />
      {role === 'authorizer' && familyMonth && (
        <View className='card text-muted' role='status' aria-label='本月家人使用'>
          {formatMonthCn(familyMonth.month)}家人用了您的历年余额 {formatFen(familyMonth.monthFen)}（看病买药和代缴）
        </View>
      )}
      <View className='section-title'>常用功能</View>
      <ShortcutGrid label='常用功能' items={shortcuts} />
      {role === 'authorizer' && (
        <>
          <View className='section-title'>已绑定的家人（{balances.family.length} 人）</View>
          <FamilyBalances items={balances.family} onOpenHousehold={go(routes.household)} />
        </>
      )}
    </>
  )
}

/**
 * 首页: its own content (全部服务) at once, then one line saying how fresh the figures are, then the figures — from
 * this session's last answer at once where there is one (「更新于 10:01」), refreshed in place. Nothing drawn moves
 * when an answer arrives: the figures come last, the line keeps its height.
 */
export default function Home() {
  useTabSelected(0)
  const q = useHome()
  const home = q.data
  const stored = q.storedAt !== undefined
  const failed = q.status === 'error'
  // When the figures were true, the server's time of the answer (kept or fresh: the same source).
  const at = home ? asOfText(Date.parse(home.balances.asOf)) : ''
  let line = failed ? '' : '正在读取最新数据…'
  if (home && failed) line = `更新于 ${at}，刷新失败`
  // Asking again (a kept answer, 重试, a change made it stale): never 「已更新」 before the new answer is in.
  else if (home) line = stored || q.status === 'loading' ? `更新于 ${at}，正在刷新…` : `已更新 ${at}`
  return (
    <Page className='home' tab={0}>
      <Services />
      {/* One row of a fixed height, as tall as the 重试 it holds when a refresh of kept figures failed: its text
          changes (正在刷新 → 已更新 / 刷新失败), nothing below it moves. */}
      <View className='home__asof'>
        <View className='home__asof-text text-muted' role='status' aria-label='数据更新时间'>
          {line}
        </View>
        {home && failed && (
          <View className='home__retry' {...buttonProps()} onClick={() => void q.refetch()}>
            重试
          </View>
        )}
      </View>
      {home ? <Figures home={home} source={stored ? 'stored' : 'server'} /> : failed ? <ErrorState message={q.error ?? '读取失败'} onRetry={() => void q.refetch()} /> : <Skeleton rows={6} label='正在读取您的账户' />}
    </Page>
  )
}
