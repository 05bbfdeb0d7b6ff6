// 代缴, 新生儿免缴确认 and 惠民保 on the mock server, through the JSON wire (issue 20 item 9: tests found missing by
// mutation testing of src/services/mock/payments.ts). Each test states a rule of the server; the comment names the
// mutant that first showed it untested.
import { createMockServer, type MockOptions, type MockServer } from '@/services/mock'
import { fixedClock } from '@/services/mock/clock'
import { memoryStorage } from '@/services/mock/persist'
import type { Outcome } from '@/services/backend'
import { PEOPLE, signedIn, type SignedIn } from '../support/sessions'

const noLatency = { latencyMinMs: 0, latencyMaxMs: 0, timeoutMs: 0 }
let seq = 0
const key = () => `mut-pay-${++seq}-${Math.random().toString(36).slice(2, 8)}`
const codes = <T>(o: Outcome<T, { code: string }>) => (o.ok ? [] : o.reasons.map((r) => r.code))

function server(at = '2026-11-22T02:00:00Z', options: Partial<MockOptions> = {}): MockServer {
  return createMockServer({ storage: memoryStorage(), clock: fixedClock(at), faults: noLatency, ...options })
}

const bind = async (b: SignedIn, documentNumber: string, name: string, relation: 'spouse' | 'child' | 'sibling') => {
  const r = await b.registerAuthorization({ documentType: 'residentId', documentNumber, name, relation, promiseVersion: '2026-12', proofIds: [], idempotencyKey: key() })
  if (!r.ok) throw new Error(`could not bind ${name}: ${JSON.stringify(r.reasons)}`)
  return r.value.user.ref
}
const bindWife = (b: SignedIn) => bind(b, '360602198809212424', '王秀英', 'spouse')
const bindBaby = (b: SignedIn) => bind(b, '360602202503081133', '李小宝', 'child')
const carried = async (b: SignedIn) => (await b.getBalances()).personalAccount?.carriedOverFen

describe('an order on the books: the ledger in fen, the order as shown', () => {
  it('writes one ledger entry per order on the payer’s 历年余额 (−total, the order number), and opening + ledger = balance', async () => {
    // Mutants: the ledger entry in debit() emptied, its account name emptied, its sign flipped.
    const s = server()
    const li = await signedIn(s, '李建国')
    const wife = await bindWife(li)
    const paid = await li.payResidentPremium({ personRefs: [wife], idempotencyKey: key() })
    if (!paid.ok) throw new Error('not paid')
    const books = s.control.snapshot()
    expect(books.ledger.filter((e) => e.ref === paid.value.orderNo)).toEqual([{ account: `${PEOPLE.李建国}:carried`, deltaFen: -40000, ref: paid.value.orderNo, at: paid.value.paidAt }])
    const account = books.accounts[PEOPLE.李建国]
    const entries = books.ledger.filter((e) => e.account === `${PEOPLE.李建国}:carried`)
    expect(entries.length).toBeGreaterThan(0)
    expect(account.opening.carriedOverFen + entries.reduce((n, e) => n + e.deltaFen, 0)).toBe(account.carriedOverFen)
    expect(account.carriedOverFen).toBe(328050 - 40000)
  })

  it('a 惠民保 order has no coverage period; a premium order has one', async () => {
    // Mutant: `if (kind !== 'huiminbao')` made always true (惠民保 orders then carry a 医保 coverage).
    const li = await signedIn(server(), '李建国')
    const wife = await bindWife(li)
    const h = await li.payHuiminbao({ personRefs: ['self'], idempotencyKey: key() })
    expect(h.ok && h.value.kind).toBe('huiminbao')
    expect(h.ok && 'coverage' in h.value).toBe(false)
    const p = await li.payResidentPremium({ personRefs: [wife], idempotencyKey: key() })
    expect(p.ok && p.value.coverage).toEqual({ from: '2027-01-01', kind: 'wholeYear' })
    // And both come back newest first (mutant: listPayments without reverse()).
    expect((await li.listPayments()).map((x) => x.kind)).toEqual(['residentPremium', 'huiminbao'])
  })

  it('marks an order 「以医保部门公布为准」 only when its 年度 is assumed (2026年度 惠民保, paid on 2026-09-30: not assumed)', async () => {
    // Mutant: `if (row.assumed)` made always true.
    const li = await signedIn(server('2026-09-30T02:00:00Z'), '李建国')
    const offer = await li.huiminbaoCandidates()
    expect(offer.collection).toMatchObject({ year: 2026, assumed: false })
    const p = await li.payHuiminbao({ personRefs: ['self'], idempotencyKey: key() })
    expect(p.ok ? p.value.year : p.reasons).toBe(2026)
    expect(p.ok && 'assumed' in p.value).toBe(false)
  })
})

describe('who may be paid for, and what the offer says of them', () => {
  it('an employee-scheme relative is listed without a premium category (and cannot be paid for)', async () => {
    // Mutant: `if (p.insurance.scheme === 'resident') candidate.category = …` made always true.
    const li = await signedIn(server(), '李建国')
    await bind(li, '360902197901051178', '周志强', 'sibling')
    const zhou = (await li.premiumCandidates()).candidates.find((c) => c.person.maskedName === '周*强')
    expect(zhou).toMatchObject({ relation: 'sibling', eligible: false, reasons: [expect.objectContaining({ code: 'NOT_RESIDENT' })] })
    expect(zhou && 'category' in zhou).toBe(false)
    const wife = await bindWife(li)
    expect((await li.premiumCandidates()).candidates.find((c) => c.person.ref === wife)?.category).toBe('ordinary')
  })

  it('names an unbound person once, however many unbound refs were sent, and charges nothing', async () => {
    // Mutants: `if (!reasons.includes(NOT_BOUND))` made always true, in payResidentPremium and in payHuiminbao.
    const li = await signedIn(server(), '李建国')
    const strangers = ['p-nobody-1', 'p-nobody-2', PEOPLE.李建芳]
    expect(await li.payResidentPremium({ personRefs: strangers, idempotencyKey: key() })).toEqual({ ok: false, reasons: [expect.objectContaining({ code: 'NOT_BOUND' })] })
    expect(await li.payHuiminbao({ personRefs: strangers, idempotencyKey: key() })).toEqual({ ok: false, reasons: [expect.objectContaining({ code: 'NOT_BOUND' })] })
    expect(await carried(li)).toBe(328050)
    expect(await li.listPayments()).toEqual([])
  })

  it('refuses whom-to-pay with a non-text entry as a bad request, in its words, charging nothing', async () => {
    // Mutants: `value.every(…)` → `value.some(…)`; the BAD_REQUEST messages emptied.
    const li = await signedIn(server(), '李建国')
    const wife = await bindWife(li)
    const mixed = { personRefs: [wife, 7], idempotencyKey: key() } as unknown as Parameters<SignedIn['payResidentPremium']>[0]
    await expect(li.payResidentPremium(mixed)).rejects.toMatchObject({ code: 'BAD_REQUEST', message: '缴费人员信息有误，请返回重新选择' })
    await expect(li.payHuiminbao({ ...mixed, idempotencyKey: key() })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: '缴费人员信息有误，请返回重新选择' })
    const noYear = { personRefs: [wife], year: '2027年度', idempotencyKey: key() } as unknown as Parameters<SignedIn['payResidentPremium']>[0]
    await expect(li.payResidentPremium(noYear)).rejects.toMatchObject({ code: 'BAD_REQUEST', message: '缴费信息不完整，请返回重新确认' })
    expect(await carried(li)).toBe(328050)
  })

  it('refuses an outdated 缴费承诺 by its name, for a premium and for 惠民保', async () => {
    // Mutants: the '缴费承诺' label of checkPromiseVersion emptied (both calls).
    const li = await signedIn(server(), '李建国')
    const wife = await bindWife(li)
    const outdated = { code: 'PROMISE_OUTDATED', message: '缴费承诺内容已更新，本次未办理', next: '请返回重新阅读并勾选后再提交' }
    expect(await li.payResidentPremium({ personRefs: [wife], promiseVersion: '2020-01', idempotencyKey: key() })).toEqual({ ok: false, reasons: [outdated] })
    expect(await li.payHuiminbao({ personRefs: ['self'], promiseVersion: '2020-01', idempotencyKey: key() })).toEqual({ ok: false, reasons: [outdated] })
    expect(await carried(li)).toBe(328050)
  })
})

describe('a resident-scheme member pays nothing, even with the ticket check off (test switch)', () => {
  it('王秀英: no offer (and no candidates) for premiums or 惠民保; a payment is refused PAYER_NOT_EMPLOYEE', async () => {
    // Mutants: the `candidates: []` of a closed offer filled; `if (notEmployee)` made false in payResidentPremium,
    // huiminbaoCandidates and payHuiminbao (the ticket check alone would refuse her: she has no password).
    const s = server('2026-11-22T02:00:00Z', { tickets: false })
    const wang = await signedIn(s, '王秀英')
    for (const offer of [await wang.premiumCandidates(), await wang.huiminbaoCandidates()]) {
      expect(offer.candidates).toEqual([])
      expect(offer.collection).toBeUndefined()
      expect(offer.closed?.code).toBe('PAYER_NOT_EMPLOYEE')
    }
    const req = { personRefs: ['self'], year: 2027, totalFen: 6900, idempotencyKey: key() }
    expect(codes(await wang.payHuiminbao(req))).toEqual(['PAYER_NOT_EMPLOYEE'])
    expect(codes(await wang.payResidentPremium({ ...req, personRefs: [PEOPLE.李小宝], totalFen: 0, idempotencyKey: key() }))).toEqual(['PAYER_NOT_EMPLOYEE'])
    expect(s.control.snapshot().payments).toEqual([])
  })
})

describe('before the window opens (2026-10-14): nothing offered, nothing recorded', () => {
  it('惠民保 is not offered; a 惠民保 payment and a 新生儿免缴确认 are refused NO_COLLECTION', async () => {
    // Mutants: `if (!open.c)` made false in huiminbaoCandidates, confirmNewbornExemption and payHuiminbao.
    const s = server()
    const li = await signedIn(s, '李建国')
    const baby = await bindBaby(li)
    s.control.clock.shiftDays(-39)
    const offer = await li.huiminbaoCandidates()
    expect(offer.candidates).toEqual([])
    expect(offer.collection).toBeUndefined()
    expect(offer.closed?.code).toBe('NO_COLLECTION')
    expect(codes(await li.payHuiminbao({ personRefs: ['self'], year: 2027, totalFen: 6900, idempotencyKey: key() }))).toEqual(['NO_COLLECTION'])
    expect(codes(await li.confirmNewbornExemption({ personRef: baby, idempotencyKey: key() }))).toEqual(['NO_COLLECTION'])
    expect(await li.listPayments()).toEqual([])
    expect(await carried(li)).toBe(328050)
  })
})

describe('惠民保 candidates', () => {
  it('names the relation of each bound relative (none for 本人) and shows who is enrolled already', async () => {
    // Mutants: `who === 'self' ? undefined : who` (always undefined / inverted); the enrolled key emptied.
    const li = await signedIn(server(), '李建国')
    const wife = await bindWife(li)
    const before = (await li.huiminbaoCandidates()).candidates
    expect(before.length).toBeGreaterThan(1)
    expect(before[0]).toMatchObject({ person: { ref: PEOPLE.李建国 }, eligible: true })
    expect(before[0].relation).toBeUndefined()
    expect(before.find((c) => c.person.ref === wife)?.relation).toBe('spouse')
    expect((await li.payHuiminbao({ personRefs: ['self'], idempotencyKey: key() })).ok).toBe(true)
    const after = (await li.huiminbaoCandidates()).candidates
    expect(after[0]).toMatchObject({ eligible: false, reasons: [expect.objectContaining({ code: 'ALREADY_ENROLLED' })] })
    expect(after.find((c) => c.person.ref === wife)?.eligible).toBe(true)
  })
})

describe('a key is bound to its request (新生儿免缴确认, 惠民保)', () => {
  it('a 免缴确认 key refused for one person cannot be reused for another: IDEMPOTENCY_CONFLICT, nothing recorded', async () => {
    // Mutant: the fingerprint of confirmNewbornExemption emptied ({}).
    const li = await signedIn(server(), '李建国')
    const wife = await bindWife(li)
    const baby = await bindBaby(li)
    const k = key()
    expect(codes(await li.confirmNewbornExemption({ personRef: wife, idempotencyKey: k }))).toEqual(['NOT_EXEMPT'])
    await expect(li.confirmNewbornExemption({ personRef: baby, idempotencyKey: k })).rejects.toMatchObject({ code: 'IDEMPOTENCY_CONFLICT' })
    expect(await li.listPayments()).toEqual([])
  })

  it('a 惠民保 key used for 本人 cannot be reused for 王秀英: IDEMPOTENCY_CONFLICT, charged once', async () => {
    // Mutants: payHuiminbao's fingerprint emptied ({}), or its payload emptied.
    const li = await signedIn(server(), '李建国')
    const wife = await bindWife(li)
    const k = key()
    expect((await li.payHuiminbao({ personRefs: ['self'], idempotencyKey: k })).ok).toBe(true)
    await expect(li.payHuiminbao({ personRefs: [wife], idempotencyKey: k })).rejects.toMatchObject({ code: 'IDEMPOTENCY_CONFLICT' })
    expect(await carried(li)).toBe(328050 - 6900)
    expect((await li.listPayments()).map((p) => p.lines.length)).toEqual([1])
  })
})

