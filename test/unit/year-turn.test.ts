// Issue 20 item 4: the turn of the year (domain.md "The turn of the year"), one row per rule.
import { creditedAllowanceFen, type HouseholdMember } from '@/domain/outpatient-family-account'
import type { Insurance } from '@/domain/people'
import { policyFor } from '@/domain/policy'
import { turnYear } from '@/domain/year-turn'
import { mockWithClient, type ServerWithClient as MockBackend } from '../support/sessions'
import { fixedClock } from '@/services/mock/clock'
import { memoryStorage } from '@/services/mock/persist'
import { seedState } from '@/services/mock/seed'
import { coveredFrom } from '@/services/mock/spending'
import { asSeen } from '../support/seen'

describe('turnYear: on 01-01 the 当年余额 left moves into 历年余额 (domain.md)', () => {
  const a = { year: 2026, currentYearFen: 115000, carriedOverFen: 328050 }
  it.each([
    ['12-31: nothing moves', '2026-12-31', 0, { year: 2026, currentYearFen: 115000, carriedOverFen: 328050, movedFen: 0 }],
    ['01-01: the 当年 left moves', '2027-01-01', 0, { year: 2027, currentYearFen: 0, carriedOverFen: 443050, movedFen: 115000 }],
    ['01-01 with the new year’s allocation', '2027-01-01', 5000, { year: 2027, currentYearFen: 5000, carriedOverFen: 443050, movedFen: 115000 }],
    ['two years later: it moves once', '2028-03-01', 0, { year: 2028, currentYearFen: 0, carriedOverFen: 443050, movedFen: 115000 }],
  ])('%s', (_n, day, allocation, expected) => expect(turnYear(a, day, allocation)).toEqual(expected))
})

describe('the 门诊家庭账户 credit: 90 元 per resident covered that 年度, from the day the cover starts (seed 000 §二, domain.md)', () => {
  const resident: Insurance = { scheme: 'resident', status: 'normal', province: 'jiangxi', city: 'yingtan', placeName: '鹰潭' }
  const m = (coveredFrom?: string, status: Insurance['status'] = 'normal'): HouseholdMember => ({ insurance: { ...resident, status }, coveredFrom })
  it.each([
    ['all three covered on 01-01', [m('2027-01-01'), m('2027-01-01'), m('2027-01-01')], '2027-01-01', 27000],
    ['a premium unpaid counts nothing', [m('2027-01-01'), m(undefined), m(undefined)], '2027-01-01', 9000],
    ['a cover starting later counts from that day', [m('2027-01-01'), m('2027-01-06')], '2027-01-05', 9000],
    ['…and on that day', [m('2027-01-01'), m('2027-01-06')], '2027-01-06', 18000],
    ['nobody before birth (cover from the birth date)', [m('2025-01-01'), m('2025-03-08')], '2025-03-07', 9000],
    ['a 暂停 resident adds nothing', [m('2027-01-01'), m('2027-01-01', 'suspended')], '2027-01-01', 9000],
  ])('%s', (_n, members, day, fen) => expect(creditedAllowanceFen(policyFor('yingtan', 2027), members, day)).toBe(fen))
})

describe('the server turns the year on 01-01 of its clock', () => {
  const noLatency = { latencyMinMs: 0, latencyMaxMs: 0, timeoutMs: 0 }
  const at = (iso: string) => {
    const b = mockWithClient({ storage: memoryStorage(), clock: fixedClock(iso), faults: noLatency })
    return b
  }
  const pool = async (b: MockBackend, name = '李*明') => (await b.getBalances()).family.find((f) => f.person.maskedName === name)?.outpatientFamilyAccount
  const bind = async (b: MockBackend, documentNumber: string, name: string, relation: 'spouse' | 'child', key: string) => {
    const r = await b.registerAuthorization({ documentType: 'residentId', documentNumber, name, relation, promiseVersion: '2026-12', proofIds: [], idempotencyKey: key })
    if (!r.ok) throw new Error(`could not bind ${name}`)
    return r.value.user.ref
  }

  it.each([
    ['2026-12-31 (China): 当年 stays', '2026-12-31T15:59:00Z', { carriedOverFen: 328050, currentYearFen: 115000 }],
    ['2027-01-01 00:00 China: 当年 1,150.00 moves into 历年 (3,280.50 → 4,430.50)', '2026-12-31T16:00:00Z', { carriedOverFen: 443050, currentYearFen: 0 }],
  ])('%s', async (_n, iso, balances) => {
    const b = at(iso)
    expect((await b.getBalances()).personalAccount).toEqual(balances)
    // Booked: the ledger still adds up to the balances.
    const s = b.control.snapshot()
    for (const [part, field] of [['carried', 'carriedOverFen'], ['current', 'currentYearFen']] as const) {
      expect(s.ledger.filter((l) => l.account === `p-ljg:${part}`).reduce((a, l) => a + l.deltaFen, s.accounts['p-ljg'].opening[field])).toBe(s.accounts['p-ljg'][field])
    }
  })

  it('2027-01-01: the household pool holds 90.00 (李德明 paid; 王秀英 unpaid, 李小宝 not confirmed), and grows on the day each cover starts', async () => {
    const b = at('2027-01-05T02:00:00Z')
    const wife = await bind(b, '360602198809212424', '王秀英', 'spouse', 'key-bind-wife-1')
    const baby = await bind(b, '360602202503081133', '李小宝', 'child', 'key-bind-baby-1')
    expect(await pool(b)).toEqual({ allowanceFen: 9000, remainingFen: 9000 })
    expect((await b.payResidentPremium(await asSeen(b, 'residentPremium', { personRefs: [wife], idempotencyKey: 'key-pay-wife-2027' }))).ok).toBe(true)
    expect((await b.confirmNewbornExemption({ personRef: baby, idempotencyKey: 'key-exempt-baby-2027' })).ok).toBe(true)
    // Paid inside the window after 01-01: covered from the next day (domain.md), credited then.
    expect((await pool(b))?.allowanceFen).toBe(9000)
    b.control.clock.shiftDays(1)
    expect((await pool(b))?.allowanceFen).toBe(27000)
  })

  it('the demo year: 李小宝 counts from her birth (2025-03-08), never before', () => {
    const s = seedState()
    const household = s.people.find((p) => p.name === '王秀英')!.household
    const baby = s.people.find((p) => p.name === '李小宝')!
    expect([2025, 2026, 2027].map((y) => coveredFrom(s, baby, y))).toEqual(['2025-03-08', '2026-01-01', undefined])
    const pool2025 = s.pools[`${household}:2025`]
    expect(pool2025.allowanceFen).toBe(27000)
    // The demo year's turn on 2026-01-01 is booked for both employees.
    expect(s.ledger.filter((l) => l.ref === 'YEAR-2026').map((l) => [l.account, l.deltaFen])).toEqual([
      ['p-ljg:current', -62000],
      ['p-ljg:carried', 62000],
      ['p-zzq:current', -38000],
      ['p-zzq:carried', 38000],
    ])
    // No 2025 visit of 李建国's own drew on more 当年 than the 2025 当年 held.
    const opening = s.accounts['p-ljg'].opening.currentYearFen
    const drawn2025 = -s.ledger.filter((l) => l.account === 'p-ljg:current' && l.at < '2025-12-31T16:00:00.000Z').reduce((a, l) => a + l.deltaFen, 0)
    expect(opening - drawn2025).toBe(62000)
  })
})
