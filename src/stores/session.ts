import { create } from 'zustand'
import { forgetMemberData } from './deviceCaches'
import { sessionTokenStorage } from '@/platform/sessionToken'
import { backend, BackendError, describeError, hasSession, mockControl, mockReady, serverToday, setSessionTokenStorage, type DemoMember, type Member, type SignInCredential } from '@/services'

// The session's token outlives a reload of this window on H5 (sessionStorage), never another window's.
setSessionTokenStorage(sessionTokenStorage)

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

interface SessionState {
  member: Member | null
  demoMembers: DemoMember[]
  status: LoadStatus
  error?: string
  /** Today as the server sees it, refreshed on each load. */
  today: string
  /** One-time notice from the server, e.g. stored demo data was unreadable and reset. */
  notice?: string
  load(): Promise<void>
  switchTo(memberRef: string): Promise<boolean>
  /** Removes all the on-device demo server keeps and starts over (重置演示数据; 清除本机数据 with the server's data). */
  resetDemo(): Promise<void>
  dismissNotice(): void
}

// Bumped by every identity switch: an answer to a call made for the member before is dropped.
let epoch = 0

// interim until the sign-in page: the platform's login code is the `client` helper's (src/platform/login.ts).
function credential(memberRef: string): SignInCredential {
  const platform = process.env.TARO_ENV === 'weapp' ? 'weapp' : process.env.TARO_ENV === 'alipay' ? 'alipay' : 'h5'
  return platform === 'h5' ? { memberRef, platform } : { memberRef, platform, code: 'interim-demo-code' }
}

/** The session's member; with no session (or an ended one), signs in as the default demo member. */
async function memberOrDefault(demoMembers: DemoMember[]): Promise<Member> {
  // interim until the sign-in page: no session → 李建国 (the first, default demo member).
  if (hasSession()) {
    try {
      return await backend().currentMember()
    } catch (e) {
      if (!(e instanceof BackendError && e.code === 'UNAUTHENTICATED')) throw e
    }
  }
  return (await backend().signIn(credential(demoMembers[0].ref))).member
}

export const useSession = create<SessionState>((set, get) => ({
  member: null,
  demoMembers: [],
  status: 'idle',
  today: serverToday(),
  async load() {
    if (get().status === 'loading') return
    const mine = epoch
    set({ status: 'loading', error: undefined })
    try {
      const demoMembers = await backend().listDemoMembers()
      const member = await memberOrDefault(demoMembers)
      if (mine !== epoch) return
      set({ member, demoMembers, status: 'ready', today: serverToday(), notice: get().notice ?? mockControl().takeNotice() })
    } catch (e) {
      set({ status: 'error', error: describeError(e) })
    }
  },
  async switchTo(memberRef) {
    try {
      const { member } = await backend().signIn(credential(memberRef))
      epoch += 1
      forgetMemberData()
      set({ member, status: 'ready', error: undefined })
      return true
    } catch (e) {
      set({ error: describeError(e) })
      return false
    }
  },
  async resetDemo() {
    ;(await mockReady()).reset()
    set({ status: 'idle' })
    await get().load()
  },
  dismissNotice() {
    set({ notice: undefined })
  },
}))
