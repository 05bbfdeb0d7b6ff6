import { describeError } from '@/services'
import { dropKept, entries, fetchQuery, HOME_PARTS, KEPT, keyText, notify, queryScope, type QueryKey, type Resource } from './query'

// The server-data layer's changes (src/stores/query.ts): what a change made stale, the next page of a list, a moved
// clock. Their own module: 首页 (the H5 first screen) reads answers and never changes any, so this code loads with the
// pages that do.

/**
 * Adds to what `key` holds (the next page of a list): kept only if no other call for the key started meanwhile
 * and the session is the same. A failure leaves the data as it was and says why.
 */
export async function extendQuery<T>(key: QueryKey, more: (current: T) => Promise<T>): Promise<boolean> {
  const text = keyText(key)
  const mine = queryScope()
  const e = entries.get(text)
  if (!e || e.state.status !== 'ready' || e.inFlight) return false
  const call = e.call
  const current = () => mine === queryScope() && entries.get(text) === e && call === e.call
  try {
    const data = await more(e.state.data as T)
    if (!current()) return false
    e.state = { data, status: 'ready' }
    notify()
    return true
  } catch (err) {
    if (current()) {
      e.state = { ...e.state, error: describeError(err) }
      notify()
    }
    return false
  }
}

/** Marks every key of these resources stale; those on screen are fetched again at once (awaited), the others when next read. */
export async function invalidate(...named: Resource[]): Promise<void> {
  const resources: Resource[] = named.some((r) => HOME_PARTS.includes(r)) ? [...named, 'home'] : named
  // A kept answer a change made stale is no longer worth showing on the next load (it would jump when the new one
  // comes): dropped; the next answer is kept again.
  if (resources.some((r) => KEPT.has(r))) dropKept()
  const calls: Promise<unknown>[] = []
  for (const [text, e] of entries) {
    const resource = (JSON.parse(text) as QueryKey)[0]
    if (!resources.includes(resource)) continue
    e.stale = true
    // Whoever reads it next waits for the new answer rather than trusting the old one (no flash of the old).
    if (e.state.status === 'ready') e.state = { ...e.state, status: 'loading' }
    if (e.fetcher && e.observers > 0) calls.push(fetchQuery(JSON.parse(text) as QueryKey, e.fetcher, 'force'))
  }
  notify()
  await Promise.all(calls)
}

/**
 * The server's clock moved (the developer panel's day): what was kept shows another day, and what depends on the
 * day (首页, 待办, the month's figures, the collection windows) is asked again.
 */
export function clockMoved(): Promise<void> {
  dropKept()
  return invalidate('home', 'due', 'records', 'offer')
}

