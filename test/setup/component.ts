import { cleanup, configure } from '@testing-library/react'
import { resetNavigation } from '../shims/taro'
import { PASSWORDS, whoIs, withTickets, type TestBackend } from '../support/sessions'
import { backend, installBackend, setDraftStorage, setSettingsStorage } from '@/services'
import { createMockServer, type MockServer } from '@/services/mock'
import { fixedClock } from '@/services/mock/clock'
import { memoryStorage } from '@/services/mock/persist'

// findBy*/waitFor wait up to 5 s, not Testing Library's 1 s: on CI's two cores the unit and component projects run
// side by side, and a page that needs two server calls (password check, then payment) once took longer than 1 s.
configure({ asyncUtilTimeout: 5_000 })
// A test may take longer than one such wait: a wait that runs out then says what it waited for, not only "timeout".
jest.setTimeout(20_000)

/**
 * Each component test talks to a fresh mock server (demo family, memory storage, no latency), signed in as
 * 李建国. `testBackend` is that server (`.handle`, `.control`) and the app's own client, in the app's session:
 * `testBackend.signIn(...)` signs the app in as someone else; an operation that needs the 医保支付密码, sent
 * without a ticket, gets one first with the member's demo password.
 */
export let testBackend: MockServer & TestBackend
/** The device's own storage for drafts, inspectable by tests. */
export let deviceStorage: ReturnType<typeof memoryStorage>
/** Where the on-device mock server keeps its data, inspectable by tests. */
export let serverStorage: ReturnType<typeof memoryStorage>

beforeEach(async () => {
  deviceStorage = memoryStorage()
  setDraftStorage(deviceStorage)
  setSettingsStorage(deviceStorage)
  // Most tests start after the person has agreed to the 隐私保护指引; privacy tests withdraw it.
  // Required here, not imported: a test file's jest.mock of a module the stores use must apply.
  const { useSettings } = require('@/stores/settings') as typeof import('@/stores/settings')
  useSettings.setState({ privacyConsented: true })
  serverStorage = memoryStorage()
  const server = createMockServer({ storage: serverStorage, clock: fixedClock('2026-11-22T02:00:00Z'), faults: { latencyMinMs: 0, latencyMaxMs: 0, timeoutMs: 0 } })
  installBackend(server)
  const app = withTickets(backend(), async () => {
    const who = whoIs((await backend().currentMember()).ref)
    return who && PASSWORDS[who]
  })
  testBackend = Object.assign(Object.create(app) as TestBackend, { handle: server.handle, control: server.control })
  await backend().signIn({ memberRef: 'p-ljg', platform: 'h5' })
  // A fresh server: no answer of the last test's server, nothing the person was doing.
  const { forgetAll } = require('@/stores/query') as typeof import('@/stores/query')
  forgetAll()
})

afterEach(() => {
  cleanup()
  resetNavigation()
})
