import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import Page from '@/components/Page'
import ErrorState from '@/components/ErrorState'
import FamilyBalances from '@/components/FamilyBalances'
import RoleBalances from '@/components/RoleBalances'
import Skeleton from '@/components/Skeleton'
import LinkCell from '@/components/LinkCell'
import { formatClockCn } from '@/domain/day'
import { routes } from '@/navigation/routes'
import { definePullDownRefresh } from '@/platform/pullDownRefresh'
import { useBalances } from '@/stores/accounts'
import { useOverview } from '@/stores/overview'
import './index.scss'

// enablePullDownRefresh (index.config.ts): on H5 the element that pulls is defined here, off the first screen.
definePullDownRefresh()

const openHousehold = () => Taro.navigateTo({ url: routes.household })

export default function Account() {
  const o = useOverview()
  const { status, error, refetch: load } = useBalances()
  usePullDownRefresh(async () => {
    await load()
    Taro.stopPullDownRefresh()
  })

  if (!o.ready || !o.role || !o.balances) {
    return <Page>{o.error ? <ErrorState message={o.error} onRetry={o.load} /> : <Skeleton rows={6} label='正在查询余额' />}</Page>
  }

  const balances = o.balances
  return (
    <Page className='account'>
      {status === 'error' && error && <ErrorState message={`刷新失败：${error}。以下是 ${formatClockCn(balances.asOf)} 的数据`} onRetry={() => void load()} />}
      <RoleBalances role={o.role} balances={balances} drawable={o.drawable} detailed busy={status === 'loading'} onOpenHousehold={openHousehold} />
      {o.role === 'authorizer' && (
        <>
          <View className='section-title'>已绑定的家人</View>
          <FamilyBalances items={balances.family} onOpenHousehold={openHousehold} />
        </>
      )}
      <View className='section-title'>更新于 {formatClockCn(balances.asOf)} · 下拉可刷新</View>
      <View className='cells'>
        <LinkCell title={o.role === 'authorizer' ? '家人使用明细' : '我的使用明细'} onClick={() => Taro.navigateTo({ url: routes.records })} />
        <LinkCell title='共济政策查询' onClick={() => Taro.navigateTo({ url: routes.policyOverview })} />
      </View>
    </Page>
  )
}
