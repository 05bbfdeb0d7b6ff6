import { addDays, addMonths, formatDayCn, yearOf, type Day } from './day'
import {
  ASSUMED_NOTE,
  collectionYears,
  coverageRule,
  newbornExemption,
  type CollectionYear,
  type PremiumCategory,
} from './policy/collection'
import type { Source } from './policy/sources'
import type { Reason } from './result'
import { RELATION_LABELS, type Relation } from './relations'

// 城乡居民医保 collection years worked out from a day (shared/domain.md "城乡居民医保 collection years"). The
// table is a parameter so that a corrected or new year is data; the functions never read the clock.

export type { CollectionYear, PremiumCategory }

/** The category the 医保 system holds for a person; 新生儿免缴 is worked out from the birth date. */
export type RecordedCategory = Exclude<PremiumCategory, 'newbornExempt'>

export type CoverageKind = 'wholeYear' | 'nextDay' | 'waitingPeriod'

export interface Coverage {
  /** First day of benefits. */
  from: Day
  kind: CoverageKind
}

export function collectionYear(year: number, table: readonly CollectionYear[] = collectionYears): CollectionYear | undefined {
  return table.find((c) => c.year === year)
}

/** Inside the 集中征缴期 (both ends included). */
export function inWindow(c: CollectionYear, day: Day): boolean {
  return c.window.opens <= day && day <= c.window.closes
}

/** When benefits start for a premium of `c` paid on `paidOn`: by 12-31 → 01-01; in the window → next day; after → 等待期. */
export function coverageFor(c: CollectionYear, paidOn: Day): Coverage {
  const yearStart = `${c.year}-01-01`
  if (paidOn < yearStart) return { from: yearStart, kind: 'wholeYear' }
  if (paidOn <= c.window.closes) return { from: addDays(paidOn, 1), kind: 'nextDay' }
  return { from: addMonths(paidOn, coverageRule.waitingMonths), kind: 'waitingPeriod' }
}

/** Offered while the window is open; after it, only while benefits would still start within the year. */
export function isOpen(c: CollectionYear, day: Day): boolean {
  if (day < c.window.opens) return false
  return inWindow(c, day) || coverageFor(c, day).from <= `${c.year}-12-31`
}

/** The 年度 that may be paid on `day`, newest first. */
export function openCollectionYears(day: Day, table: readonly CollectionYear[] = collectionYears): CollectionYear[] {
  return table.filter((c) => isOpen(c, day)).sort((a, b) => b.year - a.year)
}

/** Why nothing can be paid on `day`: when the next window opens, or that none is published yet. */
export function closedReason(day: Day, table: readonly CollectionYear[] = collectionYears): Reason<'NO_COLLECTION'> {
  const next = table.filter((c) => c.window.opens > day).sort((a, b) => a.year - b.year)[0]
  if (next) {
    return {
      code: 'NO_COLLECTION',
      message: `${next.year}年度城乡居民医保集中征缴期为${formatDayCn(next.window.opens)}至${formatDayCn(next.window.closes)}，现在还不能缴费`,
      next: `请于${formatDayCn(next.window.opens)}起再来缴费${next.assumed ? `（${ASSUMED_NOTE}）` : ''}`,
    }
  }
  return { code: 'NO_COLLECTION', message: '现在不在城乡居民医保缴费期内', next: `下一年度的缴费时间${ASSUMED_NOTE}` }
}

/** Newborns born on or after 2024-01-01: three 参保年度 from the birth year pay nothing (confirmed yearly). */
export function isNewbornExempt(birthDate: Day | undefined, year: number): boolean {
  if (birthDate === undefined || birthDate < newbornExemption.bornOnOrAfter) return false
  const first = yearOf(birthDate)
  return year >= first && year < first + newbornExemption.years
}

export interface PremiumDue {
  year: number
  category: PremiumCategory
  amountFen: number
  /** The year's figures are not yet published (「以医保部门公布为准」). */
  assumed: boolean
  source: Source
}

/** A person's category and individual premium for a 年度 (the server's fact plus the newborn rule). */
export function premiumDue(person: { birthDate?: Day; category: RecordedCategory }, c: CollectionYear): PremiumDue {
  const category: PremiumCategory = isNewbornExempt(person.birthDate, c.year) ? 'newbornExempt' : person.category
  const source = category === 'newbornExempt' ? newbornExemption.source : c.source
  return { year: c.year, category, amountFen: c.amountsFen[category], assumed: c.assumed, source }
}

/** "自2027年1月1日起享受待遇" / "…设3个月等待期，自…起享受待遇" */
export function describeCoverage(coverage: Coverage): string {
  const from = formatDayCn(coverage.from)
  if (coverage.kind === 'waitingPeriod') return `集中征缴期后缴费，设${coverageRule.waitingMonths}个月等待期，自${from}起享受医保待遇`
  return `自${from}起享受医保待遇`
}

export type ExemptionRefusalCode = 'NOT_BOUND_CHILD' | 'NOT_EXEMPT' | 'NOT_PARENT' | 'OUTSIDE_WINDOW' | 'ALREADY_CONFIRMED'

/**
 * 新生儿免缴确认: by a parent (the child bound to him as 子女), only for an exempt child, only inside the year's
 * window, once per child per 年度. `relation` is the active binding's; undefined when not bound (nothing else is
 * said). A child bound under another relation (兄弟姐妹, 孙子女…) is the caller's own relative, so the refusal
 * may say why: only a parent confirms.
 */
export function checkNewbornConfirmation(
  relation: Relation | undefined,
  birthDate: Day | undefined,
  c: CollectionYear,
  day: Day,
  confirmed: boolean,
): Reason<ExemptionRefusalCode>[] {
  if (relation === undefined) {
    return [{ code: 'NOT_BOUND_CHILD', message: '只能为已与您绑定家庭共济关系的子女办理新生儿免缴确认', next: '请先办理家庭账户共济授权登记（与本人关系选“子女”）' }]
  }
  if (!isNewbornExempt(birthDate, c.year)) {
    return [{ code: 'NOT_EXEMPT', message: `不属于${c.year}年度新生儿免缴范围（${formatDayCn(newbornExemption.bornOnOrAfter)}后出生，出生当年起连续${newbornExemption.years}个参保年度）` }]
  }
  if (relation !== 'child') {
    return [{ code: 'NOT_PARENT', message: `新生儿免缴确认须由孩子的父母办理，您与孩子登记的关系是“${RELATION_LABELS[relation]}”`, next: '请由孩子的父亲或母亲办理；关系登记有误的，请在“家庭共济关系查询”中点“变更关系”改为“子女”（无需解除，当天生效）' }]
  }
  const out: Reason<ExemptionRefusalCode>[] = []
  if (!inWindow(c, day)) {
    out.push({ code: 'OUTSIDE_WINDOW', message: `新生儿免缴确认须在${c.year}年度集中征缴期（${formatDayCn(c.window.opens)}至${formatDayCn(c.window.closes)}）内办理` })
  }
  if (confirmed) out.push({ code: 'ALREADY_CONFIRMED', message: `${c.year}年度已办理免缴确认，无需重复办理` })
  return out
}
