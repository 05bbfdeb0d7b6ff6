import { deduct, type Funds } from '@/domain/deduction'
import { policyFor, type Place, type SpendingKind } from '@/domain/policy'

const yingtan = policyFor('yingtan', 2026)
const yichun = policyFor('yichun', 2026)

const drug = (amountFen: number) => ({ amountFen, kind: 'drug' as const, place: 'pharmacy' as const })
const visit = (amountFen: number, place: Place = 'communityCenter', kind: SpendingKind = 'outpatient') => ({ amountFen, kind, place })
const parts = (ownCurrentYearFen: number, ownCarriedOverFen: number, outpatientFamilyFen: number, authorizerFen: number) => ({ ok: true, value: { ownCurrentYearFen, ownCarriedOverFen, outpatientFamilyFen, authorizerFen } })
const codeOf = (r: ReturnType<typeof deduct>) => (r.ok ? 'ok' : r.reason.code)

describe('deduction order: own funds first, then the authorizer (domain.md Spending; seed 001 先个人账户后绑定账户)', () => {
  const employee = (currentYearFen: number, carriedOverFen: number): Funds => ({ spenderStatus: 'normal', own: { currentYearFen, carriedOverFen, policy: yingtan } })
  const bound = (carriedOverFen: number, extra: Omit<Funds, 'spenderStatus'> = {}): Funds => ({ spenderStatus: 'normal', ...extra, authorizer: { carriedOverFen, policy: yingtan } })
  const household = (remainingFen: number): Funds => ({ spenderStatus: 'normal', outpatientFamily: { remainingFen, policy: yingtan } })

  it.each([
    ['own 当年 covers all', drug(5000), employee(10000, 328050), parts(5000, 0, 0, 0)],
    ['own 当年, then own 历年', drug(12000), employee(10000, 328050), parts(10000, 2000, 0, 0)],
    ['own account, then the authorizer', drug(12000), { ...employee(3000, 7000), ...bound(328050) }, parts(3000, 7000, 0, 2000)],
    ['no own account: all from the authorizer', drug(12000), bound(328050), parts(0, 0, 0, 12000)],
    ['exactly the rest of the authorizer', drug(12000), { ...employee(2000, 0), ...bound(10000) }, parts(2000, 0, 0, 10000)],
    ['门诊家庭账户 covers a community visit', visit(8000), household(27000), parts(0, 0, 8000, 0)],
    ['门诊家庭账户, then the authorizer for the rest', visit(30000), bound(328050, household(27000)), parts(0, 0, 27000, 3000)],
    ['an empty 门诊家庭账户 is skipped', visit(5000), bound(328050, household(0)), parts(0, 0, 0, 5000)],
    ['not the 门诊家庭账户 at a city hospital (seed 000 §二)', visit(5000, 'cityHospital'), bound(328050, household(27000)), parts(0, 0, 0, 5000)],
    ['not the 门诊家庭账户 at a pharmacy', drug(5000), bound(328050, household(27000)), parts(0, 0, 0, 5000)],
    ['not the 门诊家庭账户 for 自费医疗', visit(5000, 'townshipHospital', 'selfPay'), bound(328050, household(27000)), parts(0, 0, 0, 5000)],
    ['门诊家庭账户 at the county TCM hospital (限中医药治疗)', visit(5000, 'countyTcmHospital'), household(27000), parts(0, 0, 5000, 0)],
  ] as const)('%s', (_name, expense, funds, expected) => {
    expect(deduct(expense, funds)).toEqual(expected)
  })

  it('uses 历年 before 当年 where a city says so (the order is data)', () => {
    const policy = { ...yingtan, personalAccount: { ...yingtan.personalAccount, currentYearFirst: false } }
    expect(deduct(drug(12000), { spenderStatus: 'normal', own: { currentYearFen: 10000, carriedOverFen: 5000, policy } })).toEqual(parts(7000, 5000, 0, 0))
  })

  it.each([
    ['Yingtan inpatient from shared funds (seed 000: 住院费用 否)', { amountFen: 50000, kind: 'inpatient', place: 'communityCenter' }, bound(328050), 'KIND_NOT_PAYABLE'],
    ['Yingtan special outpatient (seed 000)', { amountFen: 50000, kind: 'specialOutpatient', place: 'cityHospital' }, bound(328050), 'KIND_NOT_PAYABLE'],
    ['public health, even with an own account', { amountFen: 5000, kind: 'publicHealth', place: 'communityCenter' }, employee(100000, 0), 'KIND_NOT_PAYABLE'],
    ['fitness from shared funds', { amountFen: 5000, kind: 'fitness', place: 'pharmacy' }, bound(328050), 'KIND_NOT_PAYABLE'],
    ['cross-province from shared funds (seed 001)', { amountFen: 5000, kind: 'drug', place: 'outOfProvince' }, bound(328050), 'CROSS_PROVINCE'],
    ['over the authorizer (seed 000: 不可透支)', drug(400000), { ...employee(1000, 0), ...bound(328050) }, 'INSUFFICIENT'],
    ['over the 门诊家庭账户 with no authorizer', visit(30000), household(27000), 'INSUFFICIENT'],
    ['over the own account with no authorizer', drug(12000), employee(10000, 1000), 'INSUFFICIENT'],
    ['a resident with no account that applies', visit(5000, 'cityHospital'), household(27000), 'NOT_COVERED'],
    ['a suspended spender, whatever the funds', drug(500), { ...employee(10000, 0), ...bound(328050), spenderStatus: 'suspended' }, 'SPENDER_INACTIVE'],
    ['a zero amount', drug(0), employee(10000, 0), 'BAD_AMOUNT'],
    ['a fractional amount', drug(12.5), employee(10000, 0), 'BAD_AMOUNT'],
  ] as const)('refuses %s', (_name, expense, funds, code) => {
    expect(codeOf(deduct(expense, funds))).toBe(code)
  })

  it('lets Yichun pay the personal share of inpatient costs (seed 001, 国办发〔2021〕14号)', () => {
    expect(deduct({ amountFen: 50000, kind: 'inpatient', place: 'cityHospital' }, { spenderStatus: 'normal', authorizer: { carriedOverFen: 152000, policy: yichun } })).toEqual(parts(0, 0, 0, 50000))
  })

  it('follows the city of each fund: a Yingtan resident bound to a Yichun member may draw his account for inpatient costs', () => {
    const funds: Funds = { spenderStatus: 'normal', outpatientFamily: { remainingFen: 9000, policy: yingtan }, authorizer: { carriedOverFen: 152000, policy: yichun } }
    expect(deduct({ amountFen: 50000, kind: 'inpatient', place: 'cityHospital' }, funds)).toEqual(parts(0, 0, 0, 50000))
  })

  it('says how much is missing, never overdrawing', () => {
    const r = deduct(drug(400000), { ...employee(1000, 0), ...bound(328050) })
    expect(!r.ok && r.reason.message).toContain('709.50')
  })
})
