// Issue 20 item 8: one today — when China's day turns, and the 年度 the words speak of.
import { premiumNextStep } from '@/domain/collection'
import { msUntilChinaMidnight } from '@/domain/day'

describe('msUntilChinaMidnight (UTC+8, no daylight saving)', () => {
  it.each([
    ['15:59:59 UTC is one second before 00:00 China', '2026-12-31T15:59:59Z', 1000],
    ['16:00 UTC is China midnight: a whole day to the next', '2026-12-31T16:00:00Z', 24 * 3600 * 1000],
    ['02:00 UTC (10:00 China): 14 hours', '2026-11-22T02:00:00Z', 14 * 3600 * 1000],
  ])('%s', (_n, iso, ms) => expect(msUntilChinaMidnight(Date.parse(iso))).toBe(ms))
})

describe('the result page’s next step follows the 年度 offered (not always 「明年」)', () => {
  it.each([
    ['in the 2027 window (2026-11-22)', '2026-11-22', '代缴2027年度的居民医保费'],
    ['January, the 2027 window still open', '2027-01-15', '代缴2027年度的居民医保费'],
    ['after the window, still offered with a 等待期 (2027-05-01)', '2027-05-01', '代缴2027年度的居民医保费'],
    ['before the 2026 window opens: when it opens', '2025-09-30', '2025年10月15日起可以用您的历年余额为其代缴2026年度的居民医保费'],
  ])('%s', (_n, day, words) => expect(premiumNextStep(day)).toContain(words))
})
