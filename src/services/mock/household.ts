import { yearOf } from '@/domain/day'
import { outpatientCredits } from '@/domain/outpatient-family-account'
import { PLACE_LABELS, PLACES, sourceText } from '@/domain/policy'
import type { Relation } from '@/domain/relations'
import { BackendError, type Backend, type HouseholdAccountView, type Payment, type RecordTotals } from '../backend'
import { chinaDay } from './clock'
import { idSeq, me, person, policyOf, refOf, type ServerContext } from './context'
import { paymentViewFor } from './payments'
import { paidForRelation } from './records'
import { coveredFrom, listedRecordView, poolOf } from './spending'
import type { PersonRow } from './state'

type HouseholdOps = { [K in 'getHouseholdAccount' | 'getPayment' | 'recordTotals']: (...args: Parameters<Backend[K]>) => Awaited<ReturnType<Backend[K]>> }

// Issue 21: the household's 门诊家庭账户 as one answer, an order by its number, and 共济使用明细's totals.

const activeBindings = (ctx: ServerContext) => ctx.state.authorizations.filter((a) => a.status === 'active')

/**
 * Whose 门诊家庭账户 the caller may see: her own household if she is a resident member of one; else the household of
 * a resident bound to her as 使用人 (the authorizer pays where the account does not). Nobody else: no answer says why.
 */
function householdOf(ctx: ServerContext, m: PersonRow): string | undefined {
  const resident = (p: PersonRow) => (p.insurance.scheme === 'resident' && p.household ? p.household : undefined)
  if (resident(m)) return resident(m)
  for (const a of activeBindings(ctx)) if (a.authorizerRef === m.ref) {
    const h = resident(person(ctx, a.userRef))
    if (h) return h
  }
  return undefined
}

/**
 * The viewer's children in the household, as the registrations say: bound to her as 子女, or — for a resident
 * 配偶 of an authorizer — bound to that authorizer as 子女.
 */
function childrenOf(ctx: ServerContext, m: PersonRow, members: readonly PersonRow[]): PersonRow[] {
  const parents = new Set([m.ref])
  for (const a of activeBindings(ctx)) if (a.userRef === m.ref && a.relation === 'spouse') parents.add(a.authorizerRef)
  const refs = new Set(activeBindings(ctx).filter((a) => parents.has(a.authorizerRef) && a.relation === 'child').map((a) => a.userRef))
  return members.filter((p) => refs.has(p.ref))
}

export function household(ctx: ServerContext): HouseholdOps {
  return {
    getHouseholdAccount: (): HouseholdAccountView | null => {
      const m = me(ctx)
      const h = householdOf(ctx, m)
      if (!h) return null
      const today = ctx.clock.today()
      const year = yearOf(today)
      const members = ctx.state.people.filter((p) => p.household === h)
      const policy = policyOf(ctx, members[0])
      const rule = policy.outpatientFamilyAccount
      const pool = poolOf(ctx, h, year, today)
      if (!rule || !pool) return null
      const inHousehold = new Set(members.map((p) => p.ref))
      const month = today.slice(0, 7)
      // A member of the household sees every use in full; an authorizer outside it only his own users' visits in
      // full, the others' as amount and day (whose and where are theirs to tell).
      const member = m.household === h
      const bound = new Set(activeBindings(ctx).filter((a) => a.authorizerRef === m.ref).map((a) => a.userRef))
      const uses = ctx.state.spending
        .filter((s) => inHousehold.has(s.personRef) && s.outpatientFamilyFen > 0 && yearOf(s.day) === year)
        .sort((a, b) => b.day.localeCompare(a.day) || idSeq(b.id) - idSeq(a.id))
        .map((s) =>
          member || bound.has(s.personRef)
            ? { id: s.id, day: s.day, person: refOf(person(ctx, s.personRef)), placeName: s.placeName, place: s.place, kind: s.kind, amountFen: s.outpatientFamilyFen }
            : { id: s.id, day: s.day, amountFen: s.outpatientFamilyFen },
        )
      const sum = (xs: { amountFen: number }[]) => xs.reduce((n, x) => n + x.amountFen, 0)
      return {
        year,
        cityName: policy.cityName,
        month,
        allowanceFen: pool.allowanceFen,
        balanceFen: pool.allowanceFen - pool.usedFen,
        // The same facts as the balance (poolOf): who is covered for the 年度, from when, by today.
        // Whose credit it is, as for the uses: only for a member of the household or the viewer's own users (a credit
        // tells that someone's premium was paid; an authorizer outside the household learns that of nobody else).
        credits: outpatientCredits(policy, members.map((p) => ({ person: p, insurance: p.insurance, coveredFrom: coveredFrom(ctx.state, p, year) })), today).map((c) =>
          member || bound.has(c.member.person.ref) ? { person: refOf(c.member.person), amountFen: c.amountFen, day: c.day } : { amountFen: c.amountFen, day: c.day },
        ),
        uses,
        monthFen: sum(uses.filter((u) => u.day.startsWith(month))),
        yearFen: sum(uses),
        children: childrenOf(ctx, m, members).map(refOf),
        places: PLACES.map((place) => ({ place, label: PLACE_LABELS[place], usable: rule.places[place].usable, note: rule.places[place].note })),
        source: sourceText(rule.source),
      }
    },

    getPayment: (orderNo): Payment => {
      const m = me(ctx)
      const row = typeof orderNo === 'string' ? ctx.state.payments.find((p) => p.orderNo === orderNo) : undefined
      // Someone else's order is as unknown as one that does not exist.
      const view = row && paymentViewFor(ctx, row, m.ref)
      if (!view) throw new BackendError('NOT_FOUND', '未找到该缴费记录')
      return view
    },

    recordTotals: (q): RecordTotals => {
      const m = me(ctx)
      const query = q ?? {}
      const who = query.personRef === 'self' ? m.ref : query.personRef
      const wanted = (ref: string, kind: string, day: string) => (who === 'family' ? ref !== m.ref : !who || ref === who) && (!query.kind || kind === query.kind) && (!query.month || day.startsWith(query.month))
      const lines: { ref: string; relation: Relation | 'self'; day: string; amountFen: number }[] = []
      // The same records as listRecords, with the amounts as listed to the caller.
      for (const s of ctx.state.spending) {
        if ((s.personRef === m.ref || s.authorizerRef === m.ref) && wanted(s.personRef, s.kind, s.day)) {
          const r = listedRecordView(ctx, m, s)
          lines.push({ ref: s.personRef, relation: r.relation, day: s.day, amountFen: r.amountFen })
        }
      }
      for (const row of ctx.state.payments) {
        const day = chinaDay(Date.parse(row.paidAt))
        for (const l of row.lines) {
          if ((row.payerRef !== m.ref && l.personRef !== m.ref) || !wanted(l.personRef, row.kind, day)) continue
          lines.push({ ref: l.personRef, relation: paidForRelation(ctx, m, row, l.personRef), day, amountFen: l.amountFen })
        }
      }
      const byPerson = new Map<string, RecordTotals['byPerson'][number]>()
      const byMonth = new Map<string, number>()
      for (const l of lines) {
        const p = byPerson.get(l.ref) ?? { person: refOf(person(ctx, l.ref)), relation: l.relation, totalFen: 0 }
        p.totalFen += l.amountFen
        byPerson.set(l.ref, p)
        byMonth.set(l.day.slice(0, 7), (byMonth.get(l.day.slice(0, 7)) ?? 0) + l.amountFen)
      }
      const month = ctx.clock.today().slice(0, 7)
      return {
        count: lines.length,
        totalFen: lines.reduce((n, l) => n + l.amountFen, 0),
        byPerson: [...byPerson.values()].sort((a, b) => (a.person.ref === m.ref ? -1 : b.person.ref === m.ref ? 1 : b.totalFen - a.totalFen)),
        byMonth: [...byMonth.entries()].sort((a, b) => b[0].localeCompare(a[0])).map(([mo, totalFen]) => ({ month: mo, totalFen })),
        month,
        monthFen: byMonth.get(month) ?? 0,
      }
    },
  }
}
