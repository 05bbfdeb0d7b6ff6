import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import LinkCell from '@/components/LinkCell'
import { describeCoverage } from '@/domain/collection'
import { formatDayCn } from '@/domain/day'
import { ASSUMED_NOTE } from '@/domain/policy'
import { routes } from '@/navigation/routes'
import { premiumFlow, useNewbornExemption } from '@/stores/payments'
import { useQuery } from '@/stores/query'
import PaymentFlow from '../PaymentFlow'
import { PAYMENT_PROMISES } from '@/domain/promise'

const PROMISE = PAYMENT_PROMISES.residentPremium.text
const GUIDE = ['勾选要缴费的家人（只能是已绑定家庭共济关系的亲属）', '孩子显示“免缴”的，点“去确认”办理新生儿免缴确认', '看清合计金额，勾选下面的确认', '点“确认缴费”，费用从您的个人账户扣除', '输入6位医保支付密码']

function Collection() {
  const collection = useQuery(premiumFlow.key, premiumFlow.offer).data?.collection
  if (!collection) return null
  return (
    <View className='card' role='region' aria-label='缴费年度'>
      <View className='cell__title'>{collection.year}年度城乡居民医保个人缴费</View>
      <View className='text-muted'>
        集中征缴期：{formatDayCn(collection.window.opens)}至{formatDayCn(collection.window.closes)}。今天缴费，{describeCoverage(collection.coverage)}。
      </View>
      {collection.assumed && <View className='text-muted'>{collection.year}年度缴费标准和集中征缴期尚未公布，金额和日期按上一年度显示，{ASSUMED_NOTE}。</View>}
      <View className='text-muted'>用您的职工医保个人账户历年余额为已绑定家庭共济关系的亲属缴费，金额按每人的参保类别计算；同一人同一年度只能缴一次，余额不足时不会扣款。</View>
    </View>
  )
}

export default function Premium() {
  const choose = useNewbornExemption((s) => s.choose)
  return (
    <PaymentFlow
      purpose='代缴居民医保费'
      flow={premiumFlow}
      listLabel='可代缴人员'
      promise={PROMISE}
      guide={GUIDE}
      intro={<Collection />}
      onConfirmExemption={(child) => {
        choose(child.person.ref)
        Taro.navigateTo({ url: routes.newbornExemption })
      }}
      extra={
        <View className='cells'>
          <LinkCell title='为其他亲属缴费？先办理家庭账户共济授权登记' desc='绑定后，亲属会出现在上面的名单中' onClick={() => Taro.navigateTo({ url: routes.authorize })} />
        </View>
      }
    />
  )
}
