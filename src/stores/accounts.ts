import { create } from 'zustand'
import { registerDeviceCache, registerMemberScoped } from './deviceCaches'
import { backend, describeError, type Balances } from '@/services'
import type { LoadStatus } from './session'

// Balances: 历年/当年余额, 门诊家庭账户 and what each bound relative may draw.
interface AccountsState {
  balances?: Balances
  status: LoadStatus
  error?: string
  load(): Promise<void>
}

export const useAccounts = create<AccountsState>((set) => ({
  status: 'idle',
  async load() {
    set({ status: 'loading', error: undefined })
    try {
      set({ balances: await backend().getBalances(), status: 'ready' })
    } catch (e) {
      // The last figures stay visible; the page marks them with their time.
      set({ status: 'error', error: describeError(e) })
    }
  },
}))

const forget = () => useAccounts.setState({ balances: undefined, status: 'idle', error: undefined })
registerDeviceCache(forget)
registerMemberScoped(forget)
