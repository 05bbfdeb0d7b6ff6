// The mock server's fault switch (src/services/mock/faults.ts): latency in its range, a failure before anything
// happens, an answer lost after the work is done, the one-shot failNext limited to a kind of call (issue 20 item 9,
// mutation testing).
import { FaultInjector, latencyOf, sleep } from '@/services/mock/faults'

const noLatency = { latencyMinMs: 0, latencyMaxMs: 0 }

describe('latency', () => {
  afterEach(() => jest.useRealTimers())

  it('waits min + random × (max − min) milliseconds before running the call', async () => {
    jest.useFakeTimers()
    const op = jest.fn(() => 'done')
    const f = new FaultInjector({ latencyMinMs: 10, latencyMaxMs: 30 }, () => 0.5)
    const answer = f.run('read', op)
    await jest.advanceTimersByTimeAsync(19)
    expect(op).not.toHaveBeenCalled()
    await jest.advanceTimersByTimeAsync(1)
    await expect(answer).resolves.toBe('done')
    expect(op).toHaveBeenCalledTimes(1)
  })

  it('waits exactly the minimum when max is below it', async () => {
    jest.useFakeTimers()
    const op = jest.fn(() => 1)
    const f = new FaultInjector({ latencyMinMs: 20, latencyMaxMs: 5 }, () => 0.9)
    const answer = f.run('read', op)
    await jest.advanceTimersByTimeAsync(19)
    expect(op).not.toHaveBeenCalled()
    await jest.advanceTimersByTimeAsync(1)
    await expect(answer).resolves.toBe(1)
  })

  it('sleep(0) and below resolve at once', async () => {
    jest.useFakeTimers()
    let done = false
    void sleep(0).then(() => (done = true))
    void sleep(-5)
    await Promise.resolve()
    expect(done).toBe(true)
  })
})

// Each choice read back from its own switches: test/unit/bench-marks.test.ts. Here, ranges next to 固定 150 毫秒.
describe('latencyOf: a range that only touches 150 ms is the demo’s, not 固定 150 毫秒', () => {
  it.each([
    ['150 to 300 ms (a test’s own)', { latencyMinMs: 150, latencyMaxMs: 300 }, 'demo'],
    ['100 to 150 ms', { latencyMinMs: 100, latencyMaxMs: 150 }, 'demo'],
  ] as const)('%s → %s', (_n, faults, choice) => expect(latencyOf(faults)).toBe(choice))
})

describe('failures', () => {
  it('failNext network: the call fails before anything happens, once; the count goes up', async () => {
    const op = jest.fn(() => 'done')
    const f = new FaultInjector({ ...noLatency, failNext: 'network' }, () => 0.99)
    await expect(f.run('payment', op)).rejects.toMatchObject({ code: 'NETWORK', message: '网络连接失败' })
    expect(op).not.toHaveBeenCalled()
    expect(f.injected).toBe(1)
    expect(f.config.failNext).toBeNull()
    await expect(f.run('payment', op)).resolves.toBe('done')
    expect(f.injected).toBe(1)
  })

  it('failNext timeout: the work is done, the answer is lost after timeoutMs', async () => {
    const op = jest.fn(() => 'done')
    const f = new FaultInjector({ ...noLatency, timeoutMs: 1, failNext: 'timeout' }, () => 0.99)
    await expect(f.run('register', op)).rejects.toMatchObject({ code: 'TIMEOUT', message: '请求超时' })
    expect(op).toHaveBeenCalledTimes(1)
    expect(f.injected).toBe(1)
    await expect(f.run('register', op)).resolves.toBe('done')
  })

  it('failNextOn: calls of other kinds pass and leave it armed; the first call of that kind uses it up', async () => {
    const f = new FaultInjector({ ...noLatency, failNext: 'network', failNextOn: 'payment' }, () => 0.99)
    await expect(f.run('read', () => 'read')).resolves.toBe('read')
    expect(f.config).toMatchObject({ failNext: 'network', failNextOn: 'payment' })
    await expect(f.run('payment', () => 'paid')).rejects.toMatchObject({ code: 'NETWORK' })
    expect(f.config).toMatchObject({ failNext: null, failNextOn: null })
    await expect(f.run('payment', () => 'paid')).resolves.toBe('paid')
  })

  it.each([
    [0.29, 'NETWORK'],
    [0.3, 'done'],
  ])('failureRate 0.3 with a draw of %s → %s', async (draw, outcome) => {
    const draws = [0, draw, 0.99]
    const f = new FaultInjector({ ...noLatency, failureRate: 0.3 }, () => draws.shift() as number)
    const answer = f.run('read', () => 'done')
    if (outcome === 'done') await expect(answer).resolves.toBe('done')
    else await expect(answer).rejects.toMatchObject({ code: outcome })
  })

  it.each([
    [0.19, 'TIMEOUT'],
    [0.2, 'done'],
  ])('timeoutRate 0.2 with a draw of %s → %s (the work is done either way)', async (draw, outcome) => {
    const draws = [0, 0.99, draw]
    const op = jest.fn(() => 'done')
    const f = new FaultInjector({ ...noLatency, timeoutRate: 0.2, timeoutMs: 1 }, () => draws.shift() as number)
    const answer = f.run('payment', op)
    if (outcome === 'done') await expect(answer).resolves.toBe('done')
    else await expect(answer).rejects.toMatchObject({ code: outcome })
    expect(op).toHaveBeenCalledTimes(1)
    expect(f.injected).toBe(outcome === 'done' ? 0 : 1)
  })

  it('set() changes only what it names', () => {
    const f = new FaultInjector({ latencyMinMs: 1, latencyMaxMs: 2, failureRate: 0.1 })
    f.set({ failureRate: 0.5 })
    expect(f.config).toMatchObject({ latencyMinMs: 1, latencyMaxMs: 2, failureRate: 0.5, timeoutRate: 0, failNext: null, failNextOn: null })
  })
})
