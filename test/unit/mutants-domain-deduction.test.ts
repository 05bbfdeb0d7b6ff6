// Survivors of the mutation run over src/domain/deduction.ts (StrykerJS, issue 20 item 9): every refusal's words
// (they say what is missing, in 元, and why), the largest amount accepted, and balances below zero drawing nothing.
import { deduct, type Funds } from '@/domain/deduction'
import { MAX_FEN } from '@/domain/money'
import { policyFor } from '@/domain/policy'

const yingtan = policyFor('yingtan', 2026)
const drug = (amountFen: number) => ({ amountFen, kind: 'drug' as const, place: 'pharmacy' as const })
const own = (currentYearFen: number, carriedOverFen: number): Funds => ({ spenderStatus: 'normal', own: { currentYearFen, carriedOverFen, policy: yingtan } })
const bound = (carriedOverFen: number): Funds => ({ spenderStatus: 'normal', authorizer: { carriedOverFen, policy: yingtan } })

describe('deduct: each refusal in words', () => {
  it.each([
    ['a zero amount', drug(0), own(100, 0), { code: 'BAD_AMOUNT', message: '金额无效，请输入大于 0 的金额' }],
    ['a terminated spender', drug(500), { ...own(10000, 0), spenderStatus: 'terminated' }, { code: 'SPENDER_INACTIVE', message: '医保关系终止，不能使用医保账户支付', next: '请先到参保地医保经办机构恢复参保' }],
    ['own account short, nobody bound', drug(12000), own(10000, 1000), { code: 'INSUFFICIENT', message: '账户余额不足：还差 10.00 元', next: '差额请以其他方式支付' }],
    ['a kind the own account never pays', { amountFen: 5000, kind: 'publicHealth', place: 'communityCenter' }, own(100000, 0), { code: 'KIND_NOT_PAYABLE', message: '公共卫生费用不能使用医保个人账户支付', next: '请以其他方式支付' }],
    ['a resident at a place her 门诊家庭账户 does not reach', { amountFen: 5000, kind: 'outpatient', place: 'cityHospital' }, { spenderStatus: 'normal', outpatientFamily: { remainingFen: 27000, policy: yingtan } }, { code: 'NOT_COVERED', message: '在市级及以上医院的普通门诊费用没有可用的医保账户资金', next: '请以其他方式支付' }],
    ['out of province from shared funds', { amountFen: 5000, kind: 'drug', place: 'outOfProvince' }, bound(328050), { code: 'CROSS_PROVINCE', message: '共济资金仅限本省省域内使用，跨省异地就医暂不支持', next: '跨省就医费用请使用本人账户或自行支付' }],
    ['a kind the authorizer’s city does not share', { amountFen: 50000, kind: 'inpatient', place: 'cityHospital' }, bound(328050), { code: 'KIND_NOT_PAYABLE', message: '鹰潭住院费用不能使用共济资金：需通过医保统筹基金报销' }],
    ['short of the authorizer’s 历年余额', drug(12000), bound(10000), { code: 'INSUFFICIENT', message: '共济账户余额不足：还差 20.00 元', next: '差额请以其他方式支付' }],
  ] as const)('%s', (_n, expense, funds, reason) => expect(deduct(expense, funds)).toEqual({ ok: false, reason }))
})

describe('deduct: amounts at the edges', () => {
  it('accepts the largest amount the app takes, refuses one fen more', () => {
    expect(deduct(drug(MAX_FEN), bound(MAX_FEN))).toEqual({ ok: true, value: { ownCurrentYearFen: 0, ownCarriedOverFen: 0, outpatientFamilyFen: 0, authorizerFen: MAX_FEN } })
    expect(deduct(drug(MAX_FEN + 1), bound(MAX_FEN + 1))).toMatchObject({ ok: false, reason: { code: 'BAD_AMOUNT' } })
  })
  it('refuses a negative amount', () => expect(deduct(drug(-100), bound(1000))).toMatchObject({ ok: false, reason: { code: 'BAD_AMOUNT' } }))
  it('an overdrawn own account (below zero) gives nothing, and the whole shortfall is counted against the authorizer', () => {
    expect(deduct(drug(5000), { ...own(-300, -200), ...bound(5000) })).toEqual({ ok: true, value: { ownCurrentYearFen: 0, ownCarriedOverFen: 0, outpatientFamilyFen: 0, authorizerFen: 5000 } })
  })
  it('an authorizer below zero: the whole amount is missing', () => {
    expect(deduct(drug(5000), bound(-700))).toMatchObject({ ok: false, reason: { code: 'INSUFFICIENT', message: '共济账户余额不足：还差 50.00 元' } })
  })
})

describe('deduct: a household without a 门诊家庭账户 in its city', () => {
  it('a 宜春 resident’s visit skips the pool the city does not have and draws on the authorizer', () => {
    const yichun = policyFor('yichun', 2026)
    const funds: Funds = { spenderStatus: 'normal', outpatientFamily: { remainingFen: 9000, policy: yichun }, authorizer: { carriedOverFen: 10000, policy: yichun } }
    expect(deduct({ amountFen: 5000, kind: 'outpatient', place: 'communityCenter' }, funds)).toEqual({ ok: true, value: { ownCurrentYearFen: 0, ownCarriedOverFen: 0, outpatientFamilyFen: 0, authorizerFen: 5000 } })
  })
})
