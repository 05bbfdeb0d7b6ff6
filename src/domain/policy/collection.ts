import type { Day } from '../day'
import type { Sourced } from './types'
import { DOMAIN_MD, JIANGXI_COLLECTION_2026, NHSA, SEED_YINGTAN, both, cite } from './sources'

// 城乡居民医保 collection years (shared/domain.md "城乡居民医保 collection years"): one row per 年度, each
// with its 集中征缴期, the individual premium of each category, and where it comes from.

export const PREMIUM_CATEGORIES = ['ordinary', 'fixedSubsidy', 'fullSubsidy', 'universityStudent', 'newbornExempt'] as const
export type PremiumCategory = (typeof PREMIUM_CATEGORIES)[number]

export const PREMIUM_CATEGORY_LABELS: Record<PremiumCategory, string> = {
  ordinary: '普通居民',
  fixedSubsidy: '定额资助',
  fullSubsidy: '全额资助',
  universityStudent: '省内就读大学生',
  newbornExempt: '新生儿免缴',
}

export interface CollectionYear extends Sourced {
  /** 参保年度: benefits run from 01-01 to 12-31 of this year. */
  year: number
  /** 集中征缴期, both days included. */
  window: { opens: Day; closes: Day }
  /** Individual premium by category, in fen. */
  amountsFen: Record<PremiumCategory, number>
  /** Not yet published: copied from the year before; screens say 「以医保部门公布为准」. */
  assumed: boolean
}

const AMOUNTS_2026: Record<PremiumCategory, number> = {
  ordinary: 40000,
  fixedSubsidy: 8000,
  fullSubsidy: 0,
  universityStudent: 20000,
  newbornExempt: 0,
}

export const collectionYears: readonly CollectionYear[] = [
  {
    year: 2026,
    window: { opens: '2025-10-15', closes: '2026-02-28' },
    amountsFen: AMOUNTS_2026,
    assumed: false,
    source: both(both(JIANGXI_COLLECTION_2026, NHSA), cite(SEED_YINGTAN, '普通居民 400元/年')),
  },
  {
    year: 2027,
    window: { opens: '2026-10-15', closes: '2027-02-28' },
    amountsFen: AMOUNTS_2026,
    assumed: true,
    source: both(cite(JIANGXI_COLLECTION_2026, '2027年度 assumed: same window dates and amounts until published'), cite(DOMAIN_MD, 'collection years')),
  },
]

/** Coverage start (same notice): by 12-31 → whole year; 01-01 to the window's end → next day; after → 等待期. */
export const coverageRule: Sourced & { waitingMonths: number } = {
  waitingMonths: 3,
  source: cite(JIANGXI_COLLECTION_2026, '待遇享受期 (集中征缴期后缴费设3个月等待期)'),
}

/** Newborns born on or after this day pay nothing for three 参保年度 including the birth year, confirmed yearly. */
export const newbornExemption: Sourced & { bornOnOrAfter: Day; years: number } = {
  bornOnOrAfter: '2024-01-01',
  years: 3,
  source: cite(JIANGXI_COLLECTION_2026, '新生儿参保 (2024年1月1日后出生，出生当年起连续3个参保年度免缴个人缴费，每年办理免缴确认)'),
}

/** Shown beside every figure of an assumed year. */
export const ASSUMED_NOTE = '以医保部门公布为准'
