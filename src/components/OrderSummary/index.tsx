import { View } from '@tarojs/components'
import { formatFen } from '@/domain/money'
import type { Checked } from '@/domain/result'
import type { Order } from '@/stores/paymentFlow'

/** Total, 历年余额 before and after; or why the order cannot be paid (nothing is debited). */
export default function OrderSummary({ order, carriedOverFen }: { order: Checked<Order>; carriedOverFen?: number }) {
  if (!order.ok) {
    return (
      <View className='card' role='status' aria-label='订单信息'>
        <View className='text-muted'>{order.reason.message}</View>
        {order.reason.next && <View className='text-muted'>{order.reason.next}</View>}
        {carriedOverFen !== undefined && <View className='text-muted'>个人账户历年余额 {formatFen(carriedOverFen)}</View>}
      </View>
    )
  }
  const o = order.value
  return (
    <View className='card' role='status' aria-label='订单信息'>
      <View className='cell__title'>
        共 {o.lines.length} 人，合计 {formatFen(o.totalFen)}
      </View>
      <View className='text-muted'>个人账户历年余额 {formatFen(o.balanceBeforeFen)}</View>
      <View className='text-muted'>缴费后余额 {formatFen(o.balanceAfterFen)}</View>
    </View>
  )
}
