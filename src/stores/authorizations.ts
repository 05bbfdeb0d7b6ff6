import { create } from 'zustand'
import { registerDeviceCache, registerMemberScoped } from './deviceCaches'
import { backend, describeError, newIdempotencyKey, type AuthorizationView } from '@/services'
import type { LoadStatus } from './session'

// 家庭共济关系查询: my bindings as authorizer and as user; cancelling either side.
interface AuthorizationsState {
  asAuthorizer: AuthorizationView[]
  asUser: AuthorizationView[]
  status: LoadStatus
  error?: string
  cancellingId?: string
  /** Keys of cancellations under way, reused if the person retries after a failure. */
  cancelKeys: Record<string, string>
  lastCancelled?: AuthorizationView
  load(): Promise<void>
  cancel(id: string): Promise<AuthorizationView | undefined>
}

// Bumped when the lists are forgotten (another member logs in): an answer to an earlier call is dropped.
let epoch = 0

export const useAuthorizations = create<AuthorizationsState>((set, get) => ({
  asAuthorizer: [],
  asUser: [],
  status: 'idle',
  cancelKeys: {},
  async load() {
    const mine = epoch
    set({ status: 'loading', error: undefined })
    try {
      const r = await backend().listAuthorizations()
      if (mine === epoch) set({ ...r, status: 'ready' })
    } catch (e) {
      // What was shown before stays on screen.
      if (mine === epoch) set({ status: 'error', error: describeError(e) })
    }
  },
  async cancel(id) {
    if (get().cancellingId) return undefined
    const key = get().cancelKeys[id] ?? newIdempotencyKey()
    set({ cancellingId: id, cancelKeys: { ...get().cancelKeys, [id]: key }, error: undefined })
    try {
      const r = await backend().cancelAuthorization({ authorizationId: id, idempotencyKey: key })
      const cancelKeys = { ...get().cancelKeys }
      delete cancelKeys[id]
      set({ cancelKeys })
      if (!r.ok) {
        set({ error: r.reasons[0]?.message })
        return undefined
      }
      set({ lastCancelled: r.value })
      await get().load()
      return r.value
    } catch (e) {
      set({ error: describeError(e) })
      return undefined
    } finally {
      set({ cancellingId: undefined })
    }
  },
}))

const forget = () => {
  epoch += 1
  useAuthorizations.setState({ asAuthorizer: [], asUser: [], status: 'idle', error: undefined, lastCancelled: undefined, cancelKeys: {} })
}
registerDeviceCache(forget)
registerMemberScoped(forget)
