import dayjs from 'dayjs'
import { formatDayCn, type Day } from './day'
import { formatFen } from './money'
import { coverageRule } from './policy/collection'

// What is due, before it is too late (首页): for the open 城乡居民医保 年度, who in the family is still unpaid, whose
// 新生儿免缴确认 is pending, and how long the 集中征缴期 has left — or, after it, that paying now means a 等待期.
// Worked out from the server's offer (年度, window, coverage, each relative's facts); nothing when nothing is due.

export interface DueOffer {
  collection?: {
    year: number
    window: { opens: Day; closes: Day }
    assumed: boolean
    coverage: { from: Day; kind: 'wholeYear' | 'nextDay' | 'waitingPeriod' }
  }
  candidates: readonly {
    person: { ref: string; maskedName: string }
    eligible: boolean
    amountFen: number
    exemption?: { confirmed: boolean; confirmable: boolean }
  }[]
}

export type DueItem =
  | { kind: 'premium'; personRef: string; text: string; action: string }
  | { kind: 'exemption'; personRef: string; text: string; action: string }

export interface DueSummary {
  year: number
  /** The window's state in one line: days left, or the 等待期 a payment now brings. */
  deadline: string
  items: DueItem[]
}

/** What the server answers for 首页: the summary (none when nothing is due) and how many bound children are exempt. */
export interface DueView {
  summary?: DueSummary
  /** Bound children under the 新生儿免缴 rule: the 免缴确认 shortcut applies. */
  exemptChildren: number
}

/** Days from `today` to the window's last day, both counted (the last day itself is 1). */
export function daysLeft(today: Day, closes: Day): number {
  return dayjs(closes).diff(dayjs(today), 'day') + 1
}

/** 首页's answer, worked out on the server from its own offer and clock. */
export function dueView(offer: DueOffer, today: Day): DueView {
  const summary = whatIsDue(offer, today)
  // A child whose 免缴确认 this member can do, or has had done: a grandparent (who may not do it) is not offered it.
  const exemptChildren = offer.candidates.filter((c) => c.exemption && (c.exemption.confirmed || c.exemption.confirmable)).length
  return { ...(summary ? { summary } : {}), exemptChildren }
}

export function whatIsDue(offer: DueOffer, today: Day): DueSummary | undefined {
  const c = offer.collection
  if (!c) return undefined
  const items: DueItem[] = []
  for (const p of offer.candidates) {
    if (p.exemption) {
      if (!p.exemption.confirmed && p.exemption.confirmable) {
        items.push({ kind: 'exemption', personRef: p.person.ref, text: `${p.person.maskedName}的${c.year}年度新生儿免缴确认还没办`, action: '去确认' })
      }
    } else if (p.eligible && p.amountFen > 0) {
      items.push({ kind: 'premium', personRef: p.person.ref, text: `${p.person.maskedName}的${c.year}年度居民医保费还没交（${formatFen(p.amountFen)}）`, action: '去代缴' })
    }
  }
  if (items.length === 0) return undefined
  const inWindow = c.window.opens <= today && today <= c.window.closes
  const deadline = inWindow
    ? `集中征缴期还剩 ${daysLeft(today, c.window.closes)} 天（${formatDayCn(c.window.closes)}截止）${c.assumed ? '，以医保部门公布为准' : ''}`
    : c.coverage.kind === 'waitingPeriod'
      ? `集中征缴期已过：现在缴费，要等 ${coverageRule.waitingMonths} 个月（等待期）到 ${formatDayCn(c.coverage.from)} 才能享受待遇`
      : `${formatDayCn(c.window.opens)}起可以缴费`
  return { year: c.year, deadline, items }
}
