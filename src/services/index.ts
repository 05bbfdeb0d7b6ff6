// Picks the backend adapter. TARO_APP_BACKEND (.env.*) names it; 'mock' is the only one today.
import type { Backend } from './backend'
import { createMockBackend, type MockBackend, type MockControl } from './mock'
import { taroStorage } from './storage'
import { withTimeout } from './timeout'
import { overWire } from './wire'

export * from './backend'
export { describeError } from './errors'
export { newIdempotencyKey } from './ids'
export { loadDraft, saveDraft, clearDraft, setDraftStorage } from './drafts'
export { loadSettings, saveSettings, setSettingsStorage, type DeviceSettings } from './settings'
export type { MockControl } from './mock'
export type { CallKind } from './mock/faults'

/** How long the app waits for any answer before saying so (the mock's lost answers take 8 s by default). */
export const CALL_TIMEOUT_MS = 10_000

let current: MockBackend | undefined
let guarded: Backend | undefined

function create(): MockBackend {
  switch (process.env.TARO_APP_BACKEND) {
    case 'mock':
    default: {
      const mock = createMockBackend({ storage: taroStorage })
      // Only in the variant `npm run bench` builds (BENCH_RECORDS): a demo history of that many records.
      if (process.env.BENCH_RECORDS) mock.control.setSpendingVolume(Number(process.env.BENCH_RECORDS))
      return mock
    }
  }
}

/**
 * H5 and every test reach the server only through the JSON wire, as an HTTP adapter will. The mini programs
 * call the on-device server directly: the wire's code would take the WeChat main package over its 400 KB.
 */
function wired(server: Backend): Backend {
  return process.env.TARO_ENV === 'h5' ? overWire(server) : server
}

export function backend(): Backend {
  return (guarded ??= withTimeout(wired((current ??= create())), CALL_TIMEOUT_MS))
}

/** The mock server's switches (faults, clock, reset), for the developer panel and tests. */
export function mockControl(): MockControl {
  return (current ??= create()).control
}

/** Today as the server sees it (the one clock seam). */
export function serverToday(): string {
  return mockControl().clock.today()
}

/** Tests install a backend of their own (memory storage, no latency, fixed clock). */
export function installBackend(next: MockBackend, timeoutMs = CALL_TIMEOUT_MS): void {
  current = next
  guarded = withTimeout(wired(next), timeoutMs)
}
