import type { Day } from './day'
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

/** A resident of the household and the first day she is covered for the 年度 (undefined: not covered). */
export interface HouseholdMember {
  insurance: Insurance
  coveredFrom?: Day
}

/**
 * The household's 门诊家庭账户 credit for a 年度 as of `day` (domain.md "The turn of the year"): 90 元 for each
 * resident covered for that 年度 (premium paid, or 新生儿免缴确认 done) whose cover has begun by `day` — on 01-01 for
 * those covered then, later on the day a later cover starts; nobody counts before birth (cover never starts
 * before it) nor while 暂停.
 */
export function creditedAllowanceFen(policy: CityPolicy, members: readonly HouseholdMember[], day: Day): number | undefined {
  return outpatientAllowanceFen(
    policy,
    members.filter((m) => m.coveredFrom !== undefined && m.coveredFrom <= day).map((m) => m.insurance),
  )
}

/** Where the household's 门诊家庭账户 can be used (seed 000 §二 table), as people read the places. Empty where there is none. */
export function outpatientFamilyAccountPlaces(policy: CityPolicy): string[] {
  const places = policy.outpatientFamilyAccount?.places
  return places ? PLACES.filter((p) => places[p].usable).map((p) => PLACE_LABELS[p]) : []
}

/**
 * What was credited to the household's 门诊家庭账户 for a 年度 as of `day`, for whom and on which day (shared/domain.md
 * "The turn of the year"): the same facts as `creditedAllowanceFen` — each resident with a normal status covered for
 * the 年度 (premium paid or 新生儿免缴确认 done) adds the city's allowance on the day her cover starts (01-01, or later
 * for a later cover or birth), once that day has come. Empty where the city has no such account.
 */
export function outpatientCredits<T extends HouseholdMember>(policy: CityPolicy, members: readonly T[], day: Day): { member: T; amountFen: number; day: Day }[] {
  const perResident = policy.outpatientFamilyAccount?.allowancePerResidentFen
  if (perResident === undefined) return []
  const credits: { member: T; amountFen: number; day: Day }[] = []
  for (const m of members) {
    if (m.insurance.scheme === 'resident' && m.insurance.status === 'normal' && m.coveredFrom !== undefined && m.coveredFrom <= day) credits.push({ member: m, amountFen: perResident, day: m.coveredFrom })
  }
  return credits
}
