import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import Page from '@/components/Page'
import ServiceMenu from '@/components/ServiceMenu'
import { tabRoutes } from '@/navigation/routes'

export default function Services() {
  return (
    <Page open>
      <View className='section-title'>医保查询办理</View>
      <ServiceMenu
        onOpen={(entry) => {
          if (!entry.route) return
          if (tabRoutes.includes(entry.route)) Taro.switchTab({ url: entry.route })
          else Taro.navigateTo({ url: entry.route })
        }}
      />
    </Page>
  )
}
