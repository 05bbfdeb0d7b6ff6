// Issue 20 item 5 (what was seen is what is charged) and item 6 (a key is bound to its request, refused or not).
import { checkPromiseVersion, checkSeenOffer } from '@/domain/payments'
import { PAYMENT_PROMISES } from '@/domain/promise'
import type { PaymentRequest } from '@/services/backend'
import { mockWithClient, type ServerWithClient as MockBackend } from '../support/sessions'
import { fixedClock, systemClock, type AdjustableClock } from '@/services/mock/clock'
import { memoryStorage } from '@/services/mock/persist'
import { asSeen } from '../support/seen'

const noLatency = { latencyMinMs: 0, latencyMaxMs: 0, timeoutMs: 0 }

async function lijianguoWithWife(at = '2026-11-22T02:00:00Z', clock: AdjustableClock = fixedClock(at)): Promise<{ b: MockBackend; wife: string }> {
  const b = mockWithClient({ storage: memoryStorage(), clock, faults: noLatency })
  const r = await b.registerAuthorization({ documentType: 'residentId', documentNumber: '360602198809212424', name: '王秀英', relation: 'spouse', promiseVersion: '2026-12', proofIds: [], idempotencyKey: 'key-bind-wife-1' })
  if (!r.ok) throw new Error('could not bind 王秀英')
  return { b, wife: r.value.user.ref }
}

describe('checkSeenOffer (issue 20 item 5: the 年度 and total seen are the ones charged)', () => {
  it.each([
    ['the same figures pass', { year: 2027, totalFen: 40000 }, { year: 2027, totalFen: 40000 }, undefined],
    ['another 年度 is refused with the new one', { year: 2026, totalFen: 40000 }, { year: 2027, totalFen: 40000 }, '缴费年度已变为2027年度（您看到的是2026年度），本次未扣款'],
    ['another total is refused with the new one', { year: 2027, totalFen: 8000 }, { year: 2027, totalFen: 40000 }, '应缴合计已变为400.00元（您看到的是80.00元），本次未扣款'],
    ['both, in one sentence', { year: 2026, totalFen: 8000 }, { year: 2027, totalFen: 40000 }, '缴费年度已变为2027年度（您看到的是2026年度），应缴合计已变为400.00元（您看到的是80.00元），本次未扣款'],
    ['the same first day of benefits passes', { year: 2027, totalFen: 40000, coverageFrom: '2027-03-01' }, { year: 2027, totalFen: 40000, coverageFrom: '2027-03-01' }, undefined],
    ['a 等待期 begun since is refused with the new day', { year: 2027, totalFen: 40000, coverageFrom: '2027-03-01' }, { year: 2027, totalFen: 40000, coverageFrom: '2027-06-01' }, '待遇开始日期已变为2027年6月1日（您看到的是2027年3月1日），本次未扣款'],
    ['a day not sent was not seen', { year: 2027, totalFen: 40000 }, { year: 2027, totalFen: 40000, coverageFrom: '2027-01-01' }, '待遇开始日期为2027年1月1日，本次未扣款'],
    ['no day to compare (惠民保): the day sent is not looked at', { year: 2027, totalFen: 6900, coverageFrom: '2027-01-01' }, { year: 2027, totalFen: 6900 }, undefined],
  ])('%s', (_n, seen, now, message) => {
    const r = checkSeenOffer(seen, now)
    expect(r?.message).toBe(message)
    if (r) expect(r.offer).toEqual(now)
  })
  it.each([
    ['the version in force passes', PAYMENT_PROMISES.residentPremium.version, undefined],
    ['an old version is refused', '2025-01', 'PROMISE_OUTDATED'],
    ['none at all is refused', undefined, 'PROMISE_OUTDATED'],
  ])('checkPromiseVersion: %s', (_n, sent, code) => expect(checkPromiseVersion(sent, PAYMENT_PROMISES.residentPremium.version, '缴费承诺')?.code).toBe(code))
})

describe('the server charges what was seen, or nothing (issue 20: an offer read on 09-30, paid on 10-15)', () => {
  it('an offer of the 2026年度 read on 09-30 and paid on 10-15 (now 2027) is refused with the new figures; nothing charged', async () => {
    const { b, wife } = await lijianguoWithWife('2026-09-30T02:00:00Z')
    const seen = await asSeen(b, 'residentPremium', { personRefs: [wife], idempotencyKey: 'key-pay-wife-0930' })
    expect(seen.year).toBe(2026)
    b.control.clock.shiftDays(15)
    const r = await b.payResidentPremium(seen)
    expect(r.ok ? [] : r.reasons).toEqual([expect.objectContaining({ code: 'OFFER_CHANGED', offer: { year: 2027, totalFen: 40000, coverageFrom: '2027-01-01' } })])
    expect((await b.getBalances()).personalAccount?.carriedOverFen).toBe(328050)
    expect(await b.listPayments()).toEqual([])
    // Seen again, paid: the new figures.
    const again = await b.payResidentPremium(await asSeen(b, 'residentPremium', { personRefs: [wife], idempotencyKey: 'key-pay-wife-1015' }))
    expect(again.ok && again.value).toMatchObject({ year: 2027, totalFen: 40000 })
  })

  it.each([
    ['02-28 23:59 → 03-01 00:01', '2027-02-28T15:59:00Z', { from: '2027-03-01', kind: 'nextDay' }, '2027-06-01'],
    ['12-31 23:59 → 01-01 00:01', '2026-12-31T15:59:00Z', { from: '2027-01-01', kind: 'wholeYear' }, '2027-01-02'],
  ])('read at %s China time: the first day of benefits moved at midnight; refused with the new day, nothing charged (review)', async (_n, readAt, seenCoverage, nowFrom) => {
    let now = Date.parse(readAt)
    const { b, wife } = await lijianguoWithWife(readAt, systemClock(() => now))
    expect((await b.premiumCandidates()).collection?.coverage).toEqual(seenCoverage)
    const seen = await asSeen(b, 'residentPremium', { personRefs: [wife], idempotencyKey: `key-midnight-${readAt.slice(5, 10)}` })
    expect(seen.coverageFrom).toBe(seenCoverage.from)
    now += 2 * 60_000
    // After midnight (the turn of the year moves 当年 into 历年 on 01-01): the balance before the payment.
    const before = (await b.getBalances()).personalAccount?.carriedOverFen
    const r = await b.payResidentPremium(seen)
    expect(r.ok ? [] : r.reasons).toEqual([expect.objectContaining({ code: 'OFFER_CHANGED', offer: expect.objectContaining({ year: seen.year, totalFen: seen.totalFen, coverageFrom: nowFrom }) })])
    expect((await b.getBalances()).personalAccount?.carriedOverFen).toBe(before)
    expect(await b.listPayments()).toEqual([])
  })

  it.each([
    ['residentPremium: a total not seen', 'residentPremium', { totalFen: 1 }, 'OFFER_CHANGED'],
    ['residentPremium: an old promise', 'residentPremium', { promiseVersion: '2025-01' }, 'PROMISE_OUTDATED'],
    ['residentPremium: any promise string', 'residentPremium', { promiseVersion: 'whatever' }, 'PROMISE_OUTDATED'],
    ['huiminbao: a 年度 not seen', 'huiminbao', { year: 2031 }, 'OFFER_CHANGED'],
    ['huiminbao: an old promise', 'huiminbao', { promiseVersion: '2025-01' }, 'PROMISE_OUTDATED'],
  ] as const)('%s → %s, nothing charged', async (_n, kind, patch, code) => {
    const { b, wife } = await lijianguoWithWife()
    const req: Omit<PaymentRequest, 'ticket'> = { ...(await asSeen(b, kind, { personRefs: [kind === 'huiminbao' ? 'self' : wife], idempotencyKey: `key-${code}-${kind}` })), ...patch }
    const r = await (kind === 'huiminbao' ? b.payHuiminbao(req) : b.payResidentPremium(req))
    expect(r.ok ? [] : r.reasons.map((x) => x.code)).toEqual([code])
    expect((await b.getBalances()).personalAccount?.carriedOverFen).toBe(328050)
    expect(await b.listPayments()).toEqual([])
  })

  it('a request whose figures seen are not whole numbers is malformed (BAD_REQUEST), nothing charged', async () => {
    const { b, wife } = await lijianguoWithWife()
    const bare = { personRefs: [wife], year: '2027年度', totalFen: 40000, promiseVersion: PAYMENT_PROMISES.residentPremium.version, idempotencyKey: 'key-bare-000001' } as unknown as PaymentRequest
    await expect(b.payResidentPremium(bare)).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    expect(await b.listPayments()).toEqual([])
  })
})

describe('a key is bound to its request, refused or not (issue 20 item 6)', () => {
  const stranger = { documentType: 'residentId' as const, documentNumber: '11010519491231002X', name: '赵六', relation: 'sibling' as const, promiseVersion: '2026-12', proofIds: [] }
  const wife = { ...stranger, documentNumber: '360602198809212424', name: '王秀英', relation: 'spouse' as const }

  it.each([
    ['refused, then another request under the key → IDEMPOTENCY_CONFLICT, nothing bound', stranger, wife, 'conflict'],
    ['refused, then the same request again → worked out again (refused)', stranger, stranger, 'refused'],
    ['done, then another request under the key → IDEMPOTENCY_CONFLICT', wife, stranger, 'conflict'],
    ['done, then the same request → the first answer', wife, wife, 'same'],
  ] as const)('%s', async (_n, first, second, expected) => {
    const b = mockWithClient({ storage: memoryStorage(), clock: fixedClock('2026-11-22T02:00:00Z'), faults: noLatency })
    const a = await b.registerAuthorization({ ...first, idempotencyKey: 'key-bound-0001' })
    const again = b.registerAuthorization({ ...second, idempotencyKey: 'key-bound-0001' })
    if (expected === 'conflict') await expect(again).rejects.toMatchObject({ code: 'IDEMPOTENCY_CONFLICT' })
    else if (expected === 'same') expect(await again).toEqual(a)
    else expect(await again).toMatchObject({ ok: false, reasons: [{ code: 'IDENTITY_UNVERIFIED' }] })
    const active = (await b.listAuthorizations()).asAuthorizer.filter((x) => x.status === 'active')
    expect(active.map((x) => x.user.maskedName)).toEqual(first === wife ? ['王*英', '李*明'] : ['李*明'])
  })

  it('a refused payment’s key reused for a corrected order → IDEMPOTENCY_CONFLICT, nothing charged (the app sends a corrected order under a new key)', async () => {
    const { b, wife: ref } = await lijianguoWithWife()
    const seen = await asSeen(b, 'residentPremium', { personRefs: [ref], idempotencyKey: 'key-pay-refused-1' })
    expect((await b.payResidentPremium({ ...seen, totalFen: 1 })).ok).toBe(false)
    await expect(b.payResidentPremium(seen)).rejects.toMatchObject({ code: 'IDEMPOTENCY_CONFLICT' })
    expect(await b.listPayments()).toEqual([])
  })

  it('a registration with an old 个人郑重承诺 is refused (PROMISE_OUTDATED), nothing bound', async () => {
    const b = mockWithClient({ storage: memoryStorage(), clock: fixedClock('2026-11-22T02:00:00Z'), faults: noLatency })
    const r = await b.registerAuthorization({ ...wife, promiseVersion: '2024-01', idempotencyKey: 'key-old-promise-1' })
    expect(r.ok ? [] : r.reasons.map((x) => x.code)).toEqual(['PROMISE_OUTDATED'])
  })
})
