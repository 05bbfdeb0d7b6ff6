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

// Bumped when the figures are forgotten (another member logs in): an answer to an earlier call is dropped.
let epoch = 0

export const useAccounts = create<AccountsState>((set) => ({
  status: 'idle',
  async load() {
    const mine = epoch
    set({ status: 'loading', error: undefined })
    try {
      const balances = await backend().getBalances()
      if (mine === epoch) set({ balances, status: 'ready' })
    } catch (e) {
      // The last figures stay visible; the page marks them with their time.
      if (mine === epoch) set({ status: 'error', error: describeError(e) })
    }
  },
}))

const forget = () => {
  epoch += 1
  useAccounts.setState({ balances: undefined, status: 'idle', error: undefined })
}
registerDeviceCache(forget)
registerMemberScoped(forget)
