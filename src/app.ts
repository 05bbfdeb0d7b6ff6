import { type PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { listenForPrivacyRequests } from '@/platform/privacy'
import { installKeyboardSupport } from '@/platform/keyboard'
import { labelNavigationBar } from '@/platform/navigationBar'
import { useSettings } from '@/stores/settings'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    useSettings.getState().load()
    listenForPrivacyRequests()
    installKeyboardSupport()
    labelNavigationBar()
  })
  return children
}

export default App
