import { yearOf, type Day } from '@/domain/day'
import { turnYear } from '@/domain/year-turn'
import { outpatientFamilyAccountPlaces } from '@/domain/outpatient-family-account'
import type { Backend, Balances } from '../backend'
import { carriedOver, me, person, policyOf, refOf, type ServerContext } from './context'
import { sweep } from './authorizations'
import { poolOf } from './spending'
import type { PersonRow, ServerState } from './state'

type AccountOps = { [K in 'getBalances']: (...args: Parameters<Backend[K]>) => Awaited<ReturnType<Backend[K]>> }

/**
 * The turn of the year on the server's books (domain.md): every account whose 当年余额 is of an earlier 年度 moves
 * what is left of it into 历年余额 as of 01-01, booked in the ledger (ref `YEAR-<year>`); `allocationFen` is what the
 * new year's 当年余额 starts with (the demo year's replay; 0 on the live server, where it is not modelled).
 */
export function turnTheYear(state: ServerState, day: Day, allocationFen: (ref: string, year: number) => number = () => 0): void {
  const year = yearOf(day)
  const at = new Date(`${year}-01-01T00:00:00+08:00`).toISOString()
  for (const [ref, a] of Object.entries(state.accounts)) {
    if (a.year === undefined) a.year = year
    if (a.year >= year) continue
    const turned = turnYear({ year: a.year, currentYearFen: a.currentYearFen, carriedOverFen: a.carriedOverFen }, day, allocationFen(ref, year))
    if (turned.movedFen !== 0) {
      state.ledger.push({ account: `${ref}:current`, deltaFen: -turned.movedFen, ref: `YEAR-${year}`, at })
      state.ledger.push({ account: `${ref}:carried`, deltaFen: turned.movedFen, ref: `YEAR-${year}`, at })
    }
    if (turned.currentYearFen !== 0) state.ledger.push({ account: `${ref}:current`, deltaFen: turned.currentYearFen, ref: `ALLOC-${year}`, at })
    Object.assign(a, { year, currentYearFen: turned.currentYearFen, carriedOverFen: turned.carriedOverFen })
  }
}

/** Balances: the personal account, the 门诊家庭账户 and what each bound relative may draw. */
export function accounts(ctx: ServerContext): AccountOps {
  return {
    getBalances: (): Balances => {
      const m = me(ctx)
      sweep(ctx)
      const { state, clock } = ctx
      const year = yearOf(clock.today())
      // The household's one 门诊家庭账户: the same pool whichever member it is shown for.
      const ofa = (p: PersonRow) => {
        const pool = p.insurance.scheme === 'resident' && p.household ? poolOf(ctx, p.household, year, clock.today()) : undefined
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

  }
}
