import type { Day } from './day'
import { yearOf } from './day'

// The turn of the year (shared/domain.md): on 01-01, China time, an employee's remaining 当年余额 moves into the
// 历年余额, where it becomes shareable. Pure: the server applies it to its books from its own clock.

export interface YearBalances {
  /** The 年度 the 当年余额 belongs to. */
  year: number
  currentYearFen: number
  carriedOverFen: number
}

/**
 * The balances on `day`: for every 01-01 passed since `a.year`, the 当年余额 left moves into 历年余额 and the new
 * year's 当年余额 starts at `allocationFen` (what the new year brings in; 0 where it is not modelled).
 * `movedFen` is what moved; nothing changes within the year.
 */
export function turnYear(a: YearBalances, day: Day, allocationFen = 0): YearBalances & { movedFen: number } {
  const year = yearOf(day)
  if (year <= a.year) return { ...a, movedFen: 0 }
  return { year, currentYearFen: allocationFen, carriedOverFen: a.carriedOverFen + a.currentYearFen, movedFen: a.currentYearFen }
}
