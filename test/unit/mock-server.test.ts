import { createMockBackend, type MockBackend } from '@/services/mock'
import { fixedClock } from '@/services/mock/clock'
import { memoryStorage, STATE_KEY, STATE_VERSION } from '@/services/mock/persist'
import { seedState } from '@/services/mock/seed'

const noLatency = { latencyMinMs: 0, latencyMaxMs: 0, timeoutMs: 0 }
const make = (storage = memoryStorage()) => ({ storage, backend: createMockBackend({ storage, clock: fixedClock('2026-11-22T02:00:00Z'), faults: noLatency }) })

async function bindBaby(b: MockBackend, key = 'key-bind-baby-1') {
  return b.registerAuthorization({ documentType: 'residentId', documentNumber: '360602202503081133', name: '李小宝', relation: 'child', promiseVersion: '2025-01', proofIds: [], idempotencyKey: key })
}

describe('mock server persistence (one versioned key)', () => {
  it('keeps its state across restarts through the storage port', async () => {
    const { storage, backend } = make()
    await bindBaby(backend)
    const again = createMockBackend({ storage, clock: fixedClock('2026-11-22T02:00:00Z'), faults: noLatency })
    expect((await again.listAuthorizations()).asAuthorizer.some((a) => a.user.maskedName === '李*宝')).toBe(true)
    expect(again.control.takeNotice()).toBeUndefined()
  })

  it.each([
    ['unreadable JSON', '{not json', '无法读取'],
    ['wrong shape', JSON.stringify({ version: STATE_VERSION, state: { people: 'x' } }), '无法读取'],
    ['old version', JSON.stringify({ version: 0, state: seedState() }), '版本已更新'],
  ])('resets %s to the demo family with a notice', async (_n, raw, text) => {
    const { backend } = make(memoryStorage({ [STATE_KEY]: raw }))
    expect(backend.control.takeNotice()).toContain(text)
    expect(backend.control.takeNotice()).toBeUndefined()
    expect(await backend.currentMember()).toMatchObject({ maskedName: '李*国' })
  })

  it('resets to the demo family on 重置演示数据', async () => {
    const { backend } = make()
    await bindBaby(backend)
    backend.control.reset()
    expect((await backend.listAuthorizations()).asAuthorizer.some((a) => a.user.maskedName === '李*宝')).toBe(false)
  })
})

describe('mock server faults', () => {
  it('a network failure changes nothing', async () => {
    const { backend } = make()
    backend.control.setFaults({ failNext: 'network' })
    await expect(bindBaby(backend)).rejects.toMatchObject({ code: 'NETWORK' })
    expect((await backend.listAuthorizations()).asAuthorizer.some((a) => a.user.maskedName === '李*宝')).toBe(false)
  })

  it('a timeout after the work is done is answered by a retry with the same key, once', async () => {
    const { backend } = make()
    await bindBaby(backend)
    await backend.registerAuthorization({ documentType: 'residentId', documentNumber: '360602198809212424', name: '王秀英', relation: 'spouse', promiseVersion: '2025-01', proofIds: [], idempotencyKey: 'key-bind-wife-1' })
    const wife = (await backend.premiumCandidates()).candidates.find((c) => c.person.maskedName === '王*英')!
    const req = { personRefs: [wife.person.ref], idempotencyKey: 'pay-wife-2027-a' }
    backend.control.setFaults({ failNext: 'timeout' })
    await expect(backend.payResidentPremium(req)).rejects.toMatchObject({ code: 'TIMEOUT' })
    const retry = await backend.payResidentPremium(req)
    expect(retry.ok && retry.value.balanceAfterFen).toBe(288050)
    expect((await backend.getBalances()).personalAccount?.carriedOverFen).toBe(288050)
    expect(await backend.listPayments()).toHaveLength(1)
  })

  it('adds latency within the configured range', async () => {
    jest.useFakeTimers()
    try {
      const storage = memoryStorage()
      const b = createMockBackend({ storage, clock: fixedClock('2026-11-22T02:00:00Z'), random: () => 0.5 })
      let done = false
      const p = b.currentMember().then(() => (done = true))
      await jest.advanceTimersByTimeAsync(200)
      expect(done).toBe(false)
      await jest.advanceTimersByTimeAsync(100)
      await p
      expect(done).toBe(true)
    } finally {
      jest.useRealTimers()
    }
  })

  it('ends bindings automatically when an insurance is suspended (domain.md)', async () => {
    const { backend } = make()
    backend.control.setInsuranceStatus('360602195807021516', 'terminated')
    const father = (await backend.listAuthorizations()).asAuthorizer.find((a) => a.user.maskedName === '李*明')
    expect(father).toMatchObject({ status: 'ended', endReason: '使用人医保关系终止，共济关系自动终止' })
  })
})
