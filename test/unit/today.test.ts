// Issue 20 item 8: one today — when China's day turns.
import { msUntilChinaMidnight } from '@/domain/day'

describe('msUntilChinaMidnight (UTC+8, no daylight saving)', () => {
  it.each([
    ['15:59:59 UTC is one second before 00:00 China', '2026-12-31T15:59:59Z', 1000],
    ['16:00 UTC is China midnight: a whole day to the next', '2026-12-31T16:00:00Z', 24 * 3600 * 1000],
    ['02:00 UTC (10:00 China): 14 hours', '2026-11-22T02:00:00Z', 14 * 3600 * 1000],
  ])('%s', (_n, iso, ms) => expect(msUntilChinaMidnight(Date.parse(iso))).toBe(ms))
})
