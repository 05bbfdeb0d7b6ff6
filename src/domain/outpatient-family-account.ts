import { yearOf, type Day } from './day'
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
 * What was credited to the household's 门诊家庭账户 for `year`, for whom and on which day (shared/domain.md "The
 * turn of the year"): each resident member with a normal status adds the city's allowance on 01-01, or on her birth
 * day if she was born later that year (nobody counts before birth). Empty where the city has no such account.
 */
export function outpatientCredits<T extends { birthDate: Day; insurance: Insurance }>(policy: CityPolicy, year: number, members: readonly T[]): { member: T; amountFen: number; day: Day }[] {
  const perResident = policy.outpatientFamilyAccount?.allowancePerResidentFen
  if (perResident === undefined) return []
  const opens: Day = `${year}-01-01`
  return members
    .filter((m) => m.insurance.scheme === 'resident' && m.insurance.status === 'normal' && yearOf(m.birthDate) <= year)
    .map((m) => ({ member: m, amountFen: perResident, day: m.birthDate > opens ? m.birthDate : opens }))
}
