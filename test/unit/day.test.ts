import dayjs from 'dayjs'
import { addDays, formatAsOfCn, formatClockCn, formatDayCn, formatMonthCn, isUnderGuardianAge, recentMonths } from '@/domain/day'

describe('days (dayjs)', () => {
  it('adds days across months and years', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
  })
  it('lists recent months newest first', () => expect(recentMonths('2026-01-15', 3)).toEqual(['2026-01', '2025-12', '2025-11']))
  it('formats in Chinese', () => {
    expect(formatDayCn('2026-11-23')).toBe('2026年11月23日')
    expect(formatMonthCn('2026-03')).toBe('2026年3月')
    expect(formatClockCn('2026-11-23T02:05:00.000Z')).toBe('10:05')
  })
})

describe('guardian consent age (PIPL art. 31)', () => {
  it.each([
    ['2025-03-08', '2026-11-23', true],
    ['2012-11-24', '2026-11-23', true],
    ['2012-11-23', '2026-11-23', false],
    ['1986-04-15', '2026-11-23', false],
    [undefined, '2026-11-23', false],
  ])('born %s, on %s → under 14: %s', (birth, day, under) => expect(isUnderGuardianAge(birth, day)).toBe(under))
})

describe('首页 formats days without dayjs, as dayjs did', () => {
  // Every day of 2024 (a leap year) and 2026 through formatDayCn / formatMonthCn against dayjs's own format.
  const days = ['2024-01-01', '2026-01-01'].flatMap((first) => Array.from({ length: 366 }, (_, i) => addDays(first, i)))
  it('has days to compare', () => expect(days.length).toBe(732))
  it('formats each day and month the same', () => {
    const wrong = days.filter(
      (d) => formatDayCn(d) !== dayjs(d).format('YYYY年M月D日') || formatMonthCn(d.slice(0, 7)) !== dayjs(`${d.slice(0, 7)}-01`).format('YYYY年M月'),
    )
    expect(wrong).toEqual([])
  })
})

describe('formatAsOfCn (when a kept figure was true, China time)', () => {
  const at = (iso: string) => Date.parse(iso)
  it('says only the time on the same China day, crossing UTC midnight', () => {
    // 2026-12-06 00:30 China is 2026-12-05 16:30 UTC; "now" 23:59 China the same day.
    expect(formatAsOfCn(at('2026-12-05T16:30:00Z'), at('2026-12-06T15:59:00Z'))).toBe('00:30')
  })
  it('puts the date before it on another day of the same year, the year too in another year', () => {
    expect(formatAsOfCn(at('2026-12-05T15:59:00Z'), at('2026-12-05T16:00:00Z'))).toBe('12月5日 23:59')
    expect(formatAsOfCn(at('2026-12-31T15:59:00Z'), at('2026-12-31T16:00:00Z'))).toBe('2026年12月31日 23:59')
    expect(formatAsOfCn(at('2026-01-02T01:05:00Z'), at('2026-12-06T02:00:00Z'))).toBe('1月2日 09:05')
  })
})
