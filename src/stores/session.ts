import { create } from 'zustand'
import { forgetMemberData } from './deviceCaches'
import { backend, describeError, mockControl, mockReady, serverToday, type DemoMember, type Member } from '@/services'
import { useToday } from './today'

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
      const [member, demoMembers] = await Promise.all([backend().currentMember(), backend().listDemoMembers()])
      if (mine !== epoch) return
      set({ member, demoMembers, status: 'ready', today: serverToday(), notice: get().notice ?? mockControl().takeNotice() })
    } catch (e) {
      set({ status: 'error', error: describeError(e) })
    }
  },
  async switchTo(memberRef) {
    try {
      const member = await backend().login(memberRef)
      epoch += 1
      forgetMemberData()
      set({ member, status: 'ready', error: undefined })
      useToday.getState().refresh()
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
