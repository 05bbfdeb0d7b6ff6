import { View } from '@tarojs/components'
import InfoRow from '../InfoRow'
import { describeCoverage } from '@/domain/collection'
import { formatFen } from '@/domain/money'
import { ASSUMED_NOTE } from '@/domain/policy'
import type { Payment } from '@/stores/types'

const KIND_LABELS = { residentPremium: '城乡居民医保费（家庭账户共济代缴）', huiminbao: '惠民保参保缴费', newbornExemption: '新生儿免缴确认（城乡居民医保）' } as const

/** A 新生儿免缴确认 is confirmed, not paid: it has a 办理编号, a 确认人, and no premium standard or charge. */
function ExemptionReceipt({ payment, paidAtText }: { payment: Payment; paidAtText: string }) {
  return (
    <View className='cells' role='list' aria-label='免缴确认凭证'>
      <InfoRow label='办理事项' value={KIND_LABELS.newbornExemption} />
      <InfoRow label='办理编号' value={payment.orderNo} />
      <InfoRow label='参保年度' value={`${payment.year}年度`} />
      <InfoRow label='确认人' value={`${payment.payer.maskedName}（${payment.payer.maskedId}）`} />
      {payment.lines.map((l) => (
        <InfoRow key={l.person.ref} label='参保人' value={`${l.person.maskedName}（${l.person.maskedId}）`} />
      ))}
      <InfoRow label='个人缴费' value={`${formatFen(payment.totalFen)}（新生儿免缴，不扣款）`} />
      {payment.coverage && <InfoRow label='医保待遇' value={describeCoverage(payment.coverage)} />}
      <InfoRow label='确认时间' value={paidAtText} />
    </View>
  )
}

/** 缴费凭证: order number, payer and insured persons masked, year, amounts, time. */
export default function ReceiptView({ payment, paidAtText }: { payment: Payment; paidAtText: string }) {
  if (payment.kind === 'newbornExemption') return <ExemptionReceipt payment={payment} paidAtText={paidAtText} />
  return (
    <View className='cells' role='list' aria-label='缴费凭证'>
      <InfoRow label='缴费项目' value={KIND_LABELS[payment.kind]} />
      <InfoRow label='订单号' value={payment.orderNo} />
      <InfoRow label='缴费年度' value={`${payment.year}年度${payment.assumed ? `（缴费标准${ASSUMED_NOTE}）` : ''}`} />
      <InfoRow label='缴费人' value={`${payment.payer.maskedName}（${payment.payer.maskedId}）`} />
      {payment.lines.map((l) => (
        <InfoRow key={l.person.ref} label={`参保人 ${l.person.maskedName}（${l.person.maskedId}）`} value={formatFen(l.amountFen)} />
      ))}
      <InfoRow label='合计' value={formatFen(payment.totalFen)} />
      <InfoRow label='支付方式' value='职工医保个人账户历年余额' />
      {payment.balanceBeforeFen !== undefined && <InfoRow label='缴费前余额' value={formatFen(payment.balanceBeforeFen)} />}
      {payment.balanceAfterFen !== undefined && <InfoRow label='缴费后余额' value={formatFen(payment.balanceAfterFen)} />}
      {payment.coverage && <InfoRow label='医保待遇' value={describeCoverage(payment.coverage)} />}
      <InfoRow label='缴费时间' value={paidAtText} />
    </View>
  )
}
