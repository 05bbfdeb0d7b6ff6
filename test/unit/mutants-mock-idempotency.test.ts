// Idempotency keys on the mock server (src/services/mock/idempotency.ts), through the wire: the key's form, the 24
// hours a result is kept (time that passed), the cap, and a refused request's key (issue 20 item 9, mutation testing).
import { systemClock } from '@/services/mock/clock'
import { IDEMPOTENCY_CAP } from '@/services/mock/idempotency'
import { memoryStorage } from '@/services/mock/persist'
import type { SpendRequest } from '@/services/backend'
import { mockWithClient, PEOPLE, signedIn } from '../support/sessions'
import { createMockServer } from '@/services/mock'

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

describe('the cap is shared out by member (review: 100 calls of someone else pushed out a member’s result)', () => {
  it('周志强’s 100 later calls do not push out 李建国’s one: his retry gets the first answer, charged once', async () => {
    let now = Date.parse('2026-11-23T02:00:00Z')
    const s = createMockServer({ storage: memoryStorage(), clock: systemClock(() => now), faults: noLatency })
    const li = await signedIn(s, '李建国')
    const zhou = await signedIn(s, '周志强')
    const first = await li.spend(drug(100, 'key-li-retry-01'))
    expect(first.ok).toBe(true)
    for (let i = 0; i < IDEMPOTENCY_CAP; i++) {
      now += 1000
      expect((await zhou.spend(drug(1, `key-zhou-${String(i).padStart(4, '0')}`))).ok).toBe(true)
    }
    const kept = Object.keys(s.control.snapshot().idempotency)
    expect(kept).toHaveLength(IDEMPOTENCY_CAP)
    expect(kept).toContain('key-li-retry-01')
    expect(kept).not.toContain('key-zhou-0000')
    expect(await li.spend(drug(100, 'key-li-retry-01'))).toEqual(first)
    expect((await li.getBalances()).personalAccount?.currentYearFen).toBe(115000 - 100)
  })
})

describe('a member’s newest results are kept (review: the share-out once dropped a result a minute old)', () => {
  it('周志强’s 49 results of 23 hours ago go first, not 李建国’s fresh one: his retry gets the first answer, charged once', async () => {
    let now = Date.parse('2026-11-23T02:00:00Z')
    const s = createMockServer({ storage: memoryStorage(), clock: systemClock(() => now), faults: noLatency })
    const zhou = await signedIn(s, '周志强')
    for (let i = 0; i < 49; i++) expect((await zhou.spend(drug(1, `key-zhou-old-${String(i).padStart(3, '0')}`))).ok).toBe(true)
    now += 23 * HOUR
    // Signed in again after the long wait (a session ends after 30 idle minutes).
    const li2 = await signedIn(s, '李建国')
    const zhou2 = await signedIn(s, '周志强')
    const first = await li2.spend(drug(100, 'key-li-fresh-01'))
    expect(first.ok).toBe(true)
    for (let i = 0; i < 50; i++) {
      now += 1000
      expect((await li2.spend(drug(1, `key-li-more-${String(i).padStart(3, '0')}`))).ok).toBe(true)
    }
    expect((await zhou2.spend(drug(1, 'key-zhou-new-001'))).ok).toBe(true)
    const kept = Object.keys(s.control.snapshot().idempotency)
    expect(kept).toContain('key-li-fresh-01')
    expect(kept).not.toContain('key-zhou-old-000')
    const balance = (await li2.getBalances()).personalAccount?.currentYearFen
    expect(await li2.spend(drug(100, 'key-li-fresh-01'))).toEqual(first)
    expect((await li2.getBalances()).personalAccount?.currentYearFen).toBe(balance)
  })

  it('when everyone is down to their newest 20, the oldest of all goes', async () => {
    let now = Date.parse('2026-11-23T02:00:00Z')
    const s = createMockServer({ storage: memoryStorage(), clock: systemClock(() => now), faults: noLatency })
    const patients = [PEOPLE.李建国, PEOPLE.王秀英, PEOPLE.李德明, PEOPLE.李小宝, PEOPLE.李建芳, PEOPLE.周志强]
    for (let round = 0; round < 17; round++) {
      for (const [p, patientRef] of patients.entries()) {
        now += 1000
        await s.control.settleAtPlace({ ...drug(1, `key-p${p}-${String(round).padStart(3, '0')}`), patientRef })
      }
    }
    const kept = Object.keys(s.control.snapshot().idempotency)
    expect(kept).toHaveLength(IDEMPOTENCY_CAP)
    // 102 answered, every patient at 17 (under 20): the two oldest of all were dropped.
    expect(kept).not.toContain('key-p0-000')
    expect(kept).not.toContain('key-p1-000')
    expect(kept).toContain('key-p2-000')
  })
})

describe('a bad request binds its key too (issue 20 item 6: refused or not)', () => {
  it('a visit refused as BAD_REQUEST: another request under its key is a conflict; the same one is refused again', async () => {
    const { b, current } = setup()
    const bad = { ...drug(1000, 'key-bad-req-01'), placeName: '   ' }
    await expect(b.spend(bad)).rejects.toMatchObject({ code: 'BAD_REQUEST', message: '就医信息不完整，请核对后重试' })
    expect(Object.keys(b.control.snapshot().idempotency)).toEqual(['key-bad-req-01'])
    await expect(b.spend(drug(1000, 'key-bad-req-01'))).rejects.toMatchObject({ code: 'IDEMPOTENCY_CONFLICT' })
    await expect(b.spend(bad)).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    expect(await current()).toBe(115000)
    expect((await b.spend(drug(1000, 'key-bad-req-02'))).ok).toBe(true)
  })

  it('is kept in storage although the call’s changes are undone', async () => {
    const storage = memoryStorage()
    const s = createMockServer({ storage, clock: systemClock(() => Date.parse('2026-11-23T02:00:00Z')), faults: noLatency })
    const li = await signedIn(s, '李建国')
    await expect(li.spend({ ...drug(1000, 'key-bad-req-03'), kind: 'massage' } as unknown as SpendRequest)).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    // A new server over the same storage (a reload) still knows the key.
    const again = await signedIn(createMockServer({ storage, clock: systemClock(() => Date.parse('2026-11-23T02:00:00Z')), faults: noLatency }), '李建国')
    await expect(again.spend(drug(1000, 'key-bad-req-03'))).rejects.toMatchObject({ code: 'IDEMPOTENCY_CONFLICT' })
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
