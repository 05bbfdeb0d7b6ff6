import { type PropsWithChildren } from 'react'
import Taro, { useLaunch, usePageNotFound } from '@tarojs/taro'
import { platformLaunch } from '@/platform/launch'
import { routes } from '@/navigation/routes'
import { followSessionEnds } from '@/navigation/signIn'
import { useSettings } from '@/stores/settings'
// interim until the sign-in page: loading the session store installs the gate that signs in before a call.
import '@/stores/session'
import '@/platform/screen'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    useSettings.getState().load()
    platformLaunch()
    followSessionEnds()
  })
  // An old or mistyped link: open 首页 rather than nothing.
  usePageNotFound(() => void Taro.reLaunch({ url: routes.home }))
  return children
}

export default App
