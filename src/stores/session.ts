import { create } from 'zustand'
import { queryScope, setQueryScope } from './query'
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

// Server data belongs to one session (query.ts): each sign-in opens a new scope (same member: her forms stay,
// her data is read again; another member: everything of the last one is dropped); reading the current member
// keeps the scope while it is the same member.
let signIns = 0
const enter = (member: Member, signedIn: boolean) => {
  if (!signedIn && queryScope().member === member.ref && queryScope().session !== '') return
  setQueryScope({ session: `${member.ref}#${++signIns}`, member: member.ref })
}

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
    const mine = queryScope()
    set({ status: 'loading', error: undefined })
    try {
      const demoMembers = await backend().listDemoMembers()
      const member = await memberOrDefault(demoMembers)
      if (mine !== queryScope()) return
      enter(member, false)
      set({ member, demoMembers, status: 'ready', today: serverToday(), notice: get().notice ?? mockControl().takeNotice() })
    } catch (e) {
      set({ status: 'error', error: describeError(e) })
    }
  },
  async switchTo(memberRef) {
    try {
      const { member } = await backend().signIn(credential(memberRef))
      enter(member, true)
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
