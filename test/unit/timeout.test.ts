import { withTimeout } from '@/services/timeout'
import { mockWithClient } from '../support/sessions'
import { fixedClock } from '@/services/mock/clock'
import { memoryStorage } from '@/services/mock/persist'

describe('client-side call timeout (no spinner that never ends)', () => {
  afterEach(() => jest.useRealTimers())

  it('gives up on a call that takes too long, with TIMEOUT', async () => {
    jest.useFakeTimers()
    const slow = mockWithClient({ storage: memoryStorage(), clock: fixedClock('2026-11-23T02:00:00Z'), faults: { latencyMinMs: 60_000, latencyMaxMs: 60_000 } })
    const b = withTimeout(slow, 10_000)
    const call = b.getBalances()
    const settled = expect(call).rejects.toMatchObject({ code: 'TIMEOUT' })
    await jest.advanceTimersByTimeAsync(10_000)
    await settled
  })

  it('passes answers and errors through untouched', async () => {
    const fast = mockWithClient({ storage: memoryStorage(), clock: fixedClock('2026-11-23T02:00:00Z'), faults: { latencyMinMs: 0, latencyMaxMs: 0 } })
    const b = withTimeout(fast, 10_000)
    expect((await b.getBalances()).personalAccount?.carriedOverFen).toBe(328050)
    fast.control.setFaults({ failNext: 'network' })
    await expect(b.getBalances()).rejects.toMatchObject({ code: 'NETWORK' })
  })
})
