import Taro from '@tarojs/taro'
import { routes } from './routes'
import { onSessionEnded } from '@/services'
import { useSession, type SignInResult } from '@/stores/session'

// Where sign-in leads. The sign-in page is opened ON TOP of the page the person was on (navigateTo), so a form
// page stays on the stack with what was typed; signing in again as the same member goes back to it, while another
// member starts clean on 首页 (reLaunch: no page of the previous member is left).

const signInRoute = routes.signIn.replace(/^\//, '')

/** The open pages (none where the platform has no page stack to ask, e.g. before the H5 router starts). */
function openPages(): { route?: string }[] {
  try {
    return (Taro.getCurrentPages?.() ?? []) as { route?: string }[]
  } catch {
    return []
  }
}

function onSignInPage(): boolean {
  return openPages().at(-1)?.route?.replace(/^\//, '').split('?')[0] === signInRoute
}

// A page that needs a session opened sign-in while nobody was signed in (a shared link, a new window, a restart):
// whoever signs in goes back to it (there is no one else's page to leave behind).
let returnToPage = false

/** Opens sign-in on top; `returnAfter`: the page below needs a session and nobody was signed in (go back to it). */
export function openSignIn(returnAfter = false): void {
  if (onSignInPage()) return
  returnToPage = returnAfter
  void Taro.navigateTo({ url: routes.signIn })
}

export function afterSignIn(result: SignInResult): void {
  const depth = openPages().length
  const back = result === 'same' || returnToPage
  returnToPage = false
  if (back && depth > 1) void Taro.navigateBack()
  else void Taro.reLaunch({ url: routes.home })
}

/** Once at launch: a session that ends mid-flow (expired) opens sign-in on top of the page, which keeps what was typed. */
export function followSessionEnds(): () => void {
  return onSessionEnded(() => {
    if (useSession.getState().sessionEnded()) openSignIn()
  })
}
