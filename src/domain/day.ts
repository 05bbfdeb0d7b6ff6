// Days as plain 'YYYY-MM-DD' strings. This file needs no dayjs (首页, the H5 first screen, takes it); the
// arithmetic that does is in day-calc.ts and re-exported here, so everything imports from '@/domain/day'.
export {
  addDays,
  addMonths,
  ageOn,
  daysBetween,
  formatClockCn,
  formatDateTimeCn,
  GUARDIAN_CONSENT_AGE,
  isUnderGuardianAge,
  recentMonths,
} from './day-calc'

/** A calendar day, 'YYYY-MM-DD' in China time. Domain code never reads the clock: days are passed in. */
export type Day = string

export const DAY_FORMAT = 'YYYY-MM-DD'

export function isBefore(a: Day, b: Day): boolean {
  return a < b
}

export function yearOf(day: Day): number {
  return Number(day.slice(0, 4))
}

/** "2026-11-23" → "2026年11月23日" (string work: no dayjs on the first screen). */
export function formatDayCn(day: Day): string {
  return `${day.slice(0, 4)}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`
}

/** '2026-11' → '2026年11月' */
export function formatMonthCn(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`
}

const DAY_MS = 24 * 3600 * 1000
/** China time is UTC+8 all year (no daylight saving). */
const CHINA_OFFSET_MS = 8 * 3600 * 1000

/** The China day (UTC+8) of an instant, whatever the device's time zone (the one place the offset is applied). */
export function chinaDay(epochMs: number): Day {
  return new Date(epochMs + CHINA_OFFSET_MS).toISOString().slice(0, 10)
}

/**
 * When a kept figure was true, as 首页 says it: 「10:01」 on the same China day as `nowMs`, else with the date before
 * it (「12月31日 10:00」, the year too when it is another year's). Both instants from the server's clock.
 */
export function formatAsOfCn(atMs: number, nowMs: number): string {
  const t = new Date(atMs + CHINA_OFFSET_MS).toISOString()
  const today = chinaDay(nowMs)
  const time = t.slice(11, 16)
  if (t.slice(0, 10) === today) return time
  const sameYear = t.slice(0, 4) === today.slice(0, 4)
  return `${sameYear ? '' : `${Number(t.slice(0, 4))}年`}${Number(t.slice(5, 7))}月${Number(t.slice(8, 10))}日 ${time}`
}

/** Milliseconds from `nowMs` to the next 00:00 China time (UTC+8, no daylight saving): when "today" turns. */
export function msUntilChinaMidnight(nowMs: number): number {
  return DAY_MS - ((((nowMs + CHINA_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS)
}
