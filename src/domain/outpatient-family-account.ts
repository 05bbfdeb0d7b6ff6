import type { Insurance } from './people'
import type { CityPolicy } from './policy'

/**
 * The household's 门诊家庭账户 for a year (seed 000 §二): 90 元 for each resident member whose insurance is
 * normal, one pool the household's members share; a resident whose status is 暂停 adds nothing (domain.md).
 * Undefined where the city has no such account.
 */
export function outpatientAllowanceFen(policy: CityPolicy, members: readonly Insurance[]): number | undefined {
  const perResident = policy.outpatientFamilyAccount?.allowancePerResidentFen
  if (perResident === undefined) return undefined
  return perResident * members.filter((m) => m.scheme === 'resident' && m.status === 'normal').length
}
