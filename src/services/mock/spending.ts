import { yearOf, type Day } from '@/domain/day'
import { deduct, type Funds } from '@/domain/deduction'
import { creditedAllowanceFen } from '@/domain/outpatient-family-account'
import { PLACES, policyFor, SPENDING_KINDS, type Place, type SpendingKind } from '@/domain/policy'
import type { Reason } from '@/domain/result'
import { BackendError, type Backend, type Outcome, type SpendingRecord, type SpendRequest } from '../backend'
import { activeBindingOf, sweep } from './authorizations'
import { me, nextId, person, refOf, type ServerContext } from './context'
import { once } from './idempotency'
import type { Relation } from '@/domain/relations'
import type { PersonRow, PoolRow, ServerState, SpendingRow } from './state'

// Spending (shared/domain.md "Spending"): a visit or purchase at a designated place, paid by the deduction
// order of the domain layer from real balances — the same code writes the demo family's year of history.

export interface Visit {
  place: Place
  placeName: string
  kind: SpendingKind
  amountFen: number
}

const cityOf = (p: PersonRow) => p.insurance.city ?? 'yingtan'

/** The key of a household's 门诊家庭账户 for a year, as the ledger names it. */
const poolAccount = (household: string, year: number) => `pool:${household}:${year}`

/**
 * The first day a resident is covered for a 年度: from the order that paid or confirmed it (its coverage), else
 * (paid elsewhere) 01-01; never before birth. Undefined when neither a premium nor a 免缴确认 is on record.
 */
export function coveredFrom(state: ServerState, p: PersonRow, year: number): Day | undefined {
  const key = `${p.ref}:${year}`
  const record = state.premiumsPaid[key] ?? state.exemptionsConfirmed[key]
  if (!record) return undefined
  const order = record.orderNo ? state.payments.find((x) => x.orderNo === record.orderNo) : undefined
  const from = order?.coverage?.from ?? `${year}-01-01`
  return from > p.birthDate ? from : p.birthDate
}

/**
 * The household's 门诊家庭账户 for a year as of `day`: 90 元 for each resident covered that 年度 by then (domain.md
 * "The turn of the year"), credited on 01-01 and growing when a cover starts later; a credit once made stays.
 */
export function poolOf(ctx: ServerContext, household: string, year: number, day: Day): PoolRow | undefined {
  const kept = ctx.state.pools[`${household}:${year}`]
  const members = ctx.state.people.filter((p) => p.household === household)
  const credited = members.length > 0 ? creditedAllowanceFen(policyFor(cityOf(members[0]), year), members.map((p) => ({ insurance: p.insurance, coveredFrom: coveredFrom(ctx.state, p, year) })), day) : undefined
  const allowanceFen = Math.max(kept?.allowanceFen ?? 0, credited ?? 0)
  return allowanceFen === 0 && !kept ? undefined : { allowanceFen, usedFen: kept?.usedFen ?? 0 }
}

/** Applies one visit on `day`: the deduction order on today's balances, the ledger and the record; or the refusal. */
export function applySpend(ctx: ServerContext, spender: PersonRow, visit: Visit, day: Day, at: string): Outcome<SpendingRow> {
  const { state } = ctx
  const year = yearOf(day)
  const own = state.accounts[spender.ref]
  const household = spender.insurance.scheme === 'resident' ? spender.household : undefined
  const pool = household ? poolOf(ctx, household, year, day) : undefined
  const binding = activeBindingOf(ctx, spender.ref)
  const authorizer = binding ? person(ctx, binding.authorizerRef) : undefined
  const funds: Funds = { spenderStatus: spender.insurance.status }
  if (own) funds.own = { currentYearFen: own.currentYearFen, carriedOverFen: own.carriedOverFen, policy: policyFor(cityOf(spender), year) }
  if (pool) funds.outpatientFamily = { remainingFen: pool.allowanceFen - pool.usedFen, policy: policyFor(cityOf(spender), year) }
  if (authorizer) funds.authorizer = { carriedOverFen: state.accounts[authorizer.ref]?.carriedOverFen ?? 0, policy: policyFor(cityOf(authorizer), year) }
  const split = deduct(visit, funds)
  if (!split.ok) return { ok: false, reasons: [split.reason] }

  const id = nextId(ctx, 's')
  const entry = (account: string, fen: number) => fen > 0 && state.ledger.push({ account, deltaFen: -fen, ref: id, at })
  const d = split.value
  if (own) {
    own.currentYearFen -= d.ownCurrentYearFen
    own.carriedOverFen -= d.ownCarriedOverFen
    entry(`${spender.ref}:current`, d.ownCurrentYearFen)
    entry(`${spender.ref}:carried`, d.ownCarriedOverFen)
  }
  if (pool && household && d.outpatientFamilyFen > 0) {
    state.pools[`${household}:${year}`] = { ...pool, usedFen: pool.usedFen + d.outpatientFamilyFen }
    entry(poolAccount(household, year), d.outpatientFamilyFen)
  }
  if (authorizer && binding && d.authorizerFen > 0) {
    state.accounts[authorizer.ref].carriedOverFen -= d.authorizerFen
    entry(`${authorizer.ref}:carried`, d.authorizerFen)
  }
  const row: SpendingRow = {
    id,
    day,
    personRef: spender.ref,
    relation: binding && d.authorizerFen > 0 ? binding.relation : 'self',
    ...visit,
    ownFen: d.ownCurrentYearFen + d.ownCarriedOverFen,
    authorizerFen: d.authorizerFen,
    outpatientFamilyFen: d.outpatientFamilyFen,
  }
  if (authorizer && d.authorizerFen > 0) row.authorizerRef = authorizer.ref
  state.spending.push(row)
  return { ok: true, value: row }
}

/** A record as the member sees it: whose visit, and what it drew from whose account. */
export function recordView(ctx: ServerContext, viewer: PersonRow, s: SpendingRow): SpendingRecord {
  const record: SpendingRecord = {
    type: 'spending',
    id: s.id,
    day: s.day,
    person: refOf(person(ctx, s.personRef)),
    relation: s.personRef === viewer.ref ? 'self' : s.relation,
    placeName: s.placeName,
    place: s.place,
    kind: s.kind,
    amountFen: s.amountFen,
    ownFen: s.ownFen,
    authorizerFen: s.authorizerFen,
    outpatientFamilyFen: s.outpatientFamilyFen,
  }
  if (s.authorizerRef) record.authorizer = refOf(person(ctx, s.authorizerRef))
  return record
}

/**
 * A record as listed to `viewer` (共济使用明细): an authorizer looking at a relative's visit learns only what his own
 * 历年余额 paid (PIPL: no more than needed) — not her own account's part, her household's, nor the rest of the bill.
 */
export function listedRecordView(ctx: ServerContext, viewer: PersonRow, s: SpendingRow): SpendingRecord {
  const record = recordView(ctx, viewer, s)
  return s.personRef !== viewer.ref && s.authorizerRef === viewer.ref ? { ...record, amountFen: s.authorizerFen, ownFen: 0, outpatientFamilyFen: 0 } : record
}

/**
 * Whom a patient may bring to a designated place in the developer panel's 「模拟就医/购药」: herself, and the people
 * she knows by name (relatives bound to her either way, her household). The place settles each for herself.
 */
export function companionsOf(ctx: ServerContext, m: PersonRow): { p: PersonRow; relation: Relation | 'self' | 'household' }[] {
  const bound = ctx.state.authorizations
    .filter((a) => a.authorizerRef === m.ref && a.status === 'active')
    .map((a) => ({ p: person(ctx, a.userRef), relation: a.relation }))
  const household = m.household ? ctx.state.people.filter((p) => p !== m && p.household === m.household && !bound.some((b) => b.p === p)) : []
  return [{ p: m, relation: 'self' as const }, ...bound, ...household.map((p) => ({ p, relation: 'household' as const }))]
}

/** Nobody settles another member's visit: one answer, whoever the ref names (or whether it names anyone). */
export const PATIENT_ONLY: Reason = { code: 'PATIENT_ONLY', message: '就医结算只能为本人办理，请由就诊人本人或定点医药机构结算' }

const isVisit = (v: Partial<Visit>): v is Visit =>
  PLACES.includes(v.place as Place) &&
  SPENDING_KINDS.includes(v.kind as SpendingKind) &&
  typeof v.placeName === 'string' &&
  v.placeName.trim().length > 0 &&
  v.placeName.length <= 40 &&
  typeof v.amountFen === 'number'

/**
 * A visit settled for the patient `ctx.caller`: by her own session (`spend`), or by a designated place on her
 * behalf (the mock's `control.settleAtPlace`, which sets the caller to the patient). It draws on her own funds,
 * the household's 门诊家庭账户 where allowed, then the 历年余额 of an authorizer bound to her.
 */
export function settle(ctx: ServerContext, req: SpendRequest): Outcome<SpendingRecord> {
  const m = me(ctx)
  sweep(ctx)
  const { idempotencyKey, ...payload } = req
  return once(ctx, idempotencyKey, { op: 'spend', by: m.ref, payload }, (): Outcome<SpendingRecord> => {
    const visit = { place: req.place, placeName: typeof req.placeName === 'string' ? req.placeName.trim() : req.placeName, kind: req.kind, amountFen: req.amountFen }
    if (!isVisit(visit)) throw new BackendError('BAD_REQUEST', '就医信息不完整，请核对后重试')
    if (req.personRef !== 'self' && req.personRef !== m.ref) return { ok: false, reasons: [PATIENT_ONLY] }
    const done = applySpend(ctx, m, visit, ctx.clock.today(), new Date(ctx.clock.now()).toISOString())
    return done.ok ? { ok: true, value: recordView(ctx, m, done.value) } : done
  })
}

export function spending(ctx: ServerContext): Pick<{ [K in keyof Backend]: (...args: Parameters<Backend[K]>) => Awaited<ReturnType<Backend[K]>> }, 'spend'> {
  return { spend: (req) => settle(ctx, req) }
}
