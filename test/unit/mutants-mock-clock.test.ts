// The one clock seam of the mock server (src/services/mock/clock.ts): China's day, the developer panel's day offset,
// and time as sessions and tickets count it (issue 20 item 9, mutation testing).
import { chinaDay, elapsedNow, fixedClock, systemClock } from '@/services/mock/clock'

const DAY = 24 * 3600 * 1000

describe('chinaDay: the day in China (UTC+8), whatever the device’s zone', () => {
  it.each([
    ['2026-12-31T15:59:59.999Z', '2026-12-31'],
    ['2026-12-31T16:00:00.000Z', '2027-01-01'],
    ['2026-11-22T02:00:00Z', '2026-11-22'],
  ])('%s is %s', (iso, day) => expect(chinaDay(Date.parse(iso))).toBe(day))
})

describe('systemClock: the device clock plus whole days moved', () => {
  it('reads the device clock, moves by days (forward and back), and says by how many', () => {
    let t = Date.parse('2026-12-31T15:00:00Z')
    const clock = systemClock(() => t)
    expect(clock.now()).toBe(t)
    expect(clock.today()).toBe('2026-12-31')
    expect(clock.offsetDays()).toBe(0)
    clock.shiftDays(2)
    clock.shiftDays(-1)
    expect(clock.offsetDays()).toBe(1)
    expect(clock.now()).toBe(t + DAY)
    expect(clock.today()).toBe('2027-01-01')
    t += 3600 * 1000
    expect(clock.today()).toBe('2027-01-02')
    // Time that passed, without the days moved: the device's own time.
    expect(elapsedNow(clock)).toBe(t)
  })

  it('reads Date.now() when given no reader', () => {
    const clock = systemClock()
    const before = Date.now()
    const now = clock.now()
    expect(now).toBeGreaterThanOrEqual(before)
    expect(now).toBeLessThanOrEqual(Date.now())
  })
})

describe('fixedClock: moves only when told', () => {
  it('stands still, and a day moved is time that passed (no offset)', () => {
    const clock = fixedClock('2026-11-22T02:00:00Z')
    expect(clock.now()).toBe(Date.parse('2026-11-22T02:00:00Z'))
    expect(clock.today()).toBe('2026-11-22')
    clock.shiftDays(-39)
    expect(clock.today()).toBe('2026-10-14')
    expect(clock.offsetDays()).toBe(0)
    expect(elapsedNow(clock)).toBe(Date.parse('2026-10-14T02:00:00Z'))
  })
})
