import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import Page from '@/components/Page'
import PrimaryButton from '@/components/PrimaryButton'
import ResultView from '@/components/ResultView'
import Skeleton from '@/components/Skeleton'
import Steps from '@/components/Steps'
import { formatDayCn } from '@/domain/day'
import { formatFen } from '@/domain/money'
import { RELATION_LABELS } from '@/domain/relations'
import { routes } from '@/navigation/routes'
import { AUTHORIZE_FLOW, finish, returnOrRedirect } from '@/navigation/stack'
import { usePremiumOffer } from '@/stores/household'
import { useAuthorizationList } from '@/stores/authorizations'
import { useAuthorize } from '@/stores/authorize'
import { AUTHORIZE_STEPS } from '../steps'

/** Where a person goes when the app cannot help (shown on every refusal). */
const HELP = '如有疑问，可带上身份证件到参保地医保经办机构咨询办理，或拨打医保服务热线 12393。'

// WeUI message pages: icon, title, what happened, then the actions — the next step first, 完成 last.
export default function Result() {
  const held = useAuthorize((s) => s.result)
  // Opened by its 办理编号 (a reload, Back, a link): the binding as the server has it; a refusal is not kept.
  const no = useRouter().params.no
  const heldNo = held?.kind === 'ok' ? held.authorization.receiptNo : undefined
  const list = useAuthorizationList()
  const found = no && no !== heldNo ? list.data?.asAuthorizer.find((a) => a.receiptNo === no) : undefined
  const result = found ? ({ kind: 'ok', authorization: found } as const) : no && no !== heldNo ? undefined : held
  // The next step that applies to the person just bound, from the server's 代缴 offer as it stands after the registration.
  const offer = usePremiumOffer(result?.kind === 'ok' ? result.authorization.id : undefined)
  // 完成 (and 我知道了): back to where the person began the registration.
  const done = () => finish(AUTHORIZE_FLOW)
  if (!result) {
    if (no && no !== heldNo && list.status !== 'ready' && list.status !== 'error') return <Page><Skeleton rows={4} label='正在读取办理结果' /></Page>
    return (
      <Page>
        <View className='card text-muted'>没有正在办理的授权。</View>
        <PrimaryButton kind='default' text='家庭共济关系查询' onClick={() => returnOrRedirect(routes.relations, AUTHORIZE_FLOW)} />
      </Page>
    )
  }

  if (result.kind === 'ok') {
    const a = result.authorization
    const candidate = offer.data?.candidates.find((c) => c.person.ref === a.user.ref)
    const year = offer.data?.collection?.year
    const exemption = candidate?.exemption
    const next = candidate?.eligible ? 'premium' : exemption && !exemption.confirmed && exemption.confirmable ? 'exemption' : undefined
    // The actions appear once the offer has answered (or failed): nothing above them moves when they do.
    const settled = offer.data !== undefined || offer.status === 'error'
    return (
      <Page>
        <Steps steps={AUTHORIZE_STEPS} current={2} />
        <ResultView kind='success' title='授权成功'>
          <View className='text-muted'>
            {a.user.maskedName}（{RELATION_LABELS[a.relation]}）自 {formatDayCn(a.since)} 起，看病买药可以用您的个人账户历年余额。
          </View>
          <View className='text-muted'>
            证件号码 {a.user.maskedId} · 办理编号 {a.receiptNo}
          </View>
        </ResultView>
        {settled && (
          <>
            {next === 'premium' && candidate && (
              <>
                <View className='section-title'>
                  下一步：{a.user.maskedName}的{year}年度城乡居民医保费（{formatFen(candidate.amountFen)}）还没有缴，可以用您的历年余额为其代缴。
                </View>
                <PrimaryButton text='为这位家人代缴医保费' onClick={() => Taro.navigateTo({ url: `${routes.premium}?person=${a.user.ref}` })} />
              </>
            )}
            {next === 'exemption' && (
              <>
                <View className='section-title'>下一步：{a.user.maskedName}{year}年度新生儿免缴，不用缴费，请在集中征缴期内办理新生儿免缴确认。</View>
                <PrimaryButton text='新生儿免缴确认' onClick={() => Taro.navigateTo({ url: `${routes.newbornExemption}?person=${a.user.ref}` })} />
              </>
            )}
            <PrimaryButton kind={next ? 'default' : 'primary'} text='查看家庭共济关系' onClick={() => returnOrRedirect(routes.relations, AUTHORIZE_FLOW)} />
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
