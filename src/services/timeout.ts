import { BackendError, type Backend } from './backend'

/**
 * No spinner that never ends: every call to the backend gives up after `ms` with a TIMEOUT the page can
 * explain (and retry; money-moving calls keep their idempotency key, so a retry never charges twice).
 */
export function withTimeout(inner: Backend, ms: number): Backend {
  const wrapped = {} as Record<string, unknown>
  for (const name of Object.keys(inner) as (keyof Backend)[]) {
    const fn = inner[name] as (...args: unknown[]) => Promise<unknown>
    wrapped[name] = (...args: unknown[]) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new BackendError('TIMEOUT', '请求超时')), ms)
        fn(...args).then(
          (v) => {
            clearTimeout(timer)
            resolve(v)
          },
          (e: unknown) => {
            clearTimeout(timer)
            reject(e)
          },
        )
      })
  }
  return wrapped as unknown as Backend
}
