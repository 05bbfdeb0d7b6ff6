// Idempotency keys on the mock server (src/services/mock/idempotency.ts), through the wire: the key's form, the 24
// hours a result is kept (time that passed), the cap, and a refused request's key (issue 20 item 9, mutation testing).
import { systemClock } from '@/services/mock/clock'
import { IDEMPOTENCY_CAP } from '@/services/mock/idempotency'
import { memoryStorage } from '@/services/mock/persist'
import type { SpendRequest } from '@/services/backend'
import { mockWithClient } from '../support/sessions'

const HOUR = 3600 * 1000
const noLatency = { latencyMinMs: 0, latencyMaxMs: 0, timeoutMs: 0 }
const drug = (amountFen: number, idempotencyKey: string): SpendRequest => ({ personRef: 'self', place: 'pharmacy', placeName: '国药控股鹰潭大药房', kind: 'drug', amountFen, idempotencyKey })

function setup() {
  let now = Date.parse('2026-11-23T02:00:00Z')
  const b = mockWithClient({ storage: memoryStorage(), clock: systemClock(() => now), faults: noLatency })
  const advance = (ms: number) => {
    now += ms
  }
  const current = async () => (await b.getBalances()).personalAccount?.currentYearFen
  return { b, advance, current }
}

describe('the key itself', () => {
  it.each([
    ['7 characters', 'k'.repeat(7)],
    ['65 characters', 'k'.repeat(65)],
    ['a number', 12345678],
  ])('refuses a key of %s as BAD_REQUEST 「缺少幂等键」, doing nothing', async (_n, key) => {
    const { b, current } = setup()
    await expect(b.spend(drug(1000, key as string))).rejects.toMatchObject({ code: 'BAD_REQUEST', message: '缺少幂等键' })
    expect(await current()).toBe(115000)
  })

  it.each([['8 characters', 'k'.repeat(8)], ['64 characters', 'k'.repeat(64)]])('takes a key of %s', async (_n, key) => {
    const { b, current } = setup()
    expect((await b.spend(drug(1000, key))).ok).toBe(true)
    expect(await current()).toBe(114000)
  })
})

describe('24 hours of time that passed', () => {
  it('answers a retry with the first answer until 24 hours have passed; then the key is free again', async () => {
    const { b, advance, current } = setup()
    const first = await b.spend(drug(1000, 'key-ttl-000001'))
    advance(24 * HOUR - 1)
    expect(await b.spend(drug(1000, 'key-ttl-000001'))).toEqual(first)
    await expect(b.spend(drug(2000, 'key-ttl-000001'))).rejects.toMatchObject({ code: 'IDEMPOTENCY_CONFLICT', message: '请求编号已被其他请求使用' })
    expect(await current()).toBe(114000)
    advance(1)
    const again = await b.spend(drug(2000, 'key-ttl-000001'))
    expect(again.ok).toBe(true)
    expect(await current()).toBe(112000)
  })

  it('a refused request binds its key from the first refusal: a retry does not extend it', async () => {
    const { b, advance, current } = setup()
    expect((await b.spend(drug(999_999_00, 'key-refused-01'))).ok).toBe(false)
    advance(23 * HOUR)
    expect((await b.spend(drug(999_999_00, 'key-refused-01'))).ok).toBe(false)
    await expect(b.spend(drug(1000, 'key-refused-01'))).rejects.toMatchObject({ code: 'IDEMPOTENCY_CONFLICT' })
    advance(HOUR)
    expect((await b.spend(drug(1000, 'key-refused-01'))).ok).toBe(true)
    expect(await current()).toBe(114000)
  })
})

describe(`at most ${IDEMPOTENCY_CAP} results kept`, () => {
  it('keeps the newest results: the oldest key is forgotten once more are answered', async () => {
    const { b, advance } = setup()
    for (let i = 0; i <= IDEMPOTENCY_CAP; i++) {
      expect((await b.spend(drug(1, `key-cap-${String(i).padStart(4, '0')}`))).ok).toBe(true)
      advance(1000)
    }
    const kept = Object.keys(b.control.snapshot().idempotency)
    expect(kept).toHaveLength(IDEMPOTENCY_CAP)
    expect(kept).not.toContain('key-cap-0000')
    expect(kept).toContain('key-cap-0001')
    expect(kept).toContain(`key-cap-${String(IDEMPOTENCY_CAP).padStart(4, '0')}`)
  })
})

describe('the test switch that turns idempotency off (soak power check)', () => {
  it('off: a retry under the same key is charged again — what the soak must be able to catch', async () => {
    const b = mockWithClient({ storage: memoryStorage(), clock: systemClock(() => Date.parse('2026-11-23T02:00:00Z')), faults: noLatency, idempotency: false })
    expect((await b.spend(drug(1000, 'key-off-000001'))).ok).toBe(true)
    expect((await b.spend(drug(1000, 'key-off-000001'))).ok).toBe(true)
    expect((await b.getBalances()).personalAccount?.currentYearFen).toBe(113000)
  })
})
