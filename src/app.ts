import { type PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { listenForPrivacyRequests } from '@/platform/privacy'
import { installKeyboardSupport } from '@/platform/keyboard'
import { useSettings } from '@/stores/settings'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    useSettings.getState().load()
    listenForPrivacyRequests()
    installKeyboardSupport()
  })
  return children
}

export default App
