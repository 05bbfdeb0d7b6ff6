import { addDays, daysBetween, yearOf, type Day } from '@/domain/day'
import type { Place, SpendingKind } from '@/domain/policy'
import { turnTheYear } from './accounts'
import type { ServerContext } from './context'
import { fixedClock } from './clock'
import { applySpend, type Visit } from './spending'
import type { ServerState } from './state'

// The demo family's year of spending, made by replaying visits through the spending operation itself, so
// every balance reconciles with its records and nothing overdraws. The accounts' balances on the seed day
// are those of shared/domain.md; the balances the year starts from are worked out to arrive at them.

/** mulberry32: small, fast, deterministic. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PLACE_NAMES: Record<'yingtan' | 'yichun', Partial<Record<Place, string[]>>> = {
  yingtan: {
    townshipHospital: ['童家镇卫生院', '白露乡卫生院'],
    communityCenter: ['月湖区江边街道社区卫生服务中心', '月湖区东湖社区卫生服务中心'],
    villageClinic: ['夏埠村卫生计生服务室'],
    countyTcmHospital: ['余江区中医院'],
    cityHospital: ['鹰潭市人民医院', '鹰潭一八四医院'],
    pharmacy: ['鹰潭市百姓大药房（胜利西路店）', '国药控股鹰潭大药房'],
  },
  yichun: {
    communityCenter: ['袁州区秀江街道社区卫生服务中心'],
    townshipHospital: ['西村镇卫生院'],
    cityHospital: ['宜春市人民医院', '宜春市中医院'],
    pharmacy: ['宜春市开心人大药房（宜阳大道店）'],
  },
}

const KIND_WEIGHTS: [SpendingKind, number][] = [
  ['drug', 45],
  ['outpatient', 35],
  ['selfPay', 10],
  ['inpatient', 6],
  ['specialOutpatient', 4],
]

const AMOUNT_RANGES: Record<string, [number, number]> = {
  drug: [1200, 18000],
  outpatient: [2000, 30000],
  selfPay: [3000, 50000],
  inpatient: [50000, 400000],
  specialOutpatient: [20000, 150000],
}

/** Visits at a township, community, village clinic or the county TCM hospital cost little. */
const BASIC_PLACES: readonly Place[] = ['townshipHospital', 'communityCenter', 'villageClinic', 'countyTcmHospital']

export interface SpenderPlan {
  personRef: string
  /** Where the person's visits take place. */
  city: 'yingtan' | 'yichun'
  count: number
  /** First day visits may fall on (the birth or binding day). */
  from: Day
  /** How many of the visits that are not to a pharmacy go to a basic place (clinic, county TCM hospital). */
  basicShare: number
}

function visitsOf(plans: readonly SpenderPlan[], until: Day, random: () => number): { personRef: string; day: Day; visit: Visit }[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
  const out: { personRef: string; day: Day; visit: Visit }[] = []
  for (const plan of plans) {
    const start = plan.from > addDays(until, -365) ? plan.from : addDays(until, -365)
    const span = Math.max(1, daysBetween(start, until))
    const places = Object.entries(PLACE_NAMES[plan.city]) as [Place, string[]][]
    for (let i = 0; i < plan.count; i++) {
      let x = random() * 100
      const kind = KIND_WEIGHTS.find(([, w]) => (x -= w) < 0)?.[0] ?? 'drug'
      const basic = random() < plan.basicShare
      const [place, names] = kind === 'drug' ? (['pharmacy', PLACE_NAMES[plan.city].pharmacy ?? []] as [Place, string[]]) : pick(places.filter(([p]) => p !== 'pharmacy' && BASIC_PLACES.includes(p) === basic))
      const [lo, hi] = BASIC_PLACES.includes(place) ? [500, 2500] : AMOUNT_RANGES[kind]
      const amountFen = Math.round((lo + random() * (hi - lo)) / 10) * 10
      out.push({ personRef: plan.personRef, day: addDays(start, Math.floor(random() * span)), visit: { place, placeName: pick(names), kind, amountFen } })
    }
  }
  return out.sort((a, b) => a.day.localeCompare(b.day))
}

/** What the new year's 当年余额 starts with, by account and 年度 (the demo's 年初划入; 0 where not given). */
type Allocations = Record<string, Record<number, number>>

/**
 * Replays the visits on `state` (which it changes), turning the year on each 01-01 through the server's own
 * turnTheYear; visits the funds cannot cover are paid otherwise and not recorded.
 */
function replay(state: ServerState, visits: ReturnType<typeof visitsOf>, until: Day, allocations: Allocations): void {
  const clock = fixedClock('2026-01-01T00:00:00Z')
  const ctx: ServerContext = { state, clock, idempotency: true }
  const allocation = (ref: string, year: number) => allocations[ref]?.[year] ?? 0
  for (const v of visits) {
    turnTheYear(state, v.day, allocation)
    const spender = state.people.find((p) => p.ref === v.personRef)
    if (spender) applySpend(ctx, spender, v.visit, v.day, `${v.day}T02:00:00.000Z`)
  }
  turnTheYear(state, until, allocation)
}

/** What the visits took from each account's 当年余额, by 年度, and from its 历年余额 in all. */
function drawn(state: ServerState, ref: string): { current: Record<number, number>; carried: number } {
  const current: Record<number, number> = {}
  let carried = 0
  for (const l of state.ledger) {
    if (!l.ref.startsWith('s-')) continue
    if (l.account === `${ref}:current`) current[Number(l.at.slice(0, 4))] = (current[Number(l.at.slice(0, 4))] ?? 0) - l.deltaFen
    if (l.account === `${ref}:carried`) carried -= l.deltaFen
  }
  return { current, carried }
}

/**
 * Adds the year of spending to a seed whose accounts hold the balances of the seed day: first replayed from
 * ample balances to learn what each account gives, by 年度, then again from balances that end where the seed
 * says — with the turn of the year on 01-01 (the 当年余额 left, `rolloverFen` of each account, moves into
 * 历年余额; the new 年度's 当年余额 starts with what it will give, plus, in the seed's 年度, the seed's 当年余额).
 */
export function withDemoYear(seed: () => ServerState, plans: readonly SpenderPlan[], until: Day, randomSeed = 20261120, rolloverFen: Record<string, number> = {}): ServerState {
  const visits = visitsOf(plans, until, seededRandom(randomSeed))
  const first = yearOf(addDays(until, -365))
  const last = yearOf(until)
  const AMPLE = 1_000_000_000_000
  const probe = seed()
  const ample: Allocations = {}
  for (const [ref, a] of Object.entries(probe.accounts)) {
    a.currentYearFen += AMPLE
    a.carriedOverFen += AMPLE
    a.year = first
    ample[ref] = {}
    for (let y = first + 1; y <= last; y++) ample[ref][y] = AMPLE
  }
  replay(probe, visits, until, ample)
  const state = seed()
  const allocations: Allocations = {}
  for (const [ref, a] of Object.entries(state.accounts)) {
    const d = drawn(probe, ref)
    const spent = (y: number) => d.current[y] ?? 0
    const rollover = first < last ? (rolloverFen[ref] ?? 0) : 0
    allocations[ref] = {}
    for (let y = first + 1; y <= last; y++) allocations[ref][y] = spent(y) + (y === last ? a.currentYearFen : 0)
    a.currentYearFen = spent(first) + (first === last ? a.currentYearFen : rollover)
    a.carriedOverFen = a.carriedOverFen + d.carried - rollover
    a.year = first
    a.opening = { currentYearFen: a.currentYearFen, carriedOverFen: a.carriedOverFen }
  }
  const target = seed().accounts
  replay(state, visits, until, allocations)
  for (const [ref, a] of Object.entries(state.accounts)) {
    if (a.currentYearFen !== target[ref].currentYearFen || a.carriedOverFen !== target[ref].carriedOverFen) throw new Error(`demo year does not end at the seed balance of ${ref}`)
  }
  if (state.spending.some((s) => yearOf(s.day) > yearOf(until))) throw new Error('demo year runs past the seed day')
  return state
}
