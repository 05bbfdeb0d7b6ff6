import { type PropsWithChildren } from 'react'
import Taro, { useLaunch, usePageNotFound } from '@tarojs/taro'
import { platformLaunch } from '@/platform/launch'
import { routes } from '@/navigation/routes'
import { followSessionEnds } from '@/navigation/signIn'
import { useSettings } from '@/stores/settings'
// Loading the session store installs the port that keeps this window's session token across a reload.
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
