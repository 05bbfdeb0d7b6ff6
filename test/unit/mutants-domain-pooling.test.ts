// Survivors of the mutation run over src/domain/pooling.ts and outpatient-family-account.ts (StrykerJS, issue 20
// item 9): the 宜春 普通门诊统筹 estimate in fen at its edges, and the 门诊家庭账户 credits.
import { estimatePooling } from '@/domain/pooling'
import { outpatientCredits, type HouseholdMember } from '@/domain/outpatient-family-account'
import type { Insurance } from '@/domain/people'
import { policyFor } from '@/domain/policy'

const rule = policyFor('yichun', 2026).outpatientPooling!

describe('宜春 普通门诊统筹 estimate in fen (seed 001)', () => {
  it('one visit above the deductible: every figure', () => {
    expect(estimatePooling([{ amountFen: 70001, level: 'level2' }], false, rule)).toEqual({
      totalFen: 70001,
      deductibleUsedFen: 60000,
      paidFen: 5500, // floor(10001 × 55 / 100) = 5500.55 → 5500
      selfFen: 64501,
      capFen: 180000,
      capReached: false,
      lines: [{ amountFen: 70001, level: 'level2', deductibleFen: 60000, ratio: 55, paidFen: 5500 }],
    })
  })
  it('a deductible already met this year is not asked again; more than met asks nothing', () => {
    expect(estimatePooling([{ amountFen: 10000, level: 'level1' }], false, rule, 55000)).toMatchObject({ deductibleUsedFen: 5000, paidFen: 3000 })
    expect(estimatePooling([{ amountFen: 10000, level: 'level1' }], false, rule, 90000)).toMatchObject({ deductibleUsedFen: 0, paidFen: 6000 })
  })
  it('the cap counts over several visits, the last one paid only up to it', () => {
    const e = estimatePooling([{ amountFen: 360000, level: 'level1' }, { amountFen: 100000, level: 'level1' }], false, rule)
    expect(e.lines.map((l) => l.paidFen)).toEqual([180000, 0])
    expect(e).toMatchObject({ paidFen: 180000, capReached: true, selfFen: 280000, totalFen: 460000 })
  })
  it('exactly at the cap is reached; one fen under is not', () => {
    expect(estimatePooling([{ amountFen: 360000, level: 'level1' }], false, rule).capReached).toBe(true)
    expect(estimatePooling([{ amountFen: 359999, level: 'level1' }], false, rule)).toMatchObject({ paidFen: 179999, capReached: false })
  })
  it('nothing spent: nothing paid, cap not reached, the retiree cap shown', () => {
    expect(estimatePooling([], true, rule)).toEqual({ totalFen: 0, deductibleUsedFen: 0, paidFen: 0, selfFen: 0, capFen: 200000, capReached: false, lines: [] })
  })
})

describe('门诊家庭账户 credits: who, how much, from which day (seed 000 §二, domain.md)', () => {
  const resident: Insurance = { scheme: 'resident', status: 'normal', province: 'jiangxi', city: 'yingtan', placeName: '鹰潭' }
  const m = (name: string, coveredFrom?: string, patch: Partial<Insurance> = {}) => ({ name, insurance: { ...resident, ...patch }, coveredFrom }) as HouseholdMember & { name: string }
  it('credits each covered resident 90 元 on the day her cover starts, once that day has come', () => {
    const members = [m('王秀英', '2027-01-01'), m('李小宝', '2027-01-06'), m('张桂兰', '2027-01-01', { status: 'suspended' }), m('李建国', '2027-01-01', { scheme: 'employee' }), m('李德明')]
    expect(outpatientCredits(policyFor('yingtan', 2027), members, '2027-01-05').map((c) => [c.member.name, c.amountFen, c.day])).toEqual([['王秀英', 9000, '2027-01-01']])
    expect(outpatientCredits(policyFor('yingtan', 2027), members, '2027-01-06').map((c) => [c.member.name, c.amountFen, c.day])).toEqual([
      ['王秀英', 9000, '2027-01-01'],
      ['李小宝', 9000, '2027-01-06'],
    ])
  })
  it('credits nothing where the city has no such account', () => expect(outpatientCredits(policyFor('yichun', 2027), [m('王秀英', '2027-01-01')], '2027-06-01')).toEqual([]))
})
