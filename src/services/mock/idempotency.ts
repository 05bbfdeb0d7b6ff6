import { BackendError } from '../backend'
import { elapsedNow } from './clock'
import type { ServerContext } from './context'

/**
 * How long a result is kept for a retry, and how many are kept at most. The 24 hours are time that passed
 * (`elapsedNow`, as sessions and tickets count it): the developer panel moving the date by a day is not a day of
 * waiting, and must not let a retry be charged again.
 */
const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000
export const IDEMPOTENCY_CAP = 100

/** FNV-1a: enough to tell apart the requests sent under one key; the request itself is never kept. */
function fingerprintOf(value: unknown): string {
  const text = JSON.stringify(value)
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return (h >>> 0).toString(36)
}

/** A member's newest results are kept whatever others do: another member's burst of calls cannot push them out. */
export const IDEMPOTENCY_KEPT_PER_MEMBER = 20

/**
 * Drops results older than a day; then, while still at the cap, the oldest results — skipping a member's newest
 * IDEMPOTENCY_KEPT_PER_MEMBER (only if everyone is down to those is the oldest of all dropped).
 */
function prune(ctx: ServerContext): void {
  const table = ctx.state.idempotency
  const now = elapsedNow(ctx.clock)
  for (const [key, row] of Object.entries(table)) if (now - row.at >= IDEMPOTENCY_TTL_MS) delete table[key]
  const oldestFirst = Object.entries(table).sort((a, b) => a[1].at - b[1].at)
  let count = oldestFirst.length
  if (count < IDEMPOTENCY_CAP) return
  const perMember = new Map<string, number>()
  for (const [, row] of oldestFirst) perMember.set(row.by ?? '', (perMember.get(row.by ?? '') ?? 0) + 1)
  for (const [key, row] of oldestFirst) {
    if (count < IDEMPOTENCY_CAP) return
    const mine = perMember.get(row.by ?? '') as number
    if (mine <= IDEMPOTENCY_KEPT_PER_MEMBER) continue
    perMember.set(row.by ?? '', mine - 1)
    delete table[key]
    count--
  }
  for (const [key] of oldestFirst) {
    if (count < IDEMPOTENCY_CAP) return
    if (!(key in table)) continue
    delete table[key]
    count--
  }
}

/**
 * Same key, same request → the first result, never a second effect. The request compared leaves out its
 * `ticket` (callers pass it without): a retry of an answered request with a new ticket is the same request, and
 * is answered the first result without needing or using a ticket (it moves nothing, and the key was this
 * member's: `by` is part of the request). The password never reaches this record: it is not in the request.
 * The same key with another request is a conflict (the client reused a key it should have renewed) — also when
 * the first request was refused, by a rule, by the ticket check (`gate`) or as a bad request: a key is bound to its
 * request, refused or not. Of a refusal only the fingerprint is kept (never the request: a stranger's ID number
 * and name, say); it is worked out again when the same request is retried under its key (with a ticket, say).
 */
export function once<T extends { ok: boolean }>(ctx: ServerContext, key: string, request: { op: string; by: string; [part: string]: unknown }, effect: () => T, gate?: () => T | undefined): T {
  if (typeof key !== 'string' || key.length < 8 || key.length > 64) throw new BackendError('BAD_REQUEST', '缺少幂等键')
  if (!ctx.idempotency) return effect()
  prune(ctx)
  const fingerprint = fingerprintOf(request)
  const seen = ctx.state.idempotency[key]
  if (seen) {
    if (seen.fingerprint !== fingerprint) throw new BackendError('IDEMPOTENCY_CONFLICT', '请求编号已被其他请求使用')
    if (seen.result !== undefined) return seen.result as T
  }
  const at = elapsedNow(ctx.clock)
  const refusedRow = { fingerprint, at: seen?.at ?? at, by: request.by }
  const bind = () => {
    ctx.state.idempotency[key] = refusedRow
  }
  // A request that may not be made at all (no valid 医保支付密码 ticket) is refused before it runs.
  const refused = gate?.()
  if (refused) {
    bind()
    return refused
  }
  let result: T
  try {
    result = effect()
  } catch (e) {
    // A bad request binds its key too: kept although the call's changes are undone.
    if (e instanceof BackendError) ctx.keepOnFailure?.push(bind)
    throw e
  }
  ctx.state.idempotency[key] = result.ok ? { fingerprint, at, result, by: request.by } : refusedRow
  return result
}
