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
import { usePaymentHistory } from '@/stores/payments'

// A WeUI message page: icon, title, the receipt, then the actions — 完成 last, back to where the person came from.
export default function Receipt() {
  const payment = usePaymentHistory((s) => s.viewing)
  const exemption = payment?.kind === 'newbornExemption'
  useEffect(() => {
    if (exemption) void Taro.setNavigationBarTitle({ title: '免缴确认凭证' })
  }, [exemption])
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
