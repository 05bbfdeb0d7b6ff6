import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { RELATIONS, RELATION_LABELS } from '@/domain/relations'
import { routes } from '@/navigation/routes'

export default function Family() {
  return (
    <View className='page'>
      <View className='card'>
        <View className='cell__title'>可以共济的家庭成员</View>
        <View className='text-muted'>{RELATIONS.map((r) => RELATION_LABELS[r]).join('、')}</View>
        <View className='text-muted'>使用人须在江西省参加职工或城乡居民基本医疗保险，且医保关系正常（未暂停、未终止）。</View>
      </View>
      <View className='cells'>
        <View className='cell' role='button' aria-label='共济政策查询' onClick={() => Taro.navigateTo({ url: routes.policyOverview })}>
          <View className='cell__body'>
            <View className='cell__title'>共济政策查询</View>
            <View className='cell__desc'>哪些费用可以用共济资金支付</View>
          </View>
          <View className='cell__arrow' aria-hidden='true'>›</View>
        </View>
      </View>
    </View>
  )
}
