import type { Day } from '@/domain/day'
import { chinaDay, deviceNow } from '../deviceClock'

export { chinaDay }

/** The one clock seam. Everything that needs "now" or "today" asks a Clock; tests and the dev panel move it. */
export interface Clock {
  now(): number
  today(): Day
}

const DAY_MS = 24 * 3600 * 1000

export interface AdjustableClock extends Clock {
  /** Moves this clock by whole days (the dev panel's "next day"). */
  shiftDays(days: number): void
  offsetDays(): number
}

/** Reads the device clock (which the browser tests move with Playwright's page clock), plus a day offset. */
export function systemClock(read: () => number = deviceNow): AdjustableClock {
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
