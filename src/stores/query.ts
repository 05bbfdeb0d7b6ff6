import { useCallback, useEffect, useSyncExternalStore } from 'react'
import { describeError } from '@/services'

// Server data, in one place (shared/architecture.md "two kinds of state"): every answer is cached under
// [session, resource, parameters]. An answer for a key that is no longer current (another session, or a newer
// call for the same key) is dropped; a change names the resources it made stale; signing in as someone else or a
// session ending clears everything of the old session here, in one place. Stores keep only what the person is doing.

/** What the server answers; a change invalidates the resources it touched. */
export type Resource = 'member' | 'balances' | 'authorizations' | 'offer' | 'payments' | 'records' | 'due' | 'household'

export type QueryKey = readonly [Resource, ...(string | number | boolean | undefined)[]]

export type QueryStatus = 'idle' | 'loading' | 'ready' | 'error'

export interface QueryState<T> {
  data?: T
  status: QueryStatus
  error?: string
}

interface Entry {
  state: QueryState<unknown>
  /** Bumped by every fetch: only the latest call's answer is kept. */
  call: number
  stale: boolean
  fetcher?: () => Promise<unknown>
}

const IDLE: QueryState<never> = { status: 'idle' }

let scope = ''
const entries = new Map<string, Entry>()
const listeners = new Set<() => void>()
const notify = () => listeners.forEach((l) => l())

const keyText = (key: QueryKey) => JSON.stringify(key)

function entryOf(text: string): Entry {
  let e = entries.get(text)
  if (!e) {
    e = { state: IDLE, call: 0, stale: true }
    entries.set(text, e)
  }
  return e
}

/** The session the cache belongs to; a different one clears everything the old one had. */
export function setQueryScope(next: string): void {
  if (next === scope) return
  scope = next
  entries.clear()
  notify()
}

export function queryScope(): string {
  return scope
}

/** Fetches `key` (unless a fresh answer is there and `force` is not set); the answer is dropped if no longer current. */
export async function fetchQuery<T>(key: QueryKey, fetcher: () => Promise<T>, force = false): Promise<T | undefined> {
  const text = keyText(key)
  const mine = scope
  const e = entryOf(text)
  e.fetcher = fetcher
  if (!force && !e.stale && e.state.status === 'ready') return e.state.data as T
  const call = ++e.call
  e.state = { ...e.state, status: 'loading', error: undefined }
  notify()
  try {
    const data = await fetcher()
    if (mine !== scope || entries.get(text) !== e || call !== e.call) return undefined
    e.state = { data, status: 'ready' }
    e.stale = false
    notify()
    return data
  } catch (err) {
    if (mine !== scope || entries.get(text) !== e || call !== e.call) return undefined
    // What was shown before stays on screen, marked with its time.
    e.state = { ...e.state, status: 'error', error: describeError(err) }
    notify()
    return undefined
  }
}

/** Marks every key of these resources stale and fetches again those that have been read. */
export function invalidate(...resources: Resource[]): void {
  for (const [text, e] of entries) {
    const resource = (JSON.parse(text) as QueryKey)[0]
    if (!resources.includes(resource)) continue
    e.stale = true
    if (e.fetcher) void fetchQuery(JSON.parse(text) as QueryKey, e.fetcher, true)
  }
}

/** The current state of a key (for stores and tests). */
export function peekQuery<T>(key: QueryKey): QueryState<T> {
  return (entries.get(keyText(key))?.state ?? IDLE) as QueryState<T>
}

function subscribe(l: () => void) {
  listeners.add(l)
  return () => {
    listeners.delete(l)
  }
}

/**
 * Reads `key` for a component: fetched on mount and whenever the key changes or goes stale; `refetch` asks again.
 * `enabled: false` waits (e.g. until the member is known) and shows idle.
 */
export function useQuery<T>(key: QueryKey, fetcher: () => Promise<T>, enabled = true): QueryState<T> & { refetch(): Promise<void> } {
  const text = keyText(key)
  const state = useSyncExternalStore(subscribe, () => (enabled ? (entries.get(text)?.state ?? IDLE) : IDLE)) as QueryState<T>
  const current = scope
  useEffect(() => {
    if (enabled) void fetchQuery(JSON.parse(text) as QueryKey, fetcher)
    // The fetcher is read when the key changes; a new closure for the same key asks nothing new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, enabled, current])
  const refetch = useCallback(async () => {
    await fetchQuery(JSON.parse(text) as QueryKey, fetcher, true)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text])
  return { ...state, refetch }
}
