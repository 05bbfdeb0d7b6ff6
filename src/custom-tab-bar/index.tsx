import Taro from '@tarojs/taro'
import { Image, View } from '@tarojs/components'
import { TABS } from '@/navigation/tabs'
import { useSettings } from '@/stores/settings'
import { useTabBar } from '@/stores/tabBar'
import './index.scss'

// WeChat only (app.config: tabBar.custom): the tab bar drawn by the app, so that 长辈模式 enlarges its labels
// and icons like the rest of the page. The icons are the ones the native tab bar uses (copied by the build).
export default function CustomTabBar() {
  const elder = useSettings((s) => s.elderMode)
  const selected = useTabBar((s) => s.selected)
  return (
    <View className={elder ? 'tab-bar tab-bar--elder' : 'tab-bar'}>
      {TABS.map((tab, i) => (
        <View key={tab.url} className='tab-bar__item' onClick={() => Taro.switchTab({ url: tab.url })}>
          <Image className='tab-bar__icon' src={i === selected ? tab.selectedIcon : tab.icon} mode='aspectFit' />
          <View className={i === selected ? 'tab-bar__label tab-bar__label--on' : 'tab-bar__label'}>{tab.text}</View>
        </View>
      ))}
    </View>
  )
}
