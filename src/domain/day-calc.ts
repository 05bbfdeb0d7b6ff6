import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

// The day arithmetic that needs dayjs, apart from day.ts's plain string helpers: 首页 (H5 first screen) takes
// day.ts only, so dayjs stays out of it (src/domain is side-effect free for webpack, config/index.ts).
// Import these from '@/domain/day', which re-exports them.

dayjs.extend(utc)

/** 'YYYY-MM-DD' in China time (the same as day.ts's Day; repeated here so the two files do not import each other). */
type Day = string

const DAY_FORMAT = 'YYYY-MM-DD'

export function addDays(day: Day, n: number): Day {
  return dayjs(day).add(n, 'day').format(DAY_FORMAT)
}

/** Calendar months later; a day the target month lacks falls to its last day (11-30 + 3 → 02-28/29). */
export function addMonths(day: Day, n: number): Day {
  return dayjs(day).add(n, 'month').format(DAY_FORMAT)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return dayjs(to).diff(dayjs(from), 'day')
}

/** Whole years between a birth date and a day (age on that day). */
export function ageOn(birth: Day, day: Day): number {
  return dayjs(day).diff(dayjs(birth), 'year')
}

/** PIPL art. 31: a child under 14 needs the guardian's consent. */
export const GUARDIAN_CONSENT_AGE = 14

export function isUnderGuardianAge(birth: Day | undefined, day: Day): boolean {
  return birth !== undefined && ageOn(birth, day) < GUARDIAN_CONSENT_AGE
}

/** The `count` months ending with the month of `day`, newest first: ['2026-11', '2026-10', …]. */
export function recentMonths(day: Day, count: number): string[] {
  const start = dayjs(day).startOf('month')
  return Array.from({ length: count }, (_, i) => start.subtract(i, 'month').format('YYYY-MM'))
}

/** An ISO timestamp → 'HH:mm' in China time, for "更新于". */
export function formatClockCn(iso: string): string {
  return dayjs(iso).utcOffset(8).format('HH:mm')
}

/** An ISO timestamp → '2026年11月23日 10:05' in China time. */
export function formatDateTimeCn(iso: string): string {
  return dayjs(iso).utcOffset(8).format('YYYY年M月D日 HH:mm')
}
