import { yearOf } from '@/domain/day'
import { outpatientFamilyAccountPlaces } from '@/domain/outpatient-family-account'
import type { Backend, Balances } from '../backend'
import { carriedOver, me, person, policyOf, refOf, type ServerContext } from './context'
import { sweep } from './authorizations'
import { poolOf, recordView } from './spending'
import type { PersonRow } from './state'

type AccountOps = { [K in 'getBalances' | 'listSpending']: (...args: Parameters<Backend[K]>) => Awaited<ReturnType<Backend[K]>> }

/** Balances and spending records: the personal account, the 门诊家庭账户 and the year of 共济使用. */
export function accounts(ctx: ServerContext): AccountOps {
  return {
    getBalances: (): Balances => {
      const m = me(ctx)
      sweep(ctx)
      const { state, clock } = ctx
      const year = yearOf(clock.today())
      // The household's one 门诊家庭账户: the same pool whichever member it is shown for.
      const ofa = (p: PersonRow) => {
        const pool = p.insurance.scheme === 'resident' && p.household ? poolOf(ctx, p.household, year) : undefined
        return pool ? { allowanceFen: pool.allowanceFen, remainingFen: pool.allowanceFen - pool.usedFen } : undefined
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
        outpatientFamilyAccount: own ? { ...own, year, places: outpatientFamilyAccountPlaces(policyOf(ctx, m)) } : undefined,
        family,
      }
    },

    listSpending: (q) => {
      const m = me(ctx)
      // Whole numbers only: a fractional page or size from the client would index between records.
      const pageSize = Math.min(Math.max(1, Math.floor(q.pageSize) || 1), 100)
      const page = Math.max(1, Math.floor(q.page) || 1)
      const rows = ctx.state.spending.filter(
        (s) =>
          (s.personRef === m.ref || s.authorizerRef === m.ref) &&
          (!q.personRef || s.personRef === q.personRef) &&
          (!q.kind || s.kind === q.kind) &&
          (!q.month || s.day.startsWith(q.month)),
      )
      // Newest first: the log is in the order things happened.
      const newest = (i: number) => rows[rows.length - 1 - i]
      const from = (page - 1) * pageSize
      const items = Array.from({ length: Math.max(0, Math.min(pageSize, rows.length - from)) }, (_, i) => recordView(ctx, m, newest(from + i)))
      return { items, page, pageSize, total: rows.length }
    },
  }
}
