import type { RegisterAuthorizationRequest } from '@/services/backend'
import { createMockServer, type MockServer } from '@/services/mock'
import { fixedClock } from '@/services/mock/clock'
import { memoryStorage } from '@/services/mock/persist'
import { signedIn, type SignedIn, type Who } from '../support/sessions'
import { expectNoPersonalData } from './contract/backend.contract'

// Issue 21 items 1, 2 and 4 on the server: the household's 门诊家庭账户 in one call, 共济使用明细's totals, an order by
// its number — through the JSON wire, as an HTTP adapter would reach them.

let server: MockServer
let b: SignedIn
let n = 0
const key = () => `household-test-${++n}`

beforeEach(async () => {
  server = createMockServer({ storage: memoryStorage(), clock: fixedClock('2026-11-22T02:00:00Z'), faults: { latencyMinMs: 0, latencyMaxMs: 0 } })
  b = await signedIn(server, '李建国')
})

const NAMES: Record<string, Who> = { '李*国': '李建国', '王*英': '王秀英', '周*强': '周志强' }
/** A session of another demo member (over the wire, with its own token). */
async function as(maskedName: string): Promise<void> {
  b = await signedIn(server, NAMES[maskedName])
}

const registration = (documentNumber: string, name: string, relation: RegisterAuthorizationRequest['relation']): Omit<RegisterAuthorizationRequest, 'ticket'> => ({
  documentType: 'residentId',
  documentNumber,
  name,
  relation,
  promiseVersion: '2026-12',
  proofIds: [],
  idempotencyKey: key(),
})
const bindBaby = () => b.registerAuthorization(registration('360602202503081133', '李小宝', 'child'))
const bindWife = () => b.registerAuthorization(registration('360602198809212424', '王秀英', 'spouse'))

describe('getHouseholdAccount: the household 门诊家庭账户 in one answer (seed 000 §二)', () => {
  it('answers 王秀英 (a resident member): 270.00 credited on 2026-01-01 for three masked residents, uses newest first, totals that add up', async () => {
    await as('王*英')
    const v = (await b.getHouseholdAccount())!
    expect(v).not.toBeNull()
    expect(v).toMatchObject({ year: 2026, cityName: '鹰潭', month: '2026-11', allowanceFen: 27000, source: '鹰潭市2025年医保政策解读' })
    expect(v.credits.reduce((s, c) => s + c.amountFen, 0)).toBe(v.allowanceFen)
    expect(v.credits.map((c) => [c.person?.maskedName, c.amountFen, c.day]).sort()).toEqual([
      ['李*宝', 9000, '2026-01-01'],
      ['李*明', 9000, '2026-01-01'],
      ['王*英', 9000, '2026-01-01'],
    ])
    expect(v.uses.length).toBeGreaterThan(0)
    const days = v.uses.map((u) => u.day)
    expect(days).toEqual([...days].sort().reverse())
    expect(v.uses.every((u) => u.day.startsWith('2026') && u.amountFen > 0)).toBe(true)
    const sum = v.uses.reduce((s, u) => s + u.amountFen, 0)
    expect(v.yearFen).toBe(sum)
    expect(v.balanceFen).toBe(v.allowanceFen - sum)
    expect(v.monthFen).toBe(v.uses.filter((u) => u.day.startsWith('2026-11')).reduce((s, u) => s + u.amountFen, 0))
    expectNoPersonalData(v)
  })

  it('credits only residents covered for the 年度 by today, and the credits add up to the allowance (2027-01-02: 李德明 alone)', async () => {
    server = createMockServer({ storage: memoryStorage(), clock: fixedClock('2027-01-02T02:00:00Z'), faults: { latencyMinMs: 0, latencyMaxMs: 0 } })
    await as('王*英')
    const v = (await b.getHouseholdAccount())!
    expect(v).toMatchObject({ year: 2027, allowanceFen: 9000 })
    expect(v.credits.map((c) => [c.person?.maskedName, c.amountFen, c.day])).toEqual([['李*明', 9000, '2027-01-01']])
    expect(v.credits.reduce((s, c) => s + c.amountFen, 0)).toBe(v.allowanceFen)
  })

  it('lists the place table of the city, usable first as the seed has it, and the balance matches 账户余额查询', async () => {
    await as('王*英')
    const v = (await b.getHouseholdAccount())!
    expect(v.places.filter((p) => p.usable).map((p) => p.label)).toEqual(['乡卫生院', '社区卫生服务中心', '村卫生计生服务室', '县级中医院（中医药治疗）'])
    expect(v.places.find((p) => p.place === 'cityHospital')).toMatchObject({ usable: false, note: '不支持门诊统筹支付' })
    expect((await b.getBalances()).outpatientFamilyAccount!.remainingFen).toBe(v.balanceFen)
  })

  it('a visit drawn on the account shows at the top, in the month and year totals', async () => {
    await as('王*英')
    const before = (await b.getHouseholdAccount())!
    const spent = await b.spend({ personRef: 'self', place: 'communityCenter', placeName: '月湖区东湖社区卫生服务中心', kind: 'outpatient', amountFen: 1000, idempotencyKey: key() })
    expect(spent.ok).toBe(true)
    const after = (await b.getHouseholdAccount())!
    expect(after.uses[0]).toMatchObject({ person: { maskedName: '王*英' }, placeName: '月湖区东湖社区卫生服务中心', kind: 'outpatient', amountFen: 1000, day: '2026-11-22' })
    expect(after.monthFen).toBe(before.monthFen + 1000)
    expect(after.yearFen).toBe(before.yearFen + 1000)
    expect(after.balanceFen).toBe(before.balanceFen - 1000)
  })

  it('names the children of a parent: 李建国 once 李小宝 is bound as 子女, and his 配偶 王秀英 once she is bound too', async () => {
    expect((await b.getHouseholdAccount())!.children).toEqual([])
    await bindBaby()
    expect((await b.getHouseholdAccount())!.children.map((c) => c.maskedName)).toEqual(['李*宝'])
    await bindWife()
    await as('王*英')
    expect((await b.getHouseholdAccount())!.children.map((c) => c.maskedName)).toEqual(['李*宝'])
  })

  it("shows an authorizer who is not of the household whose visits only for users bound to him; the others' uses as amount and day, totals whole", async () => {
    const own = (await as('王*英'), (await b.getHouseholdAccount())!)
    b = await signedIn(server, '李建国')
    const v = (await b.getHouseholdAccount())!
    expect(v.uses.map((u) => [u.id, u.day, u.amountFen])).toEqual(own.uses.map((u) => [u.id, u.day, u.amountFen]))
    expect([v.balanceFen, v.yearFen, v.monthFen]).toEqual([own.balanceFen, own.yearFen, own.monthFen])
    const named = v.uses.filter((u) => u.person)
    const others = v.uses.filter((u) => !u.person)
    expect(named.length).toBeGreaterThan(0)
    expect(named.every((u) => u.person!.maskedName === '李*明' && u.placeName && u.kind)).toBe(true)
    expect(others.length).toBe(own.uses.filter((u) => u.person!.maskedName !== '李*明').length)
    expect(others.length).toBeGreaterThan(0)
    expect(others.every((u) => Object.keys(u).sort().join() === 'amountFen,day,id')).toBe(true)
    expect(JSON.stringify(v.uses)).not.toContain('王*英')
    expect(JSON.stringify(v.uses)).not.toContain('李*宝')
    // The credits likewise: whose only for 李德明; the others' as amount and day (whether 王秀英 paid is hers to tell).
    expect(v.credits.length).toBe(own.credits.length)
    expect(v.credits.map((c) => [c.amountFen, c.day])).toEqual(own.credits.map((c) => [c.amountFen, c.day]))
    expect(v.credits.filter((c) => c.person).map((c) => c.person!.maskedName)).toEqual(['李*明'])
    const anonymous = v.credits.filter((c) => !c.person)
    expect(anonymous.length).toBe(2)
    expect(anonymous.every((c) => Object.keys(c).sort().join() === 'amountFen,day')).toBe(true)
    expect(JSON.stringify(v.credits)).not.toContain('王*英')
  })

  it("answers an authorizer bound to a household member with that household only; once unbound, null (a refusal says nothing)", async () => {
    // 李建国 is not of the household: of the three credits, whose only for his 李德明.
    expect((await b.getHouseholdAccount())!.credits.map((c) => c.person?.maskedName ?? '–').sort()).toEqual(['–', '–', '李*明'])
    await as('周*强')
    // Bound to 李建芳 (鹰潭 resident): her household's account, nothing of 李家's.
    expect((await b.getHouseholdAccount())!.credits.map((c) => c.person?.maskedName)).toEqual(['李*芳'])
    await as('李*国')
    const dad = (await b.listAuthorizations()).asAuthorizer.find((a) => a.user.maskedName === '李*明' && a.status === 'active')!
    expect((await b.cancelAuthorization({ authorizationId: dad.id, idempotencyKey: key() })).ok).toBe(true)
    expect(await b.getHouseholdAccount()).toBeNull()
  })
})

describe('getPayment: an order by its number (NOT_FOUND unless the caller paid or was paid for)', () => {
  it('gives the payer and the person paid for the same receipt; a JX number of date and sequence', async () => {
    await bindWife()
    const wife = (await b.listAuthorizations()).asAuthorizer.find((a) => a.user.maskedName === '王*英')!.user.ref
    const paid = await b.payResidentPremium({ personRefs: [wife], idempotencyKey: key() })
    if (!paid.ok) throw new Error('payment refused')
    expect(paid.value.orderNo).toMatch(/^JX20261122\d{6}$/)
    expect(await b.getPayment(paid.value.orderNo)).toEqual(paid.value)
    await as('周*强')
    const refused = await b.getPayment(paid.value.orderNo).catch((e: { code: string; message: string }) => [e.code, e.message])
    const unknown = await b.getPayment('JX20261122999999').catch((e: { code: string; message: string }) => [e.code, e.message])
    expect(refused).toEqual(['NOT_FOUND', '未找到该缴费记录'])
    expect(unknown).toEqual(refused)
  })
})

describe('getPayment: the payer sees the whole order, a person paid for only her own line', () => {
  it('gives the payer balances and every line; 王秀英 her line and its amount, no balance and nobody else', async () => {
    await bindWife()
    const wife = (await b.listAuthorizations()).asAuthorizer.find((a) => a.user.maskedName === '王*英')!.user.ref
    const paid = await b.payHuiminbao({ personRefs: ['self', wife], idempotencyKey: key() })
    if (!paid.ok) throw new Error('payment refused')
    const whole = await b.getPayment(paid.value.orderNo)
    expect(whole).toEqual(paid.value)
    expect(whole.lines).toHaveLength(2)
    expect(typeof whole.balanceBeforeFen).toBe('number')
    expect(typeof whole.balanceAfterFen).toBe('number')
    await as('王*英')
    const hers = await b.getPayment(paid.value.orderNo)
    const line = paid.value.lines.find((l) => l.person.ref === wife)!
    expect(hers.lines).toEqual([line])
    expect(hers.totalFen).toBe(line.amountFen)
    expect(hers).not.toHaveProperty('balanceBeforeFen')
    expect(hers).not.toHaveProperty('balanceAfterFen')
    expect(hers).toMatchObject({ orderNo: paid.value.orderNo, kind: 'huiminbao', year: paid.value.year, payer: paid.value.payer, paidAt: paid.value.paidAt })
  })
})

describe('recordTotals: what 共济使用明细 lists, totalled per person and per month', () => {
  it('adds up to the listed records for the same filters, and each person and month adds up to the total', async () => {
    for (const q of [{}, { personRef: 'family' }, { personRef: 'self', month: '2026-10' }, { kind: 'drug' as const }]) {
      const t = await b.recordTotals(q)
      let listed = await b.listRecords({ pageSize: 100, ...q })
      let all = listed.items
      while (listed.nextCursor) {
        listed = await b.listRecords({ pageSize: 100, cursor: listed.nextCursor, ...q })
        all = [...all, ...listed.items]
      }
      expect(t.count).toBe(listed.total)
      expect(t.count).toBeGreaterThan(0)
      expect(t.totalFen).toBe(all.reduce((s, r) => s + r.amountFen, 0))
      expect(t.byPerson.reduce((s, p) => s + p.totalFen, 0)).toBe(t.totalFen)
      expect(t.byMonth.reduce((s, p) => s + p.totalFen, 0)).toBe(t.totalFen)
    }
  })

  it("tells the authorizer what his family drew from his 历年余额 in the server's month", async () => {
    const before = await b.recordTotals({ personRef: 'family' })
    expect(before.month).toBe('2026-11')
    const dad = (await b.listAuthorizations()).asAuthorizer.find((a) => a.user.maskedName === '李*明' && a.status === 'active')!.user.ref
    // A city hospital: the household account does not pay there, his 历年余额 does.
    // Settled for him by the place (nobody settles another member's visit).
    const spent = await server.control.settleAtPlace({ patientRef: dad, place: 'cityHospital', placeName: '鹰潭市人民医院', kind: 'outpatient', amountFen: 5000, idempotencyKey: key() })
    expect(spent.ok && spent.value.authorizerFen).toBe(5000)
    const after = await b.recordTotals({ personRef: 'family' })
    expect(after.monthFen).toBe(before.monthFen + 5000)
    expect(after.byPerson.find((p) => p.person.maskedName === '李*明')).toMatchObject({ relation: 'parent' })
  })
})
