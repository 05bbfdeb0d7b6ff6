import { BackendError } from '../backend'
import type { ServerContext } from './context'

/**
 * Same key, same request → the first result, never a second effect. The same key with another request is
 * a conflict (the client reused a key it should have renewed).
 */
export function once<T>(ctx: ServerContext, key: string, fingerprint: unknown, effect: () => T): T {
  if (!key || key.length < 8) throw new BackendError('BAD_REQUEST', '缺少幂等键')
  const print = JSON.stringify(fingerprint)
  const seen = ctx.state.idempotency[key]
  if (seen) {
    if (seen.fingerprint !== print) throw new BackendError('IDEMPOTENCY_CONFLICT', '请求编号已被其他请求使用')
    return seen.result as T
  }
  const result = effect()
  ctx.state.idempotency[key] = { fingerprint: print, result }
  ctx.persist()
  return result
}
