import { useCallback, useEffect, useSyncExternalStore } from 'react'
import { useDidShow } from '@tarojs/taro'
import { BackendError, describeError, onSessionEnded, serverNow } from '@/services'
import { sessionToken } from '@/services/session'
import { keptAnswersStorage } from '@/platform/keptAnswers'
import { sessions } from '@/domain/policy/sessions'
import { resetMemberStores } from './memberStore'

// Server data, in one place (shared/architecture.md "two kinds of state"): every answer is cached under
// [session, resource, parameters]. An answer for a key that is no longer current (another session, or a newer
// call for the same key) is dropped; a change names the resources it made stale; signing in as someone else or a
// session ending clears everything of the old session here, in one place. Stores keep only what the person is doing.

/** What the server answers; a change invalidates the resources it touched. */
export type Resource = 'member' | 'balances' | 'authorizations' | 'offer' | 'payments' | 'records' | 'due' | 'household' | 'home'

/** 首页's one answer (getHome) holds what these name: a change that makes any of them stale makes it stale too. */
export const HOME_PARTS: readonly Resource[] = ['member', 'balances', 'authorizations', 'payments', 'records', 'due', 'household']

export type QueryKey = readonly [Resource, ...(string | number | boolean | undefined)[]]

export type QueryStatus = 'idle' | 'loading' | 'ready' | 'error'

export interface QueryState<T> {
  data?: T
  status: QueryStatus
  error?: string
  /** The refusal's code (NOT_FOUND…), where the server gave one: a page may offer something else than 重试. */
  errorCode?: string
  /** `data` is the answer kept from an earlier load of this session, true at this time (server clock, ms). */
  storedAt?: number
}

export interface Entry {
  state: QueryState<unknown>
  /** Bumped by every fetch: only the latest call's answer is kept. */
  call: number
  stale: boolean
  /** The call under way, joined by readers that need no newer answer. */
  inFlight?: Promise<unknown>
  fetcher?: () => Promise<unknown>
  /** Components showing this key: an invalidation refetches at once only what is on screen. */
  observers: number
}

/** Who the cache belongs to: the session (a new sign-in is a new one) and its member (what the person does). */
export interface QueryScope {
  session: string
  member: string
}

const IDLE: QueryState<never> = { status: 'idle' }

let scope: QueryScope = { session: '', member: '' }
export const entries = new Map<string, Entry>()
const listeners = new Set<() => void>()
export const notify = () => listeners.forEach((l) => l())

export const keyText = (key: QueryKey) => JSON.stringify(key)

function entryOf(text: string): Entry {
  let e = entries.get(text)
  if (!e) {
    const kept = readKept(text)
    e = { state: kept ? { data: kept.data, status: 'loading', storedAt: kept.at } : IDLE, call: 0, stale: true, observers: 0 }
    entries.set(text, e)
  }
  return e
}

// The warm open (issue 22): the last answer of a kept resource (首页's one answer) outlives a reload of this
// session — H5: this window's sessionStorage, the mini programs: memory (src/platform/keptAnswers.ts) — with when it
// was true. It is shown at once on the next load and asked again behind it. It belongs to one session (a tag of its
// token, never the token) and one member; dropped on sign-out, on another member, on a session's end and on
// 清除本机数据. It holds what the page draws of the server's answer (the resource's `project`): masked, never a full
// ID number or name, nor what would rebuild one (a birth date beside the masked ID), stamped with the server's own
// time of the answer (`asOf`). A snapshot older than a session can stay idle is of a session that may have ended:
// not shown.
export interface KeepRule<T> {
  /** What of the answer is stored (what the page draws). */
  project(data: T): unknown
  /** When the answer was true, the server's clock (ms). */
  asOf(data: T): number
}

export const KEPT = new Map<Resource, KeepRule<unknown>>()

/** Keeps `resource`'s last answer for a warm open (首页: stores/home.ts). */
export function keepForWarmOpen<T>(resource: Resource, rule: KeepRule<T>): void {
  KEPT.set(resource, rule as KeepRule<unknown>)
}

const SESSION_IDLE_MS = sessions.idleMinutes * 60_000
/** A snapshot a little ahead of the server's clock (another clock's rounding) is still this session's. */
const AHEAD_MS = 60_000

interface Kept {
  v: 1
  session: string
  member: string
  key: string
  at: number
  data: unknown
}

/** A short tag of the session's token (FNV-1a): tells this session's snapshot from another's, reveals nothing. */
function sessionTag(): string | undefined {
  const token = sessionToken.token()
  if (token === undefined) return undefined
  let h = 0x811c9dc5
  for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), 0x01000193)
  return (h >>> 0).toString(36)
}

const keptRule = (text: string) => KEPT.get((JSON.parse(text) as QueryKey)[0])

function readKept(text: string): { data: unknown; at: number } | undefined {
  if (!keptRule(text)) return undefined
  try {
    const k = JSON.parse(keptAnswersStorage.load() ?? 'null') as Partial<Kept> | null
    const tag = sessionTag()
    // Unreadable, of another session or member, or of another key: ignored.
    if (!k || k.v !== 1 || !tag || k.session !== tag || k.key !== text || typeof k.at !== 'number' || k.data === undefined) return undefined
    if (scope.member !== '' && k.member !== scope.member) return undefined
    // Older than a session can stay idle (it may have ended: nothing of it before the server says so), or after now.
    const age = serverNow() - k.at
    if (!(age > -AHEAD_MS && age < SESSION_IDLE_MS)) return undefined
    return { data: k.data, at: k.at }
  } catch {
    return undefined
  }
}

function writeKept(text: string, data: unknown): void {
  const session = sessionTag()
  const rule = keptRule(text)
  if (!rule || !session) return
  const kept: Kept = { v: 1, session, member: scope.member, key: text, at: rule.asOf(data), data: rule.project(data) }
  keptAnswersStorage.save(JSON.stringify(kept))
}

export const dropKept = () => keptAnswersStorage.save(undefined)

/**
 * The session the cache belongs to: another session drops every answer of the old one (and any answer still on
 * its way); another member also starts every person-doing store over (createMemberStore). The same member signing
 * in again keeps what she was doing, and her data is fetched again.
 */
export function setQueryScope(next: QueryScope): void {
  if (next.session === scope.session && next.member === scope.member) return
  // The first member learned (no sign-in yet on this device): what was read meanwhile was read for her, and
  // answers still on their way are hers too.
  if (scope.session === '' && scope.member === '') {
    Object.assign(scope, next)
    return
  }
  const otherMember = next.member !== scope.member
  scope = { ...next }
  entries.clear()
  // A new session: the snapshot of the last one is no longer this session's.
  dropKept()
  if (otherMember) resetMemberStores()
  notify()
}

export function queryScope(): QueryScope {
  return scope
}

/**
 * A change's guard, taken when it starts: true while the member it was started for is still the one signed in.
 * After each await a change whose member changed drops the answer (no cache, no store, no navigation).
 */
export function sameMember(): () => boolean {
  const member = scope.member
  // Started before the first member was learned: it was started for her (see setQueryScope).
  return () => member === '' || scope.member === member
}

// A session that ended (expired, or ended elsewhere) takes its answers with it, and answers still on their way are
// dropped; what the person was doing stays for when she signs in again (another member starts it over).
onSessionEnded(() => {
  scope = { session: '', member: scope.member }
  entries.clear()
  dropKept()
  notify()
})

/** 清除本机数据 (and a fresh test): every answer and everything the person was doing, in one place. */
export function forgetAll(): void {
  entries.clear()
  dropKept()
  resetMemberStores()
  notify()
}

/** How much a read needs: a fresh answer may be reused, a call under way joined, or a new call is made. */
export type FetchMode = 'ifStale' | 'revalidate' | 'force'

/** Fetches `key`; the answer is dropped (undefined) if by then the key is no longer current. */
export async function fetchQuery<T>(key: QueryKey, fetcher: () => Promise<T>, mode: FetchMode = 'ifStale'): Promise<T | undefined> {
  const text = keyText(key)
  const mine = scope
  const e = entryOf(text)
  e.fetcher = fetcher
  if (mode === 'ifStale' && !e.stale && e.state.status === 'ready') return e.state.data as T
  if (mode !== 'force' && e.inFlight) return (await e.inFlight) as T | undefined
  const call = ++e.call
  const current = () => mine === scope && entries.get(text) === e && call === e.call
  e.state = { ...e.state, status: 'loading', error: undefined }
  notify()
  const run = (async () => {
    try {
      const data = await fetcher()
      if (!current()) return undefined
      e.state = { data, status: 'ready' }
      e.stale = false
      writeKept(text, data)
      notify()
      return data
    } catch (err) {
      if (!current()) return undefined
      // What was shown before stays on screen (the page marks it with its time).
      e.state = { ...e.state, status: 'error', error: describeError(err), errorCode: err instanceof BackendError ? err.code : undefined }
      notify()
      return undefined
    } finally {
      if (call === e.call) e.inFlight = undefined
    }
  })()
  e.inFlight = run
  return run
}

/**
 * Puts what a change answered into the cache (a payment's receipt into 我的缴费记录), so it shows at once; the key
 * stays stale, so the next read asks the server for the whole of it. `still` is the change's guard (sameMember,
 * taken when it started): a change answered after another member signed in writes nothing.
 */
export function setQueryData<T>(key: QueryKey, update: (current: T | undefined) => T, still: () => boolean = () => true): void {
  // Answered for a member no longer signed in: never into another member's cache.
  if (!still()) return
  const e = entryOf(keyText(key))
  e.state = { ...e.state, data: update(e.state.data as T | undefined), status: e.state.status === 'idle' ? 'ready' : e.state.status }
  e.stale = true
  notify()
}

/** What a reload of the page does (tests): the answers in memory go, what is kept for the session stays. */
export function dropMemory(): void {
  entries.clear()
  notify()
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

export type QueryResult<T> = QueryState<T> & { refetch(): Promise<void> }

/**
 * Reads `key` for a component: fetched when the key changes, and again (behind what is shown) each time the page
 * shows; `refetch` (重试, pull-down) asks anew. `enabled: false` waits (e.g. until the role is known) and shows idle.
 */
export function useQuery<T>(key: QueryKey, fetcher: () => Promise<T>, enabled = true): QueryResult<T> {
  const text = keyText(key)
  // A kept answer (the warm open) is read when the entry is made, here in the first render: no frame without it.
  const state = useSyncExternalStore(subscribe, () => (enabled ? (entries.get(text) ?? (keptRule(text) ? entryOf(text) : undefined))?.state ?? IDLE : IDLE)) as QueryState<T>
  const session = scope.session
  useEffect(() => {
    if (!enabled) return undefined
    const e = entryOf(text)
    e.observers += 1
    void fetchQuery(JSON.parse(text) as QueryKey, fetcher)
    return () => {
      e.observers -= 1
    }
    // The fetcher is read when the key changes; a new closure for the same key asks nothing new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, enabled, session])
  useDidShow(() => {
    if (enabled) void fetchQuery(JSON.parse(text) as QueryKey, fetcher, 'revalidate')
  })
  const refetch = useCallback(async () => {
    await fetchQuery(JSON.parse(text) as QueryKey, fetcher, 'force')
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text])
  return { ...state, refetch }
}
