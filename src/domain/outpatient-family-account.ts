import type { CityPolicy } from './policy'

// 门诊家庭账户 (seed 000 §二): 90 元 per resident member per year in Yingtan, shared in the household.
export function outpatientAllowanceFen(policy: CityPolicy, residentMembers: number): number {
  return (policy.outpatientFamilyAccount?.allowancePerResidentFen ?? 0) * residentMembers
}
