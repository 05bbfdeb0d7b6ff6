import { yearOf } from '@/domain/day'
import { outpatientFamilyAccountPlaces } from '@/domain/outpatient-family-account'
import type { Backend, Balances } from '../backend'
import { carriedOver, me, person, policyOf, refOf, type ServerContext } from './context'
import { sweep } from './authorizations'
import { poolOf } from './spending'
import type { PersonRow } from './state'

type AccountOps = { [K in 'getBalances']: (...args: Parameters<Backend[K]>) => Awaited<ReturnType<Backend[K]>> }

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

  }
}
