import { backend, describeError, newIdempotencyKey, type AuthorizationView } from '@/services'
import { bindingChanged } from './authorizations'
import { createMemberStore } from './memberStore'
import { sameMember } from './query'

// 家庭共济关系查询: cancelling a binding, either side (what I am doing); the list itself is authorizations.ts.

interface CancellationState {
  cancellingId?: string
  /** Keys of cancellations under way, reused if the person retries after a failure. */
  cancelKeys: Record<string, string>
  lastCancelled?: AuthorizationView
  error?: string
  cancel(id: string): Promise<AuthorizationView | undefined>
}

export const useCancellation = createMemberStore<CancellationState>((set, get) => ({
  cancelKeys: {},
  async cancel(id) {
    if (get().cancellingId) return undefined
    const key = get().cancelKeys[id] ?? newIdempotencyKey()
    const still = sameMember()
    set({ cancellingId: id, cancelKeys: { ...get().cancelKeys, [id]: key }, error: undefined })
    try {
      const r = await backend().cancelAuthorization({ authorizationId: id, idempotencyKey: key })
      // Answered after another member signed in: hers to see, not this one's.
      if (!still()) return undefined
      const cancelKeys = { ...get().cancelKeys }
      delete cancelKeys[id]
      set({ cancelKeys })
      if (!r.ok) {
        set({ error: r.reasons[0]?.message })
        return undefined
      }
      set({ lastCancelled: r.value })
      await bindingChanged()
      return still() ? r.value : undefined
    } catch (e) {
      if (still()) set({ error: describeError(e) })
      return undefined
    } finally {
      if (still()) set({ cancellingId: undefined })
    }
  },
}))
