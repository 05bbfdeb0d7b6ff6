import type { Source } from './policy/sources'
import { PLACE_LABELS, SPENDING_KIND_LABELS, type CityPolicy, type Place, type SpendingKind } from './policy'

// 共济政策查询: "can this be paid from shared funds here?" answered from the policy tables, with the rule
// and its source, so a person sees why.
export interface PolicyReason {
  text: string
  source: Source
}

export interface PolicyAnswer {
  payable: boolean
  reasons: PolicyReason[]
}

export function sharedFundsAnswer(policy: CityPolicy, kind: SpendingKind, place: Place): PolicyAnswer {
  if (place === 'outOfProvince' && !policy.crossProvinceSpending.payable) {
    const rule = policy.crossProvinceSpending
    return { payable: false, reasons: [{ text: `${PLACE_LABELS[place]}：${rule.note}`, source: rule.source }] }
  }
  const rule = policy.spending[kind]
  return {
    payable: rule.payable,
    reasons: [{ text: `${policy.cityName}${SPENDING_KIND_LABELS[kind]}${rule.payable ? '可以' : '不可以'}使用共济资金：${rule.note}`, source: rule.source }],
  }
}

/** The Yingtan 门诊家庭账户 (seed 000 §二): outpatient care at the listed places only. Undefined where there is none. */
export function outpatientFamilyAccountAnswer(policy: CityPolicy, kind: SpendingKind, place: Place): PolicyAnswer | undefined {
  const ofa = policy.outpatientFamilyAccount
  if (!ofa) return undefined
  const rule = ofa.places[place]
  const reasons: PolicyReason[] = [{ text: `${PLACE_LABELS[place]}：${rule.usable ? '可以使用' : '不能使用'}（${rule.note}）`, source: rule.source }]
  const outpatient = ofa.kinds.payable.includes(kind)
  if (!outpatient) reasons.push({ text: `门诊家庭账户只用于门诊就诊费用，${SPENDING_KIND_LABELS[kind]}不能使用`, source: ofa.kinds.source })
  return { payable: rule.usable && outpatient, reasons }
}
