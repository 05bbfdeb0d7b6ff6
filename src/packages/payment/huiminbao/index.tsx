import { View } from '@tarojs/components'
import { formatFen } from '@/domain/money'
import { policyFor } from '@/domain/policy'
import { RELATION_LABELS } from '@/domain/relations'
import { yearOf } from '@/domain/day'
import { huiminbaoFlow } from '@/stores/payments'
import { useSession } from '@/stores/session'
import PaymentFlow from '../PaymentFlow'
import SourceLine from '@/components/SourceLine'
import { PAYMENT_PROMISES } from '@/domain/promise'
import { useServerToday } from '@/stores/today'

const PROMISE = PAYMENT_PROMISES.huiminbao.text
const GUIDE = ['先看下面的保障内容', '勾选要参保的人', '看清合计金额，勾选下面的确认', '点“确认缴费”，费用从您的个人账户扣除', '输入6位医保支付密码']

export default function Huiminbao() {
  const member = useSession((s) => s.member)
  const year = yearOf(useServerToday())
  const product = policyFor(member?.city ?? 'yingtan', year).huiminbao
  return (
    <PaymentFlow
      purpose='惠民保参保缴费'
      flow={huiminbaoFlow}
      listLabel='可参保人员'
      promise={PROMISE}
      guide={GUIDE}
      intro={
        product ? (
          <View className='card' role='region' aria-label='产品信息'>
            <View className='cell__title'>
              {product.productName} · 每人 {formatFen(product.premiumFen)}
            </View>
            {product.cover.map((c) => (
              <View key={c.item} className='text-muted'>
                {c.item}：{c.limit}
              </View>
            ))}
            <View className='text-muted'>
              可用个人账户为本人及{product.payableRelations.map((r) => RELATION_LABELS[r]).join('、')}缴费；兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女不在个人账户代缴范围内，可由其本人自行参保。
            </View>
            <SourceLine source={product.source} />
          </View>
        ) : (
          <View className='card text-muted'>您的参保地暂未开通用个人账户缴纳惠民保。</View>
        )
      }
    />
  )
}
