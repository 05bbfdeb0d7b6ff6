import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import Page from '@/components/Page'
import PrimaryButton from '@/components/PrimaryButton'
import ResultView from '@/components/ResultView'
import Steps from '@/components/Steps'
import { formatDayCn } from '@/domain/day'
import { RELATION_LABELS } from '@/domain/relations'
import { routes } from '@/navigation/routes'
import { AUTHORIZE_FLOW, finish, returnOrRedirect } from '@/navigation/stack'
import { useBalances } from '@/stores/accounts'
import { useAuthorize } from '@/stores/authorize'
import { AUTHORIZE_STEPS } from '../steps'

/** Where a person goes when the app cannot help (shown on every refusal). */
const HELP = '如有疑问，可带上身份证件到参保地医保经办机构咨询办理，或拨打医保服务热线 12393。'

// WeUI message pages: icon, title, what happened, then the actions — the next step first, 完成 last.
export default function Result() {
  const result = useAuthorize((s) => s.result)
  // Read again after the registration (it made the balances stale): whether the relative is a resident.
  const balances = useBalances()
  const family = balances.data?.family
  // The next steps depend on the relative's scheme: they are drawn once, when the balances that include the new
  // binding have answered (drawn before and then moved, they jumped about 150 px); after 2 s without, drawn anyway.
  const [waited, setWaited] = useState(false)
  useEffect(() => {
    const t = setTimeout(() => setWaited(true), 2000)
    return () => clearTimeout(t)
  }, [])
  const userRef = result?.kind === 'ok' ? result.authorization.user.ref : undefined
  const actionsReady = waited || balances.status === 'error' || Boolean(family?.some((f) => f.person.ref === userRef))
  // 完成 (and 我知道了): back to where the person began the registration.
  const done = () => finish(AUTHORIZE_FLOW)
  if (!result) {
    return (
      <Page>
        <View className='card text-muted'>没有正在办理的授权。</View>
        <PrimaryButton kind='default' text='家庭共济关系查询' onClick={() => returnOrRedirect(routes.relations, AUTHORIZE_FLOW)} />
      </Page>
    )
  }

  if (result.kind === 'ok') {
    const a = result.authorization
    const resident = family?.find((f) => f.person.ref === a.user.ref)?.scheme === 'resident'
    return (
      <Page>
        <Steps steps={AUTHORIZE_STEPS} current={2} />
        <ResultView kind='success' title='授权成功'>
          <View className='text-muted'>
            {a.user.maskedName}（{RELATION_LABELS[a.relation]}）自 {formatDayCn(a.since)} 起，看病买药可以用您的个人账户历年余额。
          </View>
          <View className='text-muted'>
            证件号码 {a.user.maskedId} · 办理编号 {a.id}
          </View>
        </ResultView>
        {actionsReady && resident && (
          <>
            <View className='section-title'>下一步：{a.user.maskedName}参加的是城乡居民医保，可以用您的历年余额为其代缴明年的居民医保费；新生儿免缴的，在同一页办理免缴确认。</View>
            <PrimaryButton text='为TA代缴医保费' onClick={() => Taro.navigateTo({ url: routes.premium })} />
          </>
        )}
        {actionsReady && (
          <>
            <PrimaryButton kind={resident ? 'default' : 'primary'} text='查看家庭共济关系' onClick={() => returnOrRedirect(routes.relations, AUTHORIZE_FLOW)} />
            <PrimaryButton kind='default' text='继续为其他家人授权' onClick={() => returnOrRedirect(routes.authorize)} />
            <PrimaryButton kind='default' text='完成' onClick={done} />
          </>
        )}
      </Page>
    )
  }

  return (
    <Page>
      <Steps steps={AUTHORIZE_STEPS} current={2} failed />
      <ResultView kind='fail' title='授权未成功'>
        <View className='text-muted'>原因如下。您填写的信息已保留。</View>
      </ResultView>
      <View className='cells' role='list' aria-label='未成功原因'>
        {result.reasons.map((r) => (
          <View key={r.code} className='cell' role='listitem'>
            <View className='cell__body'>
              <View className='cell__title'>{r.message}</View>
              {r.next && <View className='cell__desc'>{r.next}</View>}
            </View>
          </View>
        ))}
      </View>
      <View className='card text-muted' role='note' aria-label='去哪里办理'>
        {HELP}
      </View>
      <PrimaryButton text='我知道了' onClick={done} />
      <PrimaryButton kind='default' text='返回修改' onClick={() => Taro.navigateBack()} />
      <PrimaryButton kind='default' text='家庭共济关系查询' onClick={() => returnOrRedirect(routes.relations, AUTHORIZE_FLOW)} />
    </Page>
  )
}
