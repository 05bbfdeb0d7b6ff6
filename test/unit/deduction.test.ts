import { splitExpense } from '@/domain/deduction'
import { policyFor } from '@/domain/policy'

const yingtan = policyFor('yingtan', 2026)
const yichun = policyFor('yichun', 2026)

describe('deduction order: own account first, then the authorizer (seed 001)', () => {
  it.each([
    ['own covers all', 5000, 10000, 328050, { ownFen: 5000, authorizerFen: 0 }],
    ['own covers part', 12000, 10000, 328050, { ownFen: 10000, authorizerFen: 2000 }],
    ['no own account', 12000, 0, 328050, { ownFen: 0, authorizerFen: 12000 }],
    ['exactly the rest of the authorizer', 12000, 2000, 10000, { ownFen: 2000, authorizerFen: 10000 }],
  ])('%s', (_name, amountFen, own, shared, split) => {
    expect(splitExpense({ amountFen, kind: 'drug', place: 'pharmacy' }, own, shared, yingtan)).toEqual({ ok: true, value: split })
  })

  it.each([
    ['Yingtan inpatient (seed 000: 住院费用 否)', yingtan, 'inpatient', 'communityCenter', 'KIND_NOT_PAYABLE'],
    ['Yingtan special outpatient (seed 000)', yingtan, 'specialOutpatient', 'cityHospital', 'KIND_NOT_PAYABLE'],
    ['public health anywhere', yichun, 'publicHealth', 'communityCenter', 'KIND_NOT_PAYABLE'],
    ['fitness anywhere', yingtan, 'fitness', 'pharmacy', 'KIND_NOT_PAYABLE'],
    ['maternity outpatient', yichun, 'maternityOutpatient', 'cityHospital', 'KIND_NOT_PAYABLE'],
    ['cross-province (seed 001)', yichun, 'drug', 'outOfProvince', 'CROSS_PROVINCE'],
  ] as const)('refuses %s', (_name, policy, kind, place, code) => {
    const r = splitExpense({ amountFen: 50000, kind, place }, 0, 328050, policy)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason.code).toBe(code)
  })

  it('lets Yichun pay the personal share of inpatient costs (seed 001, 国办发〔2021〕14号)', () => {
    expect(splitExpense({ amountFen: 50000, kind: 'inpatient', place: 'cityHospital' }, 0, 328050, yichun)).toEqual({ ok: true, value: { ownFen: 0, authorizerFen: 50000 } })
  })

  it('never overdraws the authorizer (seed 000: 不可透支)', () => {
    const r = splitExpense({ amountFen: 400000, kind: 'drug', place: 'pharmacy' }, 1000, 328050, yingtan)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.reason.code).toBe('INSUFFICIENT')
      expect(r.reason.message).toContain('709.50')
    }
  })
})
