import type { CityCode, CityPolicy } from './types'
import { yingtan2025 } from './yingtan'
import { yichun2025 } from './yichun'

export * from './types'
export { province, proofFiles } from './province'
export { sourceText, type Source } from './sources'
export * from './collection'

const policies: Record<CityCode, readonly CityPolicy[]> = {
  yingtan: [yingtan2025],
  yichun: [yichun2025],
}

export const CITY_CODES: readonly CityCode[] = ['yingtan', 'yichun']

/**
 * The policy in force for a city in a year: the latest published year not after it (before the table starts, the
 * first listed). The table is a parameter so that a new year is data, and a test can give two.
 */
export function policyFor(city: CityCode, year: number, table: Record<CityCode, readonly CityPolicy[]> = policies): CityPolicy {
  const list = table[city]
  const candidates = list.filter((p) => p.year <= year).sort((a, b) => b.year - a.year)
  return candidates[0] ?? list[0]
}
