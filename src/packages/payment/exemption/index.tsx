import Taro, { useLoad, useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import Page from '@/components/Page'
import ErrorState from '@/components/ErrorState'
import InfoRow from '@/components/InfoRow'
import LinkCell from '@/components/LinkCell'
import PrimaryButton from '@/components/PrimaryButton'
import Skeleton from '@/components/Skeleton'
import TextCard from '@/components/TextCard'
import { describeCoverage } from '@/domain/collection'
import { formatDayCn } from '@/domain/day'
import { formatFen } from '@/domain/money'
import { ASSUMED_NOTE, newbornExemption } from '@/domain/policy'
import { routes } from '@/navigation/routes'
import { premiumFlow, useNewbornExemption, useReceipt } from '@/stores/payments'
import { useQuery } from '@/stores/query'

const MEANING = [
  `${formatDayCn(newbornExemption.bornOnOrAfter)}以后出生、在江西参加城乡居民医保的孩子，从出生当年起连续${newbornExemption.years}个参保年度不用缴个人保费。`,
  '每个年度都要在集中征缴期内由父母办理一次免缴确认；确认后本年度不扣费（¥0.00），医保待遇照常享受。',
]

/** 新生儿免缴确认: the child (masked), the 年度, what it means, 确认; the result is a ¥0.00 receipt. */
export default function NewbornExemption() {
  const offer = useQuery(premiumFlow.key, premiumFlow.offer)
  const { candidates = [], collection, closed } = offer.data ?? {}
  const { childRef, choose, confirm, confirming, error, refusals } = useNewbornExemption()
  const viewReceipt = useReceipt((s) => s.view)
  // Opened for one child (首页's 待办, a result page): that child.
  const person = useRouter().params.person
  useLoad(() => {
    if (person) choose(person)
  })
  const children = candidates.filter((c) => c.exemption)
  const child = children.find((c) => c.person.ref === childRef) ?? children.find((c) => c.exemption?.confirmable) ?? children[0]

  const submit = async () => {
    if (!child) return
    choose(child.person.ref)
    const receipt = await confirm()
    if (receipt) {
      viewReceipt(receipt)
      Taro.redirectTo({ url: `${routes.receipt}?orderNo=${receipt.orderNo}` })
    }
  }

  if (offer.status === 'error' && offer.error) return <Page><ErrorState message={offer.error} onRetry={() => void offer.refetch()} /></Page>
  if (!offer.data) return <Page><Skeleton rows={4} label='正在查询可办理的孩子' /></Page>
  return (
    <Page>
      <TextCard heading='什么是新生儿免缴确认' lines={MEANING} source={newbornExemption.source} />
      {closed && (
        <View className='card text-muted' role='status'>
          {closed.message}
          {closed.next ? `（${closed.next}）` : ''}
        </View>
      )}
      {closed ? null : !child ? (
        <>
          <View className='card text-muted'>没有需要办理免缴确认的孩子。孩子须先与您绑定家庭共济关系（与本人关系选“子女”）。</View>
          <LinkCell title='家庭账户共济授权登记' desc='先为孩子办理绑定' onClick={() => Taro.navigateTo({ url: routes.authorize })} />
        </>
      ) : (
        <>
          {children.length > 1 && (
            <View className='cells' role='list' aria-label='选择孩子'>
              {children.map((c) => (
                <LinkCell key={c.person.ref} title={`${c.person.maskedName}${c.person.ref === child.person.ref ? '（当前）' : ''}`} desc={c.person.maskedId} arrow={false} onClick={() => choose(c.person.ref)} />
              ))}
            </View>
          )}
          <View className='cells' role='list' aria-label='免缴确认信息'>
            <InfoRow label='参保人' value={`${child.person.maskedName}（${child.person.maskedId}）`} />
            {collection && <InfoRow label='参保年度' value={`${collection.year}年度`} />}
            <InfoRow label='个人缴费' value={`${formatFen(0)}（新生儿免缴）`} />
            {collection && <InfoRow label='办理时间' value={`${formatDayCn(collection.window.opens)}至${formatDayCn(collection.window.closes)}`} />}
            {collection && <InfoRow label='医保待遇' value={describeCoverage(collection.coverage)} />}
          </View>
          {collection?.assumed && <View className='card text-muted'>{collection.year}年度征缴安排{ASSUMED_NOTE}。</View>}
          {refusals && (
            <View className='card' role='alert'>
              <View className='cell__title'>免缴确认未成功</View>
              {refusals.map((r) => (
                <View key={r.message} className='text-muted'>
                  {r.message}
                  {r.next ? `（${r.next}）` : ''}
                </View>
              ))}
            </View>
          )}
          {error && <ErrorState message={error} onRetry={() => void submit()} />}
          {child.exemption?.confirmed ? (
            <View className='card text-muted'>本年度免缴确认已办理，无需重复办理。</View>
          ) : (
            <>
              {child.exemption?.reason && (
                <View className='card text-muted' role='status'>
                  {child.exemption.reason.message}
                  {child.exemption.reason.next ? `（${child.exemption.reason.next}）` : ''}
                </View>
              )}
              <PrimaryButton text={confirming ? '正在确认…' : '确认'} loading={confirming} disabled={!child.exemption?.confirmable} onClick={() => void submit()} />
            </>
          )}
        </>
      )}
    </Page>
  )
}
