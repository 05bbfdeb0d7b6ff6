import { yearOf } from '@/domain/day'
import type { Backend, Balances, SpendingRecord } from '../backend'
import { carriedOver, me, person, policyOf, refOf, type ServerContext } from './context'
import { sweep } from './authorizations'
import { DEMO_REFS, SEED_DAY } from './seed'
import { generateSpending, type SpenderPlan, type SpendingRow } from './spending'
import type { PersonRow } from './state'

type AccountOps = { [K in 'getBalances' | 'listSpending']: (...args: Parameters<Backend[K]>) => Awaited<ReturnType<Backend[K]>> }

const SPENDING_PLANS: readonly SpenderPlan[] = [
  { personRef: DEMO_REFS.lijianguo, relation: 'self', city: 'yingtan', count: 180, from: '2025-01-01' },
  { personRef: DEMO_REFS.lideming, authorizerRef: DEMO_REFS.lijianguo, relation: 'parent', city: 'yingtan', count: 140, from: '2025-04-02' },
  { personRef: DEMO_REFS.zhouzhiqiang, relation: 'self', city: 'yichun', count: 120, from: '2025-01-01' },
  { personRef: DEMO_REFS.lijianfang, authorizerRef: DEMO_REFS.zhouzhiqiang, relation: 'spouse', city: 'yichun', count: 100, from: '2025-06-18' },
]

function toRecord(ctx: ServerContext, s: SpendingRow): SpendingRecord {
  return {
    id: s.id,
    day: s.day,
    person: refOf(person(ctx, s.personRef)),
    relation: s.relation,
    placeName: s.placeName,
    place: s.place,
    kind: s.kind,
    amountFen: s.amountFen,
    ownFen: s.ownFen,
    authorizerFen: s.authorizerFen,
    outpatientFamilyFen: s.outpatientFamilyFen,
  }
}

/** Balances and spending records: the personal account, the 门诊家庭账户 and the year of 共济使用. */
export function accounts(ctx: ServerContext): AccountOps & { setSpendingVolume(count: number): void } {
  let plans: readonly SpenderPlan[] = SPENDING_PLANS
  let cache: SpendingRow[] | undefined
  const spending = () => (cache ??= generateSpending(plans, SEED_DAY))

  return {
    getBalances: (): Balances => {
      const m = me(ctx)
      sweep(ctx)
      const { state, clock } = ctx
      const year = yearOf(clock.today())
      const ofa = (p: PersonRow) => {
        const allowance = policyOf(ctx, p).outpatientFamilyAccount?.allowancePerResidentFen
        if (p.insurance.scheme !== 'resident' || allowance === undefined || p.insurance.status !== 'normal') return undefined
        return { allowanceFen: allowance, remainingFen: allowance - (state.outpatientUsedFen[`${p.ref}:${year}`] ?? 0) }
      }
      const account = state.accounts[m.ref]
      const own = ofa(m)
      const family = state.authorizations
        .filter((a) => a.authorizerRef === m.ref && a.status === 'active')
        .map((a) => {
          const u = person(ctx, a.userRef)
          return { person: refOf(u), relation: a.relation, scheme: u.insurance.scheme, drawableFen: carriedOver(ctx, m.ref), outpatientFamilyAccount: ofa(u) }
        })
      return {
        asOf: new Date(clock.now()).toISOString(),
        personalAccount: account ? { carriedOverFen: account.carriedOverFen, currentYearFen: account.currentYearFen } : undefined,
        outpatientFamilyAccount: own ? { ...own, year } : undefined,
        family,
      }
    },

    listSpending: (q) => {
      const m = me(ctx)
      const pageSize = Math.min(Math.max(1, q.pageSize), 100)
      const page = Math.max(1, q.page)
      const rows = spending().filter(
        (s) =>
          (s.personRef === m.ref || s.authorizerRef === m.ref) &&
          (!q.personRef || s.personRef === q.personRef) &&
          (!q.kind || s.kind === q.kind) &&
          (!q.month || s.day.startsWith(q.month)),
      )
      return { items: rows.slice((page - 1) * pageSize, page * pageSize).map((s) => toRecord(ctx, s)), page, pageSize, total: rows.length }
    },

    /** Regenerates the demo history with `count` records of 李建国's own (bench: 10,000). */
    setSpendingVolume: (count) => {
      plans = SPENDING_PLANS.map((p) => (p.personRef === DEMO_REFS.lijianguo && p.relation === 'self' ? { ...p, count } : p))
      cache = undefined
    },
  }
}
