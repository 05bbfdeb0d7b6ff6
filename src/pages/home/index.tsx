import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import Page from '@/components/Page'
import ActionSheet from '@/components/ActionSheet'
import { routes } from '@/navigation/routes'
import './index.scss'

// The official account's bottom menu: 微服务 opens a sheet whose first item is 医保查询办理.
const microServices = [{ key: 'query', label: '医保查询办理' }]

export default function Home() {
  const [sheetOpen, setSheetOpen] = useState(false)

  const onSelect = (key: string) => {
    setSheetOpen(false)
    if (key === 'query') Taro.navigateTo({ url: routes.services })
  }

  return (
    <Page className='home'>
      <View className='home__hero'>
        <View className='home__title'>江西医保·家庭共济</View>
        <View className='home__subtitle'>职工医保个人账户 · 家庭成员共济使用</View>
      </View>
      <View className='card home__intro'>
        <View className='home__intro-title'>什么是家庭共济？</View>
        <View className='text-muted'>
          职工医保参保人可将个人账户历年余额，授权给配偶、父母、子女等近亲属，用于支付其在江西省内定点医药机构的医疗费用，或代缴城乡居民医保费。
        </View>
      </View>
      <View className='home__entries'>
        <View className='home__entry' role='button' onClick={() => setSheetOpen(true)}>
          <View className='home__entry-icon' aria-hidden='true'>医</View>
          <View className='home__entry-text'>微服务</View>
        </View>
        <View className='home__entry' role='button' onClick={() => Taro.navigateTo({ url: routes.account })}>
          <View className='home__entry-icon' aria-hidden='true'>¥</View>
          <View className='home__entry-text'>账户余额</View>
        </View>
      </View>
      <ActionSheet title='微服务' open={sheetOpen} items={microServices} onSelect={onSelect} onClose={() => setSheetOpen(false)} />
    </Page>
  )
}
