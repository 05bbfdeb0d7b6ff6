import { chinaDay } from '@/domain/day'

// The device's clock, apart from the mock server's adjustable one (mock/clock.ts, built on this), so that the first
// screen reads today before the server has loaded without taking the server's clock module along.

/** Today in China time (UTC+8), whatever the device's time zone: src/domain/day.ts. */
export { chinaDay }

/** The device clock (which the browser tests move with Playwright's page clock). */
// eslint-disable-next-line no-restricted-syntax -- this is the clock seam
export const deviceNow = (): number => Date.now()
