import type { CityPolicy, Place, SpendingKind } from './policy'
import { SPENDING_KIND_LABELS } from './policy'
import { formatYuan } from './money'
import { fail, ok, type Checked } from './result'

export type DeductionRefusal = 'KIND_NOT_PAYABLE' | 'CROSS_PROVINCE' | 'INSUFFICIENT'

export interface Expense {
  amountFen: number
  kind: SpendingKind
  place: Place
}

export interface Split {
  ownFen: number
  authorizerFen: number
}

/**
 * How an expense is paid: the user's own account first, then the authorizer's 历年余额 for the shortfall
 * (seed 001 "先个人账户后绑定账户"). Shared funds only for kinds the city allows, only inside Jiangxi,
 * never below zero (seed 000 "不可透支").
 */
export function splitExpense(
  expense: Expense,
  userOwnBalanceFen: number,
  authorizerCarriedOverFen: number,
  policy: CityPolicy,
): Checked<Split, DeductionRefusal> {
  const ownFen = Math.min(expense.amountFen, Math.max(0, userOwnBalanceFen))
  const shortfall = expense.amountFen - ownFen
  if (shortfall === 0) return ok({ ownFen, authorizerFen: 0 })
  if (expense.place === 'outOfProvince') {
    return fail('CROSS_PROVINCE', policy.crossProvinceSpending.note, '跨省就医费用请使用本人账户或自行支付')
  }
  const rule = policy.spending[expense.kind]
  if (!rule.payable) {
    return fail('KIND_NOT_PAYABLE', `${policy.cityName}${SPENDING_KIND_LABELS[expense.kind]}费用不能使用共济资金：${rule.note}`)
  }
  if (shortfall > Math.max(0, authorizerCarriedOverFen)) {
    return fail('INSUFFICIENT', `共济账户余额不足：还差 ${formatYuan(shortfall - Math.max(0, authorizerCarriedOverFen))} 元`, '差额请以其他方式支付')
  }
  return ok({ ownFen, authorizerFen: shortfall })
}
