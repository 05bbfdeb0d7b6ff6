import { useEffect } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import Page from '@/components/Page'
import PrimaryButton from '@/components/PrimaryButton'
import ReceiptView from '@/components/ReceiptView'
import ResultView from '@/components/ResultView'
import { formatDateTimeCn } from '@/domain/day'
import { routes } from '@/navigation/routes'
import { finish, PAYMENT_FLOW } from '@/navigation/stack'
import ErrorState from '@/components/ErrorState'
import Skeleton from '@/components/Skeleton'
import { usePayment } from '@/stores/household'
import { usePaymentHistory } from '@/stores/payments'

// A WeUI message page: icon, title, the receipt, then the actions — 完成 last, back to where the person came from.
// Loaded by its order number (`?orderNo=`) from the server: reload, back and a shared link all show it; the order
// just paid shows at once from memory.
export default function Receipt() {
  const orderNo = useRouter().params.orderNo
  const held = usePaymentHistory((s) => s.viewing)
  const q = usePayment(orderNo && held?.orderNo !== orderNo ? orderNo : undefined)
  const payment = orderNo ? (held?.orderNo === orderNo ? held : q.data) : held
  const exemption = payment?.kind === 'newbornExemption'
  useEffect(() => {
    if (exemption) void Taro.setNavigationBarTitle({ title: '免缴确认凭证' })
  }, [exemption])
  if (!payment) {
    if (orderNo && q.status === 'error' && q.error) {
      return (
        <Page>
          <ErrorState message={q.error} onRetry={() => void q.refetch()} />
          <PrimaryButton kind='default' text='我的缴费记录' onClick={() => Taro.redirectTo({ url: routes.paymentHistory })} />
        </Page>
      )
    }
    if (orderNo) return <Page><Skeleton rows={6} label='正在读取缴费凭证' /></Page>
    return (
      <Page>
        <View className='card text-muted'>没有要查看的缴费凭证。</View>
        <PrimaryButton kind='default' text='我的缴费记录' onClick={() => Taro.redirectTo({ url: routes.paymentHistory })} />
      </Page>
    )
  }
  return (
    <Page>
      <ResultView kind='success' title={exemption ? '免缴确认成功' : '缴费成功'} />
      <ReceiptView payment={payment} paidAtText={formatDateTimeCn(payment.paidAt)} />
      <PrimaryButton kind='default' text='我的缴费记录' onClick={() => Taro.redirectTo({ url: routes.paymentHistory })} />
      <PrimaryButton text='完成' onClick={() => finish(PAYMENT_FLOW)} />
    </Page>
  )
}
