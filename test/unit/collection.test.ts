import {
  checkNewbornConfirmation,
  closedReason,
  collectionYear,
  coverageFor,
  describeCoverage,
  isNewbornExempt,
  openCollectionYears,
  premiumDue,
  type RecordedCategory,
} from '@/domain/collection'
import { addMonths } from '@/domain/day'
import type { Relation } from '@/domain/relations'
import { collectionYears, newbornExemption, type CollectionYear } from '@/domain/policy'

// 城乡居民医保 collection years (domain.md; Jiangxi 2026年度 notice): one row per boundary.
const y2026 = collectionYear(2026) as CollectionYear
const y2027 = collectionYear(2027) as CollectionYear
const open = (day: string, table?: readonly CollectionYear[]) => openCollectionYears(day, table).map((c) => c.year)

describe('the collection table (Jiangxi 2026年度 notice; 2027 assumed)', () => {
  it.each([
    [2026, '2025-10-15', '2026-02-28', false, 'qunfachuanzhen.com/new/734427723505606656'],
    [2027, '2026-10-15', '2027-02-28', true, 'assumed'],
  ])('%i年度: 集中征缴期 %s → %s, assumed %s, source %s', (year, opens, closes, assumed, source) => {
    expect(collectionYear(year)).toMatchObject({ window: { opens, closes }, assumed })
    expect(collectionYear(year)?.source.ref).toContain(source)
  })
  it('names 国家医保局 for the national figures', () => expect(y2026.source.label).toContain('国家医保局'))
})

describe('which 年度 are open on a day (集中征缴期, then only while benefits start within the year)', () => {
  it.each([
    ['2025-10-14', []],
    ['2025-10-15', [2026]],
    ['2026-02-28', [2026]],
    ['2026-03-01', [2026]],
    ['2026-09-30', [2026]],
    ['2026-10-01', []],
    ['2026-10-14', []],
    ['2026-10-15', [2027]],
    ['2026-11-23', [2027]],
    ['2026-12-31', [2027]],
    ['2027-01-01', [2027]],
    ['2027-02-28', [2027]],
    ['2027-03-01', [2027]],
    ['2027-09-30', [2027]],
    ['2027-10-01', []],
  ])('%s → %j', (day, years) => expect(open(day)).toEqual(years))
})

describe('when benefits start for a payment made on a day', () => {
  it.each([
    [y2027, '2026-10-15', '2027-01-01', 'wholeYear'],
    [y2027, '2026-12-31', '2027-01-01', 'wholeYear'],
    [y2027, '2027-01-01', '2027-01-02', 'nextDay'],
    [y2027, '2027-02-28', '2027-03-01', 'nextDay'],
    [y2027, '2027-03-01', '2027-06-01', 'waitingPeriod'],
    [y2027, '2027-09-30', '2027-12-30', 'waitingPeriod'],
    [y2026, '2026-02-28', '2026-03-01', 'nextDay'],
    [y2026, '2026-03-01', '2026-06-01', 'waitingPeriod'],
  ])('%#: %s paid on %s → from %s (%s)', (c, paidOn, from, kind) => expect(coverageFor(c, paidOn)).toEqual({ from, kind }))

  it('says the 等待期 in words', () => {
    expect(describeCoverage(coverageFor(y2027, '2027-03-01'))).toBe('集中征缴期后缴费，设3个月等待期，自2027年6月1日起享受医保待遇')
    expect(describeCoverage(coverageFor(y2027, '2026-11-23'))).toBe('自2027年1月1日起享受医保待遇')
  })
})

describe('a window ending on 02-29 (leap year; the table is data, so a 2028 row is a one-line change)', () => {
  const leap: CollectionYear = { ...y2027, year: 2028, window: { opens: '2027-10-15', closes: '2028-02-29' }, source: { label: 'test row', ref: 'test' } }
  it.each([
    ['2028-02-28', '2028-02-29', 'nextDay'],
    ['2028-02-29', '2028-03-01', 'nextDay'],
    ['2028-03-01', '2028-06-01', 'waitingPeriod'],
  ])('paid %s → from %s (%s)', (paidOn, from, kind) => expect(coverageFor(leap, paidOn)).toEqual({ from, kind }))
  it('is open on 02-29 and after', () => {
    expect(open('2028-02-29', [leap])).toEqual([2028])
    expect(open('2028-03-01', [leap])).toEqual([2028])
  })
  it('counts the 等待期 in calendar months (11-30 + 3 → 02-29)', () => expect(addMonths('2027-11-30', 3)).toBe('2028-02-29'))
})

describe('a closed collection says when the next one opens', () => {
  it('before the 2027 window, with 「以医保部门公布为准」 for the assumed year', () => {
    const r = closedReason('2026-10-14')
    expect(r.message).toBe('2027年度城乡居民医保集中征缴期为2026年10月15日至2027年2月28日，现在还不能缴费')
    expect(r.next).toContain('以医保部门公布为准')
  })
  it('after the last known year', () => expect(closedReason('2027-10-01').message).toBe('现在不在城乡居民医保缴费期内'))
})

describe('newborns (born on or after 2024-01-01: three 参保年度 including the birth year)', () => {
  it.each([
    ['2023-12-31', 2023, false],
    ['2023-12-31', 2024, false],
    ['2024-01-01', 2023, false],
    ['2024-01-01', 2024, true],
    ['2024-01-01', 2026, true],
    ['2024-01-01', 2027, false],
    ['2025-03-08', 2025, true],
    ['2025-03-08', 2027, true],
    ['2025-03-08', 2028, false],
    [undefined, 2027, false],
  ])('born %s, %i年度 → exempt %s', (birth, year, exempt) => expect(isNewbornExempt(birth, year)).toBe(exempt))
  it('cites the notice', () => expect(newbornExemption.source.ref).toContain('qunfachuanzhen.com'))
})

describe("a person's category and amount for a 年度", () => {
  it.each([
    ['ordinary', '1988-09-21', y2026, 'ordinary', 40000, false],
    ['fixedSubsidy', '1960-03-18', y2026, 'fixedSubsidy', 8000, false],
    ['fullSubsidy', '1960-03-18', y2026, 'fullSubsidy', 0, false],
    ['universityStudent', '2006-05-01', y2026, 'universityStudent', 20000, false],
    ['ordinary', '1988-09-21', y2027, 'ordinary', 40000, true],
    ['universityStudent', '2006-05-01', y2027, 'universityStudent', 20000, true],
    ['ordinary', '2025-03-08', y2027, 'newbornExempt', 0, true],
    ['ordinary', '2023-12-31', y2027, 'ordinary', 40000, true],
  ] as [RecordedCategory, string, CollectionYear, string, number, boolean][])(
    '%s born %s → %#',
    (category, birthDate, c, expected, amountFen, assumed) => {
      expect(premiumDue({ category, birthDate }, c)).toMatchObject({ year: c.year, category: expected, amountFen, assumed })
    },
  )
  it('every year lists every category', () => {
    for (const c of collectionYears) expect(Object.keys(c.amountsFen).sort()).toEqual(['fixedSubsidy', 'fullSubsidy', 'newbornExempt', 'ordinary', 'universityStudent'])
  })
})

describe('新生儿免缴确认: an exempt child, inside the window, once per 年度', () => {
  const codes = (birth: string, c: CollectionYear, day: string, confirmed = false) => checkNewbornConfirmation('child', birth, c, day, confirmed).map((r) => r.code)
  it.each([
    ['2025-03-08', y2027, '2026-11-23', false, []],
    ['2025-03-08', y2027, '2026-10-15', false, []],
    ['2025-03-08', y2027, '2027-02-28', false, []],
    ['2025-03-08', y2027, '2026-10-14', false, ['OUTSIDE_WINDOW']],
    ['2025-03-08', y2027, '2027-03-01', false, ['OUTSIDE_WINDOW']],
    ['2025-03-08', y2027, '2026-11-23', true, ['ALREADY_CONFIRMED']],
    ['2023-12-31', y2027, '2026-11-23', false, ['NOT_EXEMPT']],
    ['2024-01-01', y2027, '2026-11-23', false, ['NOT_EXEMPT']],
    ['2024-01-01', y2026, '2026-01-10', false, []],
  ] as [string, CollectionYear, string, boolean, string[]][])('born %s, %#', (birth, c, day, confirmed, expected) => expect(codes(birth, c, day, confirmed)).toEqual(expected))
  it('not bound: says only that', () => {
    expect(checkNewbornConfirmation(undefined, '2025-03-08', y2027, '2026-11-23', false).map((r) => r.code)).toEqual(['NOT_BOUND_CHILD'])
  })
  it.each([['grandchildPaternal', '孙子女'], ['sibling', '兄弟姐妹'], ['spouse', '配偶']] as [Relation, string][])(
    'only a parent, through a 子女 binding: a child bound as %s is told so, inside the window too',
    (relation, label) => {
      const r = checkNewbornConfirmation(relation, '2025-03-08', y2027, '2026-11-23', false)
      expect(r.map((x) => x.code)).toEqual(['NOT_PARENT'])
      expect(r[0].message).toBe(`新生儿免缴确认须由孩子的父母办理，您与孩子登记的关系是“${label}”`)
    },
  )
})
