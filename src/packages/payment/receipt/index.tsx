import { useEffect } from 'react'
import Taro from '@tarojs/taro'
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
import { usePaymentList, useReceipt } from '@/stores/payments'

// A WeUI message page: icon, title, the receipt, then the actions — 完成 last, back to where the person came from.
export default function Receipt() {
  const orderNo = useReceipt((s) => s.orderNo)
  const list = usePaymentList()
  const payment = orderNo ? list.data?.find((p) => p.orderNo === orderNo) : undefined
  const exemption = payment?.kind === 'newbornExemption'
  useEffect(() => {
    if (exemption) void Taro.setNavigationBarTitle({ title: '免缴确认凭证' })
  }, [exemption])
  // A receipt just paid for may not be in the list read before: wait for the list as it is now.
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
