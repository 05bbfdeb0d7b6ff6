import type { Insurance } from './people'
import { PLACE_LABELS, PLACES, type CityPolicy } from './policy'

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

/** Where the household's 门诊家庭账户 can be used (seed 000 §二 table), as people read the places. Empty where there is none. */
export function outpatientFamilyAccountPlaces(policy: CityPolicy): string[] {
  const places = policy.outpatientFamilyAccount?.places
  return places ? PLACES.filter((p) => places[p].usable).map((p) => PLACE_LABELS[p]) : []
}
