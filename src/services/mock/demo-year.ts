import { addDays, daysBetween, yearOf, type Day } from '@/domain/day'
import type { Place, SpendingKind } from '@/domain/policy'
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

/** Replays the visits on `state` (which it changes); visits the funds cannot cover are paid otherwise and not recorded. */
function replay(state: ServerState, visits: ReturnType<typeof visitsOf>): void {
  const clock = fixedClock('2026-01-01T00:00:00Z')
  const ctx: ServerContext = { state, clock, idempotency: true }
  for (const v of visits) {
    const spender = state.people.find((p) => p.ref === v.personRef)
    if (spender) applySpend(ctx, spender, v.visit, v.day, `${v.day}T02:00:00.000Z`)
  }
}

/**
 * Adds the year of spending to a seed whose accounts hold the balances of the seed day: first replayed from
 * ample balances to learn what each account gives, then again from the balances that end where the seed says.
 */
export function withDemoYear(seed: () => ServerState, plans: readonly SpenderPlan[], until: Day, randomSeed = 20261120): ServerState {
  const visits = visitsOf(plans, until, seededRandom(randomSeed))
  const AMPLE = 1_000_000_000_000
  const probe = seed()
  for (const a of Object.values(probe.accounts)) {
    a.currentYearFen += AMPLE
    a.carriedOverFen += AMPLE
  }
  replay(probe, visits)
  const state = seed()
  for (const [ref, a] of Object.entries(state.accounts)) {
    // What the year took from each balance, added back: the balance it started from.
    a.currentYearFen += a.currentYearFen + AMPLE - probe.accounts[ref].currentYearFen
    a.carriedOverFen += a.carriedOverFen + AMPLE - probe.accounts[ref].carriedOverFen
    a.opening = { currentYearFen: a.currentYearFen, carriedOverFen: a.carriedOverFen }
  }
  const target = seed().accounts
  replay(state, visits)
  for (const [ref, a] of Object.entries(state.accounts)) {
    if (a.currentYearFen !== target[ref].currentYearFen || a.carriedOverFen !== target[ref].carriedOverFen) throw new Error(`demo year does not end at the seed balance of ${ref}`)
  }
  if (state.spending.some((s) => yearOf(s.day) > yearOf(until))) throw new Error('demo year runs past the seed day')
  return state
}
