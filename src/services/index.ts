// Picks the backend adapter. TARO_APP_BACKEND (.env.*) names it; 'mock' is the only one today.
import { mark } from '@/platform/perf'
import type { Backend } from './backend'
import type { MockControl, MockServer } from './mock'
import { chinaDay, deviceNow } from './deviceClock'
import { loadMockModule, mockModuleNow, type MockModule } from './mockModule'
import { forgetSession, sessionToken, withSession } from './session'
import { taroStorage } from './storage'
import { withTimeout } from './timeout'
import { connect } from './wire'

export * from './backend'
export { describeError } from './errors'
export { newIdempotencyKey } from './ids'
export { loadDraft, saveDraft, clearDraft, setDraftStorage } from './drafts'
export { loadSettings, saveSettings, setSettingsStorage, type DeviceSettings } from './settings'
export type { MockControl, MockServer, PlaceSettlement } from './mock'
export { hasSession, onSessionEnded, setSessionTokenStorage, type SessionTokenStorage } from './session'
export type { CallKind, Latency as MockLatency } from './mock/faults'

/** How long the app waits for any answer before saying so (the mock's lost answers take 8 s by default). */
export const CALL_TIMEOUT_MS = 10_000

let current: MockServer | undefined
let guarded: Backend | undefined

function create(mock: MockModule): MockServer {
  switch (process.env.TARO_APP_BACKEND) {
    case 'mock':
    default: {
      // The bench times the server's boot: how long, and whether the demo year had to be made (no personal data).
      const server = mock.createMockServer({ storage: taroStorage, onBoot: (ms, seeded) => mark('jx:server-boot', { ms: Math.round(ms * 10) / 10, first: seeded ? 1 : 0 }) })
      // Only in the variant `npm run bench` builds (BENCH_RECORDS): a demo history of that many records.
      if (process.env.BENCH_RECORDS) server.control.setSpendingVolume(Number(process.env.BENCH_RECORDS))
      return server
    }
  }
}

/**
 * Every build (H5, the mini programs) and every test reach the server only through the JSON wire, as an HTTP
 * adapter will: request text with the session's token in, answer text out. One path to test.
 */
function wired(server: MockServer): Backend {
  return withSession(connect(server.handle, sessionToken))
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
      : (...args: unknown[]) =>
          ready().then((b) => (b as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[name](...args)),
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

/** The developer panel (H5 only) plays the place and the bank: whose session this window holds, without a call. */
export function mockSessionMemberRef(): string | undefined {
  return current?.control.sessionMember(sessionToken.token())
}

/** Today as the server sees it (the one clock seam); before the server has loaded, the same clock unmoved. */
export function serverToday(): string {
  return current ? current.control.clock.today() : chinaDay(deviceNow())
}

/** Now (ms) as the server sees it: when its day turns, for the app's one today (src/stores/today.ts). */
export function serverNow(): number {
  return current ? current.control.clock.now() : deviceNow()
}

/** Tests install a server of their own (memory storage, no latency, fixed clock); the app starts signed out. */
export function installBackend(next: MockServer, timeoutMs = CALL_TIMEOUT_MS): void {
  current = next
  guarded = withTimeout(wired(next), timeoutMs)
  forgetSession()
}
