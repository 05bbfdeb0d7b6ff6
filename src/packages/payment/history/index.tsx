import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import Page from '@/components/Page'
import ErrorState from '@/components/ErrorState'
import Skeleton from '@/components/Skeleton'
import { formatDateTimeCn } from '@/domain/day'
import { formatFen } from '@/domain/money'
import { PAYMENT_KIND_LABELS } from '@/domain/payments'
import { routes } from '@/navigation/routes'
import { usePaymentList, useReceipt } from '@/stores/payments'
import { useSession } from '@/stores/session'


export default function History() {
  const { data: payments, status, error, refetch } = usePaymentList()
  const view = useReceipt((s) => s.view)
  const me = useSession((s) => s.member?.ref)
  if (status === 'error' && error && !payments) return <Page><ErrorState message={error} onRetry={() => void refetch()} /></Page>
  if (!payments) return <Page><Skeleton rows={4} label='正在查询缴费记录' /></Page>
  if (payments.length === 0) return <Page><View className='card text-muted'>还没有缴费记录。</View></Page>
  return (
    <Page>
      {status === 'error' && error && <ErrorState message={error} onRetry={() => void refetch()} />}
      <View className='cells' role='list' aria-label='缴费记录'>
        {payments.map((p) => (
          <View
            key={p.orderNo}
            className='cell'
            role='listitem'
            onClick={() => {
              view(p)
              Taro.navigateTo({ url: `${routes.receipt}?orderNo=${p.orderNo}` })
            }}
          >
            <View className='cell__body'>
              <View className='cell__title'>
                {PAYMENT_KIND_LABELS[p.kind]} · {p.year}年度 · {formatFen(p.totalFen)}
              </View>
              <View className='cell__desc'>
                {p.lines.map((l) => l.person.maskedName).join('、')} · {formatDateTimeCn(p.paidAt)}
              </View>
              {/* Paid for her by someone else (her line only): who paid. */}
              {me && p.payer.ref !== me && <View className='cell__desc'>由 {p.payer.maskedName} 代缴</View>}
              <View className='cell__desc'>订单号 {p.orderNo}</View>
            </View>
            <View className='cell__arrow' aria-hidden='true'>›</View>
          </View>
        ))}
      </View>
    </Page>
  )
}
