import { useEffect, useRef, type ReactNode } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import Page from '@/components/Page'
import CandidateList from '@/components/CandidateList'
import Checkbox from '@/components/Checkbox'
import ElderGuide from '@/components/ElderGuide'
import ErrorState from '@/components/ErrorState'
import OrderSummary from '@/components/OrderSummary'
import PasswordSheet from '@/components/PasswordSheet'
import PrimaryButton from '@/components/PrimaryButton'
import Skeleton from '@/components/Skeleton'
import { formatFen } from '@/domain/money'
import { routes } from '@/navigation/routes'
import { orderOf, type PaymentFlow as Flow } from '@/stores/paymentFlow'
import type { PremiumCandidate } from '@/stores/types'
import { useReceipt } from '@/stores/payments'
import { useVerification } from '@/stores/verification'

interface Props {
  /** What the 医保支付密码 is asked for (代缴居民医保费). */
  purpose: string
  flow: Flow
  listLabel: string
  promise: string
  /** 长辈模式: this page in short, plain steps. */
  guide: readonly string[]
  intro: ReactNode
  extra?: ReactNode
  /** 代缴: a bound exempt child's 去确认 opens the 新生儿免缴确认. */
  onConfirmExemption?: (candidate: PremiumCandidate) => void
}

/** The shared body of 代缴 pages: who, how much, the promise, and one charge per order. */
export default function PaymentFlow({ purpose, flow: source, listLabel, promise, guide, intro, extra, onConfirmExemption }: Props) {
  const flow = source.useFlow()
  const viewReceipt = useReceipt((s) => s.view)
  const order = orderOf(flow)
  const ask = useVerification((s) => s.ask)
  const asking = useVerification((s) => s.open)
  // Opened for one person (首页's 去代缴, a result page's 为这位家人代缴): that person ticked, once, if payable.
  const person = useRouter().params.person
  const preselected = useRef(false)
  const { loaded, selected, toggle } = flow
  useEffect(() => {
    if (!person || preselected.current || !loaded) return
    preselected.current = true
    if (!selected.includes(person)) toggle(person)
  }, [person, loaded, selected, toggle])

  const pay = async () => {
    const payment = await flow.pay((operation, request) => ask(operation, request, order.ok && !flow.pendingRefs ? `${purpose} ${formatFen(order.value.totalFen)}` : purpose))
    if (payment) {
      viewReceipt(payment)
      Taro.navigateTo({ url: `${routes.receipt}?orderNo=${payment.orderNo}` })
    }
  }

  return (
    <Page>
      <ElderGuide steps={guide} />
      {intro}
      {flow.status === 'error' && flow.error && <ErrorState message={flow.error} onRetry={() => void flow.reload()} />}
      {flow.closed && (
        <View className='card' role='status'>
          <View className='cell__title'>{flow.closed.message}</View>
          {flow.closed.next && <View className='text-muted'>{flow.closed.next}</View>}
        </View>
      )}
      <View className='section-title'>
        {listLabel}
        {flow.collection ? `（${flow.collection.year}年度）` : ''}
      </View>
      {/* Closed: the list is empty because nothing can be paid today, not for want of bound relatives. */}
      {flow.closed ? null : !flow.loaded && flow.status !== 'error' ? (
        <Skeleton rows={4} label='正在查询缴费人员' />
      ) : (
        <CandidateList label={listLabel} items={flow.candidates} selected={flow.selected} onToggle={flow.toggle} onConfirmExemption={onConfirmExemption} empty='暂无可缴费人员：只能为已与您绑定家庭共济关系的亲属缴费。' />
      )}
      {extra}
      {/* While an unanswered order waits for 重试 the figures would be recomputed from a balance it may have changed. */}
      {flow.selected.length > 0 && !flow.payError && <OrderSummary order={order} carriedOverFen={flow.carriedOverFen} />}
      {flow.refusals && (
        <View className='card' role='alert'>
          <View className='cell__title'>缴费未成功，账户未扣款</View>
          {flow.refusals.map((r) => (
            <View key={r.message} className='text-muted'>
              {r.message}
              {r.next ? `（${r.next}）` : ''}
            </View>
          ))}
        </View>
      )}
      {flow.payError && <ErrorState message={`${flow.payError}`} onRetry={() => void pay()} />}
      <View className='card'>
        <Checkbox label={promise} checked={flow.promiseAccepted} onChange={flow.setPromiseAccepted} />
      </View>
      <PrimaryButton
        text={flow.paying && !asking ? '正在缴费…' : '确认缴费'}
        loading={flow.paying}
        disabled={!order.ok || !flow.promiseAccepted}
        reason={flow.selected.length === 0 ? '请先勾选要缴费的人' : !order.ok ? order.reason.message : '请先勾选上面的缴费承诺'}
        onClick={() => void pay()}
      />
      <PasswordSheet />
    </Page>
  )
}
