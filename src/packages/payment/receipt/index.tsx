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
import { usePaymentList, useReceipt } from '@/stores/payments'

// A WeUI message page: icon, title, the receipt, then the actions — 完成 last, back to where the person came from.
// Loaded by its order number (`?orderNo=`) from the server: reload, back and a shared link all show it (the
// payer's and the person's paid for); an order just paid shows at once from 我的缴费记录 as it arrived.
export default function Receipt() {
  const linked = useRouter().params.orderNo
  const held = useReceipt((s) => s.orderNo)
  const orderNo = linked ?? held
  const list = usePaymentList()
  const inList = orderNo ? list.data?.find((p) => p.orderNo === orderNo) : undefined
  const q = usePayment(linked && !inList ? linked : undefined)
  const payment = inList ?? q.data
  const exemption = payment?.kind === 'newbornExemption'
  useEffect(() => {
    if (exemption) void Taro.setNavigationBarTitle({ title: '免缴确认凭证' })
  }, [exemption])
  // A receipt just paid for may not be in the list read before: wait for the list as it is now.
  if (linked && !payment) {
    return (
      <Page>
        {q.status === 'error' && q.error ? (
          // Not found (another family's, or no such number): 重试 cannot help; 返回 leaves (首页 when nothing is below).
          q.errorCode === 'NOT_FOUND' ? (
            <ErrorState message={q.error} actionText='返回' onRetry={() => finish([])} />
          ) : (
            <ErrorState message={q.error} onRetry={() => void q.refetch()} />
          )
        ) : (
          <Skeleton rows={4} label='正在读取缴费凭证' />
        )}
        {q.status === 'error' && <PrimaryButton kind='default' text='我的缴费记录' onClick={() => Taro.redirectTo({ url: routes.paymentHistory })} />}
      </Page>
    )
  }
  if (orderNo && !payment && list.status !== 'ready') {
    return <Page>{list.status === 'error' && list.error ? <ErrorState message={list.error} onRetry={() => void list.refetch()} /> : <Skeleton rows={4} label='正在读取缴费凭证' />}</Page>
  }
  if (!payment) {
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
