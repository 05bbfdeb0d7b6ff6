import { useEffect, useRef, useState, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { removeAppShell } from '@/platform/appShell'
import TabBar from '@/platform/TabBar'
import { openSignIn } from '@/navigation/signIn'
import { useSession } from '@/stores/session'
import { useSettings } from '@/stores/settings'
import PrimaryButton from '../PrimaryButton'

// Once per launch a tab page without a session opens sign-in by itself; after that, its button does. Any other
// page that needs a session opens it once per visit (返回 from sign-in leaves the page with its button: no loop).
let signInOpened = false
const tabClaim = () => (signInOpened ? false : (signInOpened = true))

/** A page without a session: nothing personal, the way to sign in (opened by itself once, see `claim`). */
function SignInNeeded({ claim, returnAfter }: { claim: () => boolean; returnAfter: boolean }) {
  const status = useSession((s) => s.status)
  useEffect(() => {
    if (status === 'signedOut' && claim()) openSignIn(returnAfter)
  }, [status, claim, returnAfter])
  return (
    <View className='card' role='region' aria-label='请先登录'>
      <View className='cell__title'>请先登录</View>
      <View className='text-muted'>登录后查看您的医保账户和家庭共济信息。</View>
      <PrimaryButton text='去登录' onClick={() => openSignIn(returnAfter)} />
    </View>
  )
}

/**
 * Every page's root: adds 长辈模式 (larger text and controls, higher contrast) when it is on. A tab page passes its
 * `tab` index: where the app draws the tab bar inside the page (H5), it is drawn there. Without a session a page
 * shows only the way to sign in, unless it is `open` (needs no session: sign-in, 隐私保护指引, policy pages).
 * A page whose session ended mid-flow (expired) keeps its content under the sign-in page (what was typed stays
 * for the same member); once the person comes back to it without signing in, it too shows only the way to sign in.
 */
export default function Page({ children, className, tab, open }: { children?: ReactNode; className?: string; tab?: number; open?: boolean }) {
  const elder = useSettings((s) => s.elderMode)
  const status = useSession((s) => s.status)
  const ended = useSession((s) => s.ended !== undefined)
  const signedOut = status === 'signedOut' && !open
  // Shown again (返回 from the sign-in page) while still signed out.
  const [returned, setReturned] = useState(false)
  useDidShow(() => {
    if (useSession.getState().status === 'signedOut') setReturned(true)
  })
  useEffect(() => {
    if (status !== 'signedOut') setReturned(false)
  }, [status])
  const opened = useRef(false)
  const [visitClaim] = useState(() => () => (opened.current ? false : (opened.current = true)))
  const needSignIn = signedOut && (tab !== undefined || !ended || returned)
  useEffect(removeAppShell, [])
  return (
    <View className={['page', elder ? 'page--elder' : '', className ?? ''].filter(Boolean).join(' ')}>
      {needSignIn ? <SignInNeeded claim={tab !== undefined ? tabClaim : visitClaim} returnAfter={tab === undefined && !ended} /> : children}
      {tab !== undefined && <TabBar current={tab} />}
    </View>
  )
}
