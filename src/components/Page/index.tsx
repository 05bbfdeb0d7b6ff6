import { useEffect, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { removeAppShell } from '@/platform/appShell'
import TabBar from '@/platform/TabBar'
import { openSignIn } from '@/navigation/signIn'
import { useSession } from '@/stores/session'
import { useSettings } from '@/stores/settings'
import PrimaryButton from '../PrimaryButton'

// Once per launch a tab page without a session opens sign-in by itself; after that, its button does.
let signInOpened = false

/** A tab page without a session: nothing personal, the way to sign in. */
function SignInNeeded() {
  const status = useSession((s) => s.status)
  useEffect(() => {
    if (status === 'signedOut' && !signInOpened) {
      signInOpened = true
      openSignIn()
    }
  }, [status])
  return (
    <View className='card' role='region' aria-label='请先登录'>
      <View className='cell__title'>请先登录</View>
      <View className='text-muted'>登录后查看您的医保账户和家庭共济信息。</View>
      <PrimaryButton text='去登录' onClick={openSignIn} />
    </View>
  )
}

/**
 * Every page's root: adds 长辈模式 (larger text and controls, higher contrast) when it is on. A tab page passes its
 * `tab` index: where the app draws the tab bar inside the page (H5), it is drawn there; without a session it
 * shows only the way to sign in.
 */
export default function Page({ children, className, tab }: { children?: ReactNode; className?: string; tab?: number }) {
  const elder = useSettings((s) => s.elderMode)
  const signedOut = useSession((s) => s.status === 'signedOut') && tab !== undefined
  useEffect(removeAppShell, [])
  return (
    <View className={['page', elder ? 'page--elder' : '', className ?? ''].filter(Boolean).join(' ')}>
      {signedOut ? <SignInNeeded /> : children}
      {tab !== undefined && <TabBar current={tab} />}
    </View>
  )
}
