// Spending on the mock server (src/services/mock/spending.ts), through the wire and the place's channel: the ledger in
// fen for every part of a visit, what a malformed visit is, the record as each side sees it (issue 20 item 9, tests
// found missing by mutation testing).
import { createMockServer, type MockServer } from '@/services/mock'
import { systemClock } from '@/services/mock/clock'
import { memoryStorage } from '@/services/mock/persist'
import type { SpendRequest } from '@/services/backend'
import { PEOPLE, signedIn } from '../support/sessions'

const noLatency = { latencyMinMs: 0, latencyMaxMs: 0, timeoutMs: 0 }
let seq = 0
const key = () => `mut-spend-${++seq}-${Math.random().toString(36).slice(2, 8)}`
const server = (): MockServer => createMockServer({ storage: memoryStorage(), clock: systemClock(() => Date.parse('2026-11-22T02:00:00Z')), faults: noLatency })
const visit = (amountFen: number, extra: Partial<SpendRequest> = {}): SpendRequest => ({ personRef: 'self', place: 'communityCenter', placeName: '月湖区东湖社区卫生服务中心', kind: 'outpatient', amountFen, idempotencyKey: key(), ...extra })

/** Every account and pool adds up: opening + ledger = balance; a pool's use = what the ledger took from it. */
function expectBooksReconcile(s: MockServer): void {
  const books = s.control.snapshot()
  const sum = (account: string) => books.ledger.filter((e) => e.account === account).reduce((n, e) => n + e.deltaFen, 0)
  const refs = Object.keys(books.accounts)
  expect(refs.length).toBeGreaterThan(0)
  for (const ref of refs) {
    const a = books.accounts[ref]
    expect([ref, a.opening.currentYearFen + sum(`${ref}:current`)]).toEqual([ref, a.currentYearFen])
    expect([ref, a.opening.carriedOverFen + sum(`${ref}:carried`)]).toEqual([ref, a.carriedOverFen])
  }
  const pools = Object.entries(books.pools)
  expect(pools.length).toBeGreaterThan(0)
  for (const [k, p] of pools) expect([k, -sum(`pool:${k}`)]).toEqual([k, p.usedFen])
  expect(books.ledger.filter((e) => e.deltaFen === 0)).toEqual([])
}

describe('the ledger of a visit, part by part', () => {
  it('李建国 beyond his 当年余额: the 当年 part then the 历年 part, each booked under the record', async () => {
    const s = server()
    const li = await signedIn(s, '李建国')
    const r = await li.spend(visit(115000 + 2500, { place: 'pharmacy', placeName: '国药控股鹰潭大药房', kind: 'drug' }))
    expect(r.ok && r.value).toMatchObject({ ownFen: 117500, authorizerFen: 0, outpatientFamilyFen: 0, relation: 'self' })
    expect(r.ok && 'authorizer' in r.value).toBe(false)
    const id = r.ok ? r.value.id : ''
    expect(s.control.snapshot().ledger.filter((e) => e.ref === id).map((e) => [e.account, e.deltaFen])).toEqual([
      [`${PEOPLE.李建国}:current`, -115000],
      [`${PEOPLE.李建国}:carried`, -2500],
    ])
    expectBooksReconcile(s)
  })

  it('李德明 at a place: the household pool, then 李建国’s 历年余额; the record names the authorizer and the relation', async () => {
    const s = server()
    const wang = await signedIn(s, '王秀英')
    const pool = (await wang.getBalances()).outpatientFamilyAccount!.remainingFen
    expect(pool).toBeGreaterThan(0)
    const r = await s.control.settleAtPlace({ ...visit(pool + 700), patientRef: PEOPLE.李德明 })
    expect(r.ok && r.value).toMatchObject({ ownFen: 0, outpatientFamilyFen: pool, authorizerFen: 700, relation: 'self', authorizer: { maskedName: '李*国' } })
    const id = r.ok ? r.value.id : ''
    expect(s.control.snapshot().ledger.filter((e) => e.ref === id).map((e) => [e.account, e.deltaFen])).toEqual([
      ['pool:h-li:2026', -pool],
      [`${PEOPLE.李建国}:carried`, -700],
    ])
    expect(s.control.snapshot().spending.find((x) => x.id === id)).toMatchObject({ relation: 'parent', authorizerRef: PEOPLE.李建国 })
    expectBooksReconcile(s)
    // The pool is used up for the whole household: 王秀英, bound to nobody, has nothing left to draw.
    const wife = await s.control.settleAtPlace({ ...visit(100), patientRef: PEOPLE.王秀英 })
    expect(wife.ok ? [] : wife.reasons.map((x) => x.code)).toEqual(['INSUFFICIENT'])
  })

  it('a visit inside the pool names no authorizer and books only the pool', async () => {
    const s = server()
    const wang = await signedIn(s, '王秀英')
    const r = await wang.spend(visit(300))
    expect(r.ok && r.value).toMatchObject({ outpatientFamilyFen: 300, authorizerFen: 0, ownFen: 0, relation: 'self' })
    const id = r.ok ? r.value.id : ''
    expect(s.control.snapshot().spending.find((x) => x.id === id)).not.toHaveProperty('authorizerRef')
    expect(s.control.snapshot().spending.find((x) => x.id === id)?.relation).toBe('self')
    expect(s.control.snapshot().ledger.filter((e) => e.ref === id).map((e) => e.account)).toEqual(['pool:h-li:2026'])
    expectBooksReconcile(s)
  })
})

describe('what each side sees of a visit', () => {
  it('the member’s own visit is listed to him whole (not cut to an authorizer’s part)', async () => {
    const li = await signedIn(server(), '李建国')
    const r = await li.spend(visit(3000, { place: 'pharmacy', placeName: '国药控股鹰潭大药房', kind: 'drug' }))
    const listed = (await li.listRecords({ pageSize: 1 })).items[0]
    expect(listed).toMatchObject({ id: r.ok ? r.value.id : '', amountFen: 3000, ownFen: 3000, authorizerFen: 0, relation: 'self' })
  })

  it('whom a patient may bring to a place: herself, bound relatives, her household (masked)', () => {
    const s = server()
    expect(s.control.visitPeople(PEOPLE.李建国)).toEqual([
      { ref: PEOPLE.李建国, maskedName: '李*国', relation: 'self' },
      { ref: PEOPLE.李德明, maskedName: '李*明', relation: 'parent' },
    ])
    expect(s.control.visitPeople(PEOPLE.王秀英)).toEqual([
      { ref: PEOPLE.王秀英, maskedName: '王*英', relation: 'self' },
      { ref: PEOPLE.李小宝, maskedName: '李*宝', relation: 'household' },
      { ref: PEOPLE.李德明, maskedName: '李*明', relation: 'household' },
    ])
  })
})

describe('the household 门诊家庭账户 follows each cover as its own order says', () => {
  it('a premium paid on 2027-01-05 counts from its own order’s coverage (the next day), not from another order of the payer', async () => {
    const s = createMockServer({ storage: memoryStorage(), clock: systemClock(() => Date.parse('2027-01-05T02:00:00Z')), faults: noLatency })
    const li = await signedIn(s, '李建国')
    const bound = await li.registerAuthorization({ documentType: 'residentId', documentNumber: '360602198809212424', name: '王秀英', relation: 'spouse', promiseVersion: '2026-12', proofIds: [], idempotencyKey: key() })
    if (!bound.ok) throw new Error('not bound')
    const pool = async () => (await li.getBalances()).family.find((f) => f.person.maskedName === '李*明')?.outpatientFamilyAccount?.allowanceFen
    expect(await pool()).toBe(9000)
    expect((await li.payHuiminbao({ personRefs: ['self'], idempotencyKey: key() })).ok).toBe(true)
    expect((await li.payResidentPremium({ personRefs: [bound.value.user.ref], idempotencyKey: key() })).ok).toBe(true)
    expect(await pool()).toBe(9000)
    // The developer panel's next day (not time that passed: the session stays open).
    s.control.clock.shiftDays(1)
    expect(await pool()).toBe(18000)
  })
})

describe('a malformed visit is a bad request, in its words; nothing moves', () => {
  it.each([
    ['an unknown place', { place: 'spa' }],
    ['an unknown kind', { kind: 'massage' }],
    ['no place name', { placeName: '   ' }],
    ['a place name over 40 characters', { placeName: '药'.repeat(41) }],
    ['a place name that is not text', { placeName: 42 }],
    ['no place name at all', { placeName: undefined }],
    ['an amount that is not a number', { amountFen: '1000' }],
  ])('%s', async (_n, patch) => {
    const s = server()
    const li = await signedIn(s, '李建国')
    await expect(li.spend({ ...visit(1000), ...(patch as object) } as SpendRequest)).rejects.toMatchObject({ code: 'BAD_REQUEST', message: '就医信息不完整，请核对后重试' })
    expect((await li.getBalances()).personalAccount?.currentYearFen).toBe(115000)
  })

  it('a place name of exactly 40 characters, with spaces around it, is taken, trimmed', async () => {
    const li = await signedIn(server(), '李建国')
    const r = await li.spend(visit(1000, { place: 'pharmacy', kind: 'drug', placeName: ` ${'药'.repeat(40)} ` }))
    expect(r.ok && r.value.placeName).toBe('药'.repeat(40))
  })
})

describe('a visit inside the pool is the household’s, not the authorizer’s', () => {
  it('李德明 (bound to 李建国) spends only from the pool: nothing of it is listed or counted for 李建国', async () => {
    const s = server()
    const li = await signedIn(s, '李建国')
    const before = await li.listRecords({ pageSize: 50 })
    const totalsBefore = await li.recordTotals({})
    const r = await s.control.settleAtPlace({ ...visit(300), patientRef: PEOPLE.李德明 })
    expect(r.ok && r.value).toMatchObject({ outpatientFamilyFen: 300, authorizerFen: 0 })
    const id = r.ok ? r.value.id : ''
    expect(s.control.snapshot().spending.find((x) => x.id === id)).not.toHaveProperty('authorizerRef')
    const after = await li.listRecords({ pageSize: 50 })
    expect(after.items.length).toBeGreaterThan(0)
    expect(after.items.map((x) => x.id)).toEqual(before.items.map((x) => x.id))
    expect(await li.recordTotals({})).toEqual(totalsBefore)
  })
})

describe('a household with no one covered has no 门诊家庭账户', () => {
  it('on 2027-01-02, 李建芳’s 2027 premium unpaid: 周志强 sees no pool for her (not a pool of ¥0); once paid, 90 元 from the next day', async () => {
    const s = createMockServer({ storage: memoryStorage(), clock: systemClock(() => Date.parse('2027-01-02T02:00:00Z')), faults: noLatency })
    const zhou = await signedIn(s, '周志强')
    const her = async () => (await zhou.getBalances()).family.find((f) => f.person.maskedName === '李*芳')
    expect(await her()).toBeDefined()
    expect((await her())?.outpatientFamilyAccount).toBeUndefined()
    expect((await zhou.payResidentPremium({ personRefs: [PEOPLE.李建芳], idempotencyKey: key() })).ok).toBe(true)
    s.control.clock.shiftDays(1)
    expect((await her())?.outpatientFamilyAccount).toEqual({ allowanceFen: 9000, remainingFen: 9000 })
  })
})
