import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

/** A calendar day, 'YYYY-MM-DD' in China time. Domain code never reads the clock: days are passed in. */
export type Day = string

export const DAY_FORMAT = 'YYYY-MM-DD'

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

export function isBefore(a: Day, b: Day): boolean {
  return a < b
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

export function yearOf(day: Day): number {
  return Number(day.slice(0, 4))
}

/** "2026-11-23" → "2026年11月23日" */
export function formatDayCn(day: Day): string {
  return dayjs(day).format('YYYY年M月D日')
}

/** The `count` months ending with the month of `day`, newest first: ['2026-11', '2026-10', …]. */
export function recentMonths(day: Day, count: number): string[] {
  const start = dayjs(day).startOf('month')
  return Array.from({ length: count }, (_, i) => start.subtract(i, 'month').format('YYYY-MM'))
}

/** '2026-11' → '2026年11月' */
export function formatMonthCn(month: string): string {
  return dayjs(`${month}-01`).format('YYYY年M月')
}

/** An ISO timestamp → 'HH:mm' in China time, for "更新于". */
export function formatClockCn(iso: string): string {
  return dayjs(iso).utcOffset(8).format('HH:mm')
}

/** An ISO timestamp → '2026年11月23日 10:05' in China time. */
export function formatDateTimeCn(iso: string): string {
  return dayjs(iso).utcOffset(8).format('YYYY年M月D日 HH:mm')
}

/** Milliseconds from `nowMs` to the next 00:00 China time (UTC+8, no daylight saving): when "today" turns. */
export function msUntilChinaMidnight(nowMs: number): number {
  const DAY_MS = 24 * 3600 * 1000
  const CHINA_OFFSET_MS = 8 * 3600 * 1000
  return DAY_MS - ((((nowMs + CHINA_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS)
}
