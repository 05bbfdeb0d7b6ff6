import { useEffect, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { removeAppShell } from '@/platform/appShell'
import TabBar from '@/platform/TabBar'
import { useSettings } from '@/stores/settings'

/**
 * Every page's root: adds 长辈模式 (larger text and controls, higher contrast) when it is on. A tab page passes its
 * `tab` index: where the app draws the tab bar inside the page (H5), it is drawn there.
 */
export default function Page({ children, className, tab }: { children?: ReactNode; className?: string; tab?: number }) {
  const elder = useSettings((s) => s.elderMode)
  useEffect(removeAppShell, [])
  return (
    <View className={['page', elder ? 'page--elder' : '', className ?? ''].filter(Boolean).join(' ')}>
      {children}
      {tab !== undefined && <TabBar current={tab} />}
    </View>
  )
}
