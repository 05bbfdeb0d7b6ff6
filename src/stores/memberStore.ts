import { create, type StateCreator } from 'zustand'

// What the person is doing (a form, a selection, a promise ticked, an order waiting for 重试) belongs to the member
// who is doing it. Every such store is made here, and so starts over when another member signs in — one place, by
// construction: no store has to remember to register a reset of its own.

const stores: { reset(): void }[] = []

/**
 * A zustand store of what one member is doing. Its initial state is kept; another member signing in (and
 * 清除本机数据) puts it back. `onReset` lets go of what the state holds outside itself (e.g. image previews).
 */
export function createMemberStore<T extends object>(init: StateCreator<T>, onReset?: (state: T) => void) {
  const store = create<T>(init)
  const initial = store.getState()
  stores.push({
    reset() {
      onReset?.(store.getState())
      store.setState(initial, true)
    },
  })
  return store
}

/** Called by the data layer's scope (query.ts) only: another member, or 清除本机数据. */
export function resetMemberStores(): void {
  for (const s of stores) s.reset()
}
