import { create } from 'zustand'
import { platformCredential } from '@/platform/login'
import { backend, describeError, type DemoMember } from '@/services'
import { enterSession, type SignInResult } from './session'

// The demo sign-in page (subpackage signin): the demo members, and signing in with the platform's login code.
// Kept out of the session store so that the WeChat main package does not carry it.

interface SignInState {
  demoMembers: DemoMember[]
  signingIn: boolean
  error?: string
  loadDemoMembers(): Promise<void>
  signIn(memberRef: string): Promise<SignInResult | undefined>
}

export const useSignIn = create<SignInState>((set, get) => ({
  demoMembers: [],
  signingIn: false,
  async loadDemoMembers() {
    try {
      set({ demoMembers: await backend().listDemoMembers(), error: undefined })
    } catch (e) {
      set({ error: describeError(e) })
    }
  },
  async signIn(memberRef) {
    if (get().signingIn) return undefined
    set({ signingIn: true, error: undefined })
    try {
      const credential = await platformCredential()
      const session = await backend().signIn({ memberRef, ...credential })
      set({ signingIn: false })
      return enterSession(session.member)
    } catch (e) {
      set({ signingIn: false, error: describeError(e) })
      return undefined
    }
  },
}))

/** Signs in as `memberRef` (tests, 切换演示身份): whether it worked. */
export async function signInAs(memberRef: string): Promise<boolean> {
  return (await useSignIn.getState().signIn(memberRef)) !== undefined
}
