import { type PropsWithChildren } from 'react'
import Taro, { useLaunch, usePageNotFound } from '@tarojs/taro'
import { listenForPrivacyRequests } from '@/platform/privacy'
import { afterFirstPage } from '@/platform/afterFirstPage'
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
    listenForPrivacyRequests()
    // H5: keyboard support and the title bar's names (the mini programs need neither) come as their own chunk once
    // the first page is shown: drawing the first screen does not need them.
    if (process.env.TARO_ENV === 'h5') afterFirstPage(() => void import('@/platform/h5Access').then((m) => m.installH5Access(), () => undefined))
    followSessionEnds()
  })
  // An old or mistyped link: open 首页 rather than nothing.
  usePageNotFound(() => void Taro.reLaunch({ url: routes.home }))
  return children
}

export default App
