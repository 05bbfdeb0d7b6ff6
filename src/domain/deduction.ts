import { STATUS_LABELS, type InsuranceStatus } from './people'
import type { CityPolicy, Place, SpendingKind } from './policy'
import { PLACE_LABELS, SPENDING_KIND_LABELS } from './policy'
import { formatYuan, MAX_FEN } from './money'
import { fail, ok, type Checked } from './result'

export type DeductionRefusal = 'BAD_AMOUNT' | 'SPENDER_INACTIVE' | 'KIND_NOT_PAYABLE' | 'CROSS_PROVINCE' | 'INSUFFICIENT' | 'NOT_COVERED'

export interface Expense {
  amountFen: number
  kind: SpendingKind
  place: Place
}

/** The money a visit may draw on, each with the policy of the city whose fund it is. */
export interface Funds {
  /** The spender's insurance status: a suspended or terminated insurance draws on no account. */
  spenderStatus: InsuranceStatus
  /** The spender's own personal account (职工医保 members). */
  own?: { currentYearFen: number; carriedOverFen: number; policy: CityPolicy }
  /** What is left of the household's 门诊家庭账户 this year (Yingtan residents, seed 000 §二). */
  outpatientFamily?: { remainingFen: number; policy: CityPolicy }
  /** The authorizer's 历年余额, when the spender is a bound user. */
  authorizer?: { carriedOverFen: number; policy: CityPolicy }
}

/** Where each fen of the expense comes from; the four parts add up to the amount. */
export interface Deduction {
  ownCurrentYearFen: number
  ownCarriedOverFen: number
  outpatientFamilyFen: number
  authorizerFen: number
}

const take = (rest: number, balanceFen: number) => Math.min(rest, Math.max(0, balanceFen))

/**
 * The deduction order of shared/domain.md "Spending": the spender's own funds first — her own personal
 * account, then the household's 门诊家庭账户 where place and kind allow — and only the shortfall from the
 * authorizer's 历年余额 (seed 001 "先个人账户后绑定账户"), for kinds the authorizer's city allows, inside
 * Jiangxi, never below zero (seed 000 "不可透支"). All or nothing: a visit the funds cannot cover is
 * refused with its reason, and nothing is drawn.
 */
export function deduct(expense: Expense, funds: Funds): Checked<Deduction, DeductionRefusal> {
  const { amountFen, kind, place } = expense
  if (!Number.isSafeInteger(amountFen) || amountFen <= 0 || amountFen > MAX_FEN) return fail('BAD_AMOUNT', '金额无效，请输入大于 0 的金额')
  if (funds.spenderStatus !== 'normal') {
    return fail('SPENDER_INACTIVE', `医保关系${STATUS_LABELS[funds.spenderStatus]}，不能使用医保账户支付`, '请先到参保地医保经办机构恢复参保')
  }
  const d: Deduction = { ownCurrentYearFen: 0, ownCarriedOverFen: 0, outpatientFamilyFen: 0, authorizerFen: 0 }
  let rest = amountFen
  let applicable = false

  const own = funds.own
  if (own && own.policy.personalAccount.payable.includes(kind)) {
    applicable = true
    const current = () => {
      d.ownCurrentYearFen = take(rest, own.currentYearFen)
      rest -= d.ownCurrentYearFen
    }
    const carried = () => {
      d.ownCarriedOverFen = take(rest, own.carriedOverFen)
      rest -= d.ownCarriedOverFen
    }
    if (own.policy.personalAccount.currentYearFirst) {
      current()
      carried()
    } else {
      carried()
      current()
    }
  }

  const pool = funds.outpatientFamily
  const poolRule = pool?.policy.outpatientFamilyAccount
  if (pool && poolRule && poolRule.places[place].usable && poolRule.kinds.payable.includes(kind)) {
    applicable = true
    d.outpatientFamilyFen = take(rest, pool.remainingFen)
    rest -= d.outpatientFamilyFen
  }
  if (rest === 0) return ok(d)

  const authorizer = funds.authorizer
  if (!authorizer) {
    if (applicable) return fail('INSUFFICIENT', `账户余额不足：还差 ${formatYuan(rest)} 元`, '差额请以其他方式支付')
    if (own) return fail('KIND_NOT_PAYABLE', `${SPENDING_KIND_LABELS[kind]}费用不能使用医保个人账户支付`, '请以其他方式支付')
    return fail('NOT_COVERED', `在${PLACE_LABELS[place]}的${SPENDING_KIND_LABELS[kind]}费用没有可用的医保账户资金`, '请以其他方式支付')
  }
  const policy = authorizer.policy
  if (place === 'outOfProvince' && !policy.crossProvinceSpending.payable) {
    return fail('CROSS_PROVINCE', policy.crossProvinceSpending.note, '跨省就医费用请使用本人账户或自行支付')
  }
  const rule = policy.spending[kind]
  if (!rule.payable) {
    return fail('KIND_NOT_PAYABLE', `${policy.cityName}${SPENDING_KIND_LABELS[kind]}费用不能使用共济资金：${rule.note}`)
  }
  if (rest > Math.max(0, authorizer.carriedOverFen)) {
    return fail('INSUFFICIENT', `共济账户余额不足：还差 ${formatYuan(rest - Math.max(0, authorizer.carriedOverFen))} 元`, '差额请以其他方式支付')
  }
  d.authorizerFen = rest
  return ok(d)
}
