import { create } from 'zustand'
import { forgetAll, queryScope, setQueryScope } from './query'
import { useToday } from './today'
import { sessionTokenStorage } from '@/platform/sessionToken'
import { forgetSession, sessionToken } from '@/services/session'
import { BackendError, backend, describeError, hasSession, mockControl, mockReady, serverToday, setSessionTokenStorage, type Member } from '@/services'

// The session's token outlives a reload of this window on H5 (sessionStorage), never another window's.
setSessionTokenStorage(sessionTokenStorage)

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

/** 'signedOut': no session on this device (or it ended): the tab pages lead to sign-in and show nothing personal. */
export type SessionStatus = LoadStatus | 'signedOut'

/** What signing in did: the same member again (back to where they were) or another one (start clean on 首页). */
export type SignInResult = 'same' | 'other'

interface SessionState {
  member: Member | null
  status: SessionStatus
  error?: string
  /** The member whose session ended mid-flow (expired): signing in as them again returns to the same page. */
  ended?: string
  /** Today as the server sees it, refreshed on each load. */
  today: string
  /** One-time notice from the server, e.g. stored demo data was unreadable and reset. */
  notice?: string
  load(): Promise<void>
  signOut(): Promise<void>
  /** The server refused the session (expired): returns whether a member was signed in. */
  sessionEnded(): boolean
  /**
   * Removes all the on-device demo server keeps and starts over (重置演示数据; 清除本机数据 with the server's data):
   * its sessions go too, so the person signs in again.
   */
  resetDemo(): Promise<void>
  dismissNotice(): void
}

// Bumped whenever the session changes: an answer to a call made for the session before is dropped.
let epoch = 0

// Server data belongs to one session (query.ts): each sign-in opens a new scope (the same member keeps what she was
// doing and her data is read again; another member: everything of the last one is dropped).
let signIns = 0
const openScope = (member: Member) => setQueryScope({ session: `${member.ref}#${++signIns}`, member: member.ref })

const unauthenticated = (e: unknown) => e instanceof BackendError && e.code === 'UNAUTHENTICATED'

export const useSession = create<SessionState>((set, get) => ({
  member: null,
  status: 'idle',
  today: serverToday(),
  async load() {
    if (get().status === 'loading') return
    // No session on this device (first start, signed out, a mini program restarted): nothing to ask.
    if (!hasSession()) return void set({ member: null, status: 'signedOut', today: serverToday() })
    const mine = epoch
    set({ status: 'loading', error: undefined })
    try {
      const member = await backend().currentMember()
      if (mine !== epoch) return
      // Reading the current member keeps the scope while it is the same member's session.
      if (queryScope().member !== member.ref || queryScope().session === '') openScope(member)
      set({ member, status: 'ready', today: serverToday(), notice: get().notice ?? mockControl().takeNotice() })
    } catch (e) {
      if (mine !== epoch) return
      if (unauthenticated(e)) set({ member: null, status: 'signedOut', today: serverToday() })
      else set({ status: 'error', error: describeError(e) })
    }
  },
  async signOut() {
    const sent = sessionToken.token()
    try {
      await backend().signOut()
    } catch {
      // The session is gone on this device either way (its token forgotten below); the server ends it after 30
      // idle minutes at the latest.
    }
    if (sessionToken.token() === sent) forgetSession()
    epoch += 1
    // Nothing of the session stays: its answers and what the person was doing.
    forgetAll()
    set({ member: null, status: 'signedOut', ended: undefined })
  },
  sessionEnded() {
    const member = get().member
    if (get().status === 'signedOut' || !member) {
      set({ status: 'signedOut' })
      return false
    }
    epoch += 1
    // The member stays known (not shown: every tab page asks for sign-in), so that the form pages below the
    // sign-in page keep what was typed for them, and signing in as them again is recognised.
    set({ status: 'signedOut', ended: member.ref })
    return true
  },
  async resetDemo() {
    const control = await mockReady()
    await get().signOut()
    control.reset()
  },
  dismissNotice() {
    set({ notice: undefined })
  },
}))

/**
 * A new session for `member` (the sign-in page): the same member as before (or as the session that ended) keeps
 * what they were doing; anyone else starts with nothing of the previous member in memory.
 */
export function enterSession(member: Member): SignInResult {
  const s = useSession.getState()
  const same = (s.ended ?? s.member?.ref) === member.ref
  epoch += 1
  openScope(member)
  useSession.setState({ member, status: 'ready', ended: undefined, error: undefined, today: serverToday() })
  useToday.getState().refresh()
  return same ? 'same' : 'other'
}

/**
 * 首页's one answer names the member (getHome): the session is known without asking again (currentMember). An
 * answer for another member than the one signed in, or after signing out, changes nothing.
 */
export function adoptMember(member: Member): void {
  const s = useSession.getState()
  if (s.status === 'signedOut' || (s.member && s.member.ref !== member.ref)) return
  if (queryScope().member !== member.ref || queryScope().session === '') openScope(member)
  if (s.member?.ref !== member.ref || s.status !== 'ready') useSession.setState({ member, status: 'ready', error: undefined, today: serverToday() })
}
