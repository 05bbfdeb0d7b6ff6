import type { Day } from '@/domain/day'

/** The one clock seam. Everything that needs "now" or "today" asks a Clock; tests and the dev panel move it. */
export interface Clock {
  now(): number
  today(): Day
}

const CHINA_OFFSET_MS = 8 * 3600 * 1000
const DAY_MS = 24 * 3600 * 1000

/** Today in China time (UTC+8), whatever the device's time zone. */
export function chinaDay(epochMs: number): Day {
  return new Date(epochMs + CHINA_OFFSET_MS).toISOString().slice(0, 10)
}

export interface AdjustableClock extends Clock {
  /** Moves this clock by whole days (the dev panel's "next day"). */
  shiftDays(days: number): void
  offsetDays(): number
}

/** Reads the device clock (which the browser tests move with Playwright's page clock), plus a day offset. */
// eslint-disable-next-line no-restricted-syntax -- this is the clock seam
export function systemClock(read: () => number = () => Date.now()): AdjustableClock {
  let offset = 0
  return {
    now: () => read() + offset * DAY_MS,
    today: () => chinaDay(read() + offset * DAY_MS),
    shiftDays: (days) => {
      offset += days
    },
    offsetDays: () => offset,
  }
}

/**
 * Time as sessions and tickets count it: the clock's own time, without the days the developer panel (or a test)
 * moved the demo's date by — moving the date to try a collection window is not the person waiting 30 minutes.
 */
export function elapsedNow(clock: AdjustableClock): number {
  return clock.now() - clock.offsetDays() * DAY_MS
}

/** A clock that only moves when told: for unit tests. */
export function fixedClock(start: string): AdjustableClock {
  let t = Date.parse(start)
  return {
    now: () => t,
    today: () => chinaDay(t),
    shiftDays: (days) => {
      t += days * DAY_MS
    },
    offsetDays: () => 0,
  }
}
