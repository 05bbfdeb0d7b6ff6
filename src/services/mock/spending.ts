import { addDays, yearOf, type Day } from '@/domain/day'
import { splitExpense } from '@/domain/deduction'
import { policyFor, type CityPolicy, type Place, type SpendingKind } from '@/domain/policy'
import type { Relation } from '@/domain/relations'

// A realistic year of spending records for the demo family, generated from a fixed seed so every
// device and test sees the same history. Each record is split by the domain's deduction rule.

export interface SpendingRow {
  id: string
  day: Day
  personRef: string
  authorizerRef?: string
  relation: Relation | 'self'
  place: Place
  placeName: string
  kind: SpendingKind
  amountFen: number
  ownFen: number
  authorizerFen: number
  outpatientFamilyFen: number
}

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

const PLACE_NAMES: Record<string, Partial<Record<Place, string[]>>> = {
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

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]
}

function pickKind(random: () => number): SpendingKind {
  const total = KIND_WEIGHTS.reduce((a, [, w]) => a + w, 0)
  let x = random() * total
  for (const [kind, w] of KIND_WEIGHTS) {
    x -= w
    if (x < 0) return kind
  }
  return 'drug'
}

function amountFor(kind: SpendingKind, random: () => number): number {
  const range: Record<string, [number, number]> = {
    drug: [1200, 18000],
    outpatient: [2000, 30000],
    selfPay: [3000, 50000],
    inpatient: [50000, 400000],
    specialOutpatient: [20000, 150000],
  }
  const [lo, hi] = range[kind] ?? [1000, 10000]
  return Math.round((lo + random() * (hi - lo)) / 10) * 10
}

export interface SpenderPlan {
  personRef: string
  authorizerRef?: string
  relation: Relation | 'self'
  city: 'yingtan' | 'yichun'
  count: number
  /** First day records may fall on (the binding day, for relatives). */
  from: Day
}

export function generateSpending(plans: readonly SpenderPlan[], until: Day, seed = 20261120): SpendingRow[] {
  const random = seededRandom(seed)
  const rows: SpendingRow[] = []
  let n = 0
  for (const plan of plans) {
    const policy: CityPolicy = policyFor(plan.city, yearOf(until))
    const start = plan.from > addDays(until, -365) ? plan.from : addDays(until, -365)
    const span = Math.max(1, Math.round((Date.parse(until) - Date.parse(start)) / 86400000))
    let made = 0
    while (made < plan.count) {
      const kind = pickKind(random)
      const places = Object.entries(PLACE_NAMES[plan.city]) as [Place, string[]][]
      const [place, names] = kind === 'drug' ? (['pharmacy', PLACE_NAMES[plan.city].pharmacy ?? []] as [Place, string[]]) : pick(random, places.filter(([p]) => p !== 'pharmacy'))
      const amountFen = amountFor(kind, random)
      const day = addDays(start, Math.floor(random() * span))
      let ownFen = amountFen
      let authorizerFen = 0
      if (plan.relation !== 'self') {
        // Relatives in the demo are resident members: no personal account of their own.
        const split = splitExpense({ amountFen, kind, place }, 0, Number.MAX_SAFE_INTEGER, policy)
        if (!split.ok) continue
        ownFen = split.value.ownFen
        authorizerFen = split.value.authorizerFen
      }
      n += 1
      made += 1
      rows.push({
        id: `s-${n}`,
        day,
        personRef: plan.personRef,
        authorizerRef: plan.authorizerRef,
        relation: plan.relation,
        place,
        placeName: pick(random, names),
        kind,
        amountFen,
        ownFen,
        authorizerFen,
        outpatientFamilyFen: 0,
      })
    }
  }
  return rows.sort((a, b) => (a.day === b.day ? b.id.localeCompare(a.id) : b.day.localeCompare(a.day)))
}
