import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { tabProps } from '@/components/a11y'
import { TABS } from '@/navigation/tabs'
import '../custom-tab-bar/index.scss'
import './TabBar.h5.scss'

// H5 (app.config: tabBar.custom): the tab bar is drawn by the app, as on WeChat, so that 长辈模式 enlarges its labels
// and icons like the rest of the page. Each tab page draws it at its end (components/Page `tab`); a spacer keeps the
// page's last lines above it.
export default function TabBar({ current }: { current: number }) {
  return (
    <>
      <View className='tab-bar-spacer' />
      <View className='tab-bar tab-bar--h5' role='tablist' aria-label='主菜单'>
        {TABS.map((tab, i) => (
          <View
            key={tab.url}
            className='tab-bar__item'
            {...tabProps(i === current)}
            onClick={() => i !== current && Taro.switchTab({ url: tab.url })}
          >
            <View className={`tab-bar__icon tab-bar__icon--${tab.key}${i === current ? ' tab-bar__icon--on' : ''}`} />
            <View className={i === current ? 'tab-bar__label tab-bar__label--on' : 'tab-bar__label'}>{tab.text}</View>
          </View>
        ))}
      </View>
    </>
  )
}
