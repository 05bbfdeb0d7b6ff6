import { estimatePooling } from '@/domain/pooling'
import { policyFor } from '@/domain/policy'

const rule = policyFor('yichun', 2026).outpatientPooling!

describe('宜春 普通门诊统筹 estimate (seed 001)', () => {
  it('pays nothing under the 600 元 deductible', () => {
    expect(estimatePooling([{ amountFen: 50000, level: 'level1' }], false, rule)).toMatchObject({ paidFen: 0, deductibleUsedFen: 50000 })
  })
  it.each([
    ['level1', false, 60, 60000],
    ['level2', false, 55, 55000],
    ['level3', false, 50, 50000],
    ['level1', true, 65, 65000],
    ['level3', true, 55, 55000],
  ] as const)('%s retiree=%s pays %i%% above the deductible', (level, retiree, ratio, paid) => {
    const e = estimatePooling([{ amountFen: 160000, level }], retiree, rule)
    expect(e.lines[0].ratio).toBe(ratio)
    expect(e.paidFen).toBe(paid)
    expect(e.selfFen).toBe(160000 - paid)
  })
  it('stops at the 1,800 元 cap, 2,000 元 for retirees', () => {
    expect(estimatePooling([{ amountFen: 1000000, level: 'level1' }], false, rule)).toMatchObject({ paidFen: 180000, capReached: true })
    expect(estimatePooling([{ amountFen: 1000000, level: 'level1' }], true, rule)).toMatchObject({ paidFen: 200000, capReached: true })
  })
  it('spreads the deductible over several expenses in order', () => {
    const e = estimatePooling([{ amountFen: 40000, level: 'level3' }, { amountFen: 40000, level: 'level1' }], false, rule)
    expect(e.lines.map((l) => l.deductibleFen)).toEqual([40000, 20000])
    expect(e.paidFen).toBe(12000)
  })
})
