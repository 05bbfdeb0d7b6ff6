import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import Page from '@/components/Page'
import ErrorState from '@/components/ErrorState'
import FamilyBalances from '@/components/FamilyBalances'
import Skeleton from '@/components/Skeleton'
import LinkCell from '@/components/LinkCell'
import { formatClockCn } from '@/domain/day'
import { formatFen } from '@/domain/money'
import { routes } from '@/navigation/routes'
import { useAccounts } from '@/stores/accounts'
import './index.scss'

export default function Account() {
  const { balances, status, error, load } = useAccounts()
  useDidShow(() => void load())
  usePullDownRefresh(async () => {
    await load()
    Taro.stopPullDownRefresh()
  })

  if (!balances) {
    return <Page>{status === 'error' && error ? <ErrorState message={error} onRetry={() => void load()} /> : <Skeleton rows={6} label='正在查询余额' />}</Page>
  }

  const account = balances.personalAccount
  const ofa = balances.outpatientFamilyAccount
  return (
    <Page className='account'>
      {status === 'error' && error && <ErrorState message={`刷新失败：${error}。以下是 ${formatClockCn(balances.asOf)} 的数据`} onRetry={() => void load()} />}
      {account && (
        <View className='card account__main' role='group' aria-label='我的个人账户' aria-busy={status === 'loading'}>
          <View className='account__label'>个人账户历年余额</View>
          <View className='account__figure'>{formatFen(account.carriedOverFen)}</View>
          <View className='text-muted'>可用于本人及已绑定家人的医疗费用、为家人代缴居民医保费（家庭共济）</View>
          <View className='account__row'>
            <View className='account__label'>当年余额</View>
            <View className='account__figure account__figure--small'>{formatFen(account.currentYearFen)}</View>
          </View>
          <View className='text-muted'>仅限本人使用，次年转入历年余额后才能共济</View>
        </View>
      )}
      {ofa && (
        <View className='card' role='group' aria-label='我的门诊家庭账户'>
          <View className='account__label'>门诊家庭账户（{ofa.year}年度）</View>
          <View className='account__figure account__figure--small'>{formatFen(ofa.remainingFen)}</View>
          <View className='text-muted'>全家居民医保参保人共用，本年度共 {formatFen(ofa.allowanceFen)}，限鹰潭市内基层定点医疗机构门诊使用</View>
        </View>
      )}
      <View className='section-title'>我的家人</View>
      <FamilyBalances items={balances.family} />
      <View className='section-title'>更新于 {formatClockCn(balances.asOf)} · 下拉可刷新</View>
      <View className='cells'>
        <LinkCell title='共济使用明细' onClick={() => Taro.navigateTo({ url: routes.records })} />
        <LinkCell title='共济政策查询' onClick={() => Taro.navigateTo({ url: routes.policyOverview })} />
      </View>
    </Page>
  )
}
