// Picks the backend adapter. TARO_APP_BACKEND (.env.*) names it; 'mock' is the only one today.
import type { Backend } from './backend'
import type { MockBackend, MockControl } from './mock'
import { systemClock } from './mock/clock'
import { loadMockModule, mockModuleNow, type MockModule } from './mockModule'
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

function create(mock: MockModule): MockBackend {
  switch (process.env.TARO_APP_BACKEND) {
    case 'mock':
    default: {
      const server = mock.createMockBackend({ storage: taroStorage })
      // Only in the variant `npm run bench` builds (BENCH_RECORDS): a demo history of that many records.
      if (process.env.BENCH_RECORDS) server.control.setSpendingVolume(Number(process.env.BENCH_RECORDS))
      return server
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

function ready(): Promise<Backend> {
  if (guarded) return Promise.resolve(guarded)
  return loadMockModule().then((m) => (guarded ??= withTimeout(wired((current ??= create(m))), CALL_TIMEOUT_MS)))
}

// Every call waits for the adapter (on H5 it is fetched on first use) and then goes through the timeout guard.
const facade = new Proxy({} as Backend, {
  // Only the contract's methods: not `then` (the facade is no promise) nor symbols (inspection, printing).
  get: (_target, name) =>
    typeof name !== 'string' || name === 'then'
      ? undefined
      : (...args: unknown[]) => ready().then((b) => (b as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[name](...args)),
})

export function backend(): Backend {
  return facade
}

/** The mock server's switches (faults, clock, reset), for the developer panel and tests; see `mockReady`. */
export function mockControl(): MockControl {
  if (!current) {
    const m = mockModuleNow()
    if (!m) throw new Error('the mock server is not loaded yet: await mockReady() first')
    current = create(m)
  }
  return current.control
}

/** Resolves once the mock server is there (at once in the mini programs; after its chunk on H5). */
export async function mockReady(): Promise<MockControl> {
  await ready()
  return mockControl()
}

const deviceClock = systemClock()

/** Today as the server sees it (the one clock seam); before the server has loaded, the same clock unmoved. */
export function serverToday(): string {
  return current ? current.control.clock.today() : deviceClock.today()
}

/** Now (ms) as the server sees it: when its day turns, for the app's one today (src/stores/today.ts). */
export function serverNow(): number {
  return current ? current.control.clock.now() : deviceClock.now()
}

/** Tests install a backend of their own (memory storage, no latency, fixed clock). */
export function installBackend(next: MockBackend, timeoutMs = CALL_TIMEOUT_MS): void {
  current = next
  guarded = withTimeout(wired(next), timeoutMs)
}
