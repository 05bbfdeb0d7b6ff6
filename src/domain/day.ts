import dayjs from 'dayjs'

/** A calendar day, 'YYYY-MM-DD' in China time. Domain code never reads the clock: days are passed in. */
export type Day = string

export const DAY_FORMAT = 'YYYY-MM-DD'

export function addDays(day: Day, n: number): Day {
  return dayjs(day).add(n, 'day').format(DAY_FORMAT)
}

export function isBefore(a: Day, b: Day): boolean {
  return a < b
}

/** Whole years between a birth date and a day (age on that day). */
export function ageOn(birth: Day, day: Day): number {
  return dayjs(day).diff(dayjs(birth), 'year')
}

export function yearOf(day: Day): number {
  return Number(day.slice(0, 4))
}

/** "2026-11-23" → "2026年11月23日" */
export function formatDayCn(day: Day): string {
  return dayjs(day).format('YYYY年M月D日')
}
