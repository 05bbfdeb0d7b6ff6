import { checkNewbornConfirmation, closedReason, coverageFor, openCollectionYears, premiumDue, type CollectionYear } from '@/domain/collection'
import { dueView } from '@/domain/due'
import type { Day } from '@/domain/day'
import { maskName } from '@/domain/masking'
import { buildOrder, checkHuiminbao, checkPayee, checkPayer, checkPromiseVersion, checkSeenOffer, NOT_BOUND, type SeenOffer } from '@/domain/payments'
import { sumFen } from '@/domain/money'
import { PAYMENT_PROMISES } from '@/domain/promise'
import type { Relation } from '@/domain/relations'
import type { Reason } from '@/domain/result'
import { BackendError, type Backend, type CollectionView, type Outcome, type Payment, type PaymentOffer, type PaymentRequest, type PremiumCandidate } from '../backend'
import { carriedOver, me, person, policyOf, refOf, type ServerContext } from './context'
import { once } from './idempotency'
import { requireTicket } from './tickets'
import type { PaymentRow, PersonRow } from './state'

type PaymentOps = {
  [K in 'premiumCandidates' | 'dueItems' | 'payResidentPremium' | 'confirmNewbornExemption' | 'huiminbaoCandidates' | 'payHuiminbao' | 'listPayments']: (
    ...args: Parameters<Backend[K]>
  ) => Awaited<ReturnType<Backend[K]>>
}

/** Where a payment made through this app is recorded as paid (shown when someone tries to pay again). */
const THIS_APP = '本应用 家庭账户共济代缴'

export function paymentView(ctx: ServerContext, row: PaymentRow): Payment {
  const view: Payment = {
    orderNo: row.orderNo,
    kind: row.kind,
    year: row.year,
    payer: refOf(person(ctx, row.payerRef)),
    lines: row.lines.map((l) => ({ person: refOf(person(ctx, l.personRef)), amountFen: l.amountFen })),
    totalFen: row.totalFen,
    balanceBeforeFen: row.balanceBeforeFen,
    balanceAfterFen: row.balanceAfterFen,
    paidAt: row.paidAt,
  }
  if (row.coverage) view.coverage = row.coverage
  if (row.assumed) view.assumed = true
  return view
}

/**
 * An order as `viewerRef` may see it: the payer, all of it; a person paid for, her own line and what it cost —
 * not the payer's 历年余额 nor who else was paid for. Undefined: not hers to see (as unknown as no order).
 */
export function paymentViewFor(ctx: ServerContext, row: PaymentRow, viewerRef: string): Payment | undefined {
  const view = paymentView(ctx, row)
  if (row.payerRef === viewerRef) return view
  const lines = view.lines.filter((l) => l.person.ref === viewerRef)
  if (lines.length === 0) return undefined
  const hers: Payment = { ...view, lines, totalFen: lines.reduce((n, l) => n + l.amountFen, 0) }
  delete hers.balanceBeforeFen
  delete hers.balanceAfterFen
  return hers
}

/** Where an order stands in the server's one sequence (order numbers are `JX<yyyymmdd><seq>`). */
export const orderSeq = (orderNo: string) => Number(orderNo.slice(10))

/** Takes an order's total from the payer's 历年余额, writing the ledger and the order; refuses an overdraft. */
function debit(
  ctx: ServerContext,
  payer: PersonRow,
  kind: PaymentRow['kind'],
  c: CollectionYear,
  lines: { personRef: string; amountFen: number }[],
): Outcome<Payment> {
  const { state, clock } = ctx
  const order = buildOrder(lines.map((l) => ({ payeeId: l.personRef, amountFen: l.amountFen })), carriedOver(ctx, payer.ref))
  if (!order.ok) return { ok: false, reasons: [order.reason] }
  const orderNo = `JX${clock.today().replace(/-/g, '')}${String(state.seq + 1).padStart(6, '0')}`
  state.seq += 1
  const paidAt = new Date(clock.now()).toISOString()
  if (state.accounts[payer.ref]) state.accounts[payer.ref].carriedOverFen = order.value.balanceAfterFen
  state.ledger.push({ account: `${payer.ref}:carried`, deltaFen: -order.value.totalFen, ref: orderNo, at: paidAt })
  const row: PaymentRow = {
    orderNo,
    kind,
    year: c.year,
    payerRef: payer.ref,
    lines,
    totalFen: order.value.totalFen,
    balanceBeforeFen: order.value.balanceBeforeFen,
    balanceAfterFen: order.value.balanceAfterFen,
    paidAt,
    assumed: c.assumed,
  }
  if (kind !== 'huiminbao') row.coverage = coverageFor(c, clock.today())
  state.payments.push(row)
  return { ok: true, value: paymentView(ctx, row) }
}

/** Relatives bound to the member by an active authorization: the registration is what proves the relation. */
function boundRelatives(ctx: ServerContext, m: PersonRow): { p: PersonRow; relation: Relation }[] {
  return ctx.state.authorizations
    .filter((a) => a.authorizerRef === m.ref && a.status === 'active')
    .map((a) => ({ p: person(ctx, a.userRef), relation: a.relation }))
}

/** A requested ref: the bound relative, or nothing (unknown and not bound are told apart by no one). */
function boundOne(ctx: ServerContext, m: PersonRow, ref: string): { p: PersonRow; relation: Relation } | undefined {
  return boundRelatives(ctx, m).find((b) => b.p.ref === ref)
}

/** The 年度 offered today (the newest open one), or why none is. */
function openYear(ctx: ServerContext): { c: CollectionYear } | { c?: undefined; closed: Reason } {
  const today = ctx.clock.today()
  const c = openCollectionYears(today)[0]
  return c ? { c } : { closed: closedReason(today) }
}

function collectionView(ctx: ServerContext, c: CollectionYear): CollectionView {
  return { year: c.year, window: c.window, assumed: c.assumed, coverage: coverageFor(c, ctx.clock.today()) }
}

function premiumCandidate(ctx: ServerContext, p: PersonRow, relation: Relation, c: CollectionYear): PremiumCandidate {
  const key = `${p.ref}:${c.year}`
  const paid = ctx.state.premiumsPaid[key]
  const due = premiumDue({ birthDate: p.birthDate, category: p.premiumCategory ?? 'ordinary' }, c)
  const reasons: Reason[] = checkPayee({ bound: true, insurance: p.insurance, due, paid: paid ? { year: c.year, channel: paid.channel } : undefined })
  const candidate: PremiumCandidate = { person: refOf(p), relation, eligible: reasons.length === 0, reasons, amountFen: due.amountFen }
  if (p.insurance.scheme === 'resident') candidate.category = due.category
  if (due.category === 'newbornExempt' && !paid) {
    const confirmed = Boolean(ctx.state.exemptionsConfirmed[key])
    const refusals = checkNewbornConfirmation(relation, p.birthDate, c, ctx.clock.today(), confirmed)
    candidate.exemption = { confirmed, confirmable: refusals.length === 0 }
    if (!confirmed && refusals.length > 0) candidate.exemption.reason = refusals[0]
  }
  return candidate
}

/** The request as sent may be anything: whom to pay must be a list of refs (a string is not iterated letter by letter). */
function refsOf(value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((r) => typeof r === 'string')) throw new BackendError('BAD_REQUEST', '缴费人员信息有误，请返回重新选择')
  return value
}

/** What the person saw, as sent: whole numbers (and a day, if any), or the request is malformed. */
function seenOf(req: { year?: unknown; totalFen?: unknown; coverageFrom?: unknown }): SeenOffer {
  if (!Number.isSafeInteger(req.year) || !Number.isSafeInteger(req.totalFen)) throw new BackendError('BAD_REQUEST', '缴费信息不完整，请返回重新确认')
  if (req.coverageFrom !== undefined && typeof req.coverageFrom !== 'string') throw new BackendError('BAD_REQUEST', '缴费信息不完整，请返回重新确认')
  return { year: req.year as number, totalFen: req.totalFen as number, coverageFrom: req.coverageFrom as Day | undefined }
}

/**
 * After the people's own reasons: the 年度 and total the person saw against the server's, and for a premium the first
 * day of benefits as of now (`coverageFrom`: a day not sent was not seen, and is refused as changed).
 */
function notAsSeen(req: PaymentRequest, year: number, lines: { amountFen: number }[], coverageFrom?: Day): Reason | undefined {
  return checkSeenOffer(seenOf(req), { year, totalFen: sumFen(lines.map((l) => l.amountFen)), coverageFrom })
}

const named = (p: PersonRow, reasons: readonly Reason[]): Reason[] => reasons.map((r) => ({ ...r, message: `${maskName(p.name)}：${r.message}` }))

/** 代缴 from the personal account: resident premiums, 新生儿免缴确认 and 惠民保, and the member's payment history. */
export function payments(ctx: ServerContext): PaymentOps {
  const premiumCandidates = (): PaymentOffer => {
    const m = me(ctx)
    const notEmployee = checkPayer(m.insurance)
    if (notEmployee) return { closed: notEmployee, candidates: [] }
    const open = openYear(ctx)
    if (!open.c) return { closed: open.closed, candidates: [] }
    const c = open.c
    return { collection: collectionView(ctx, c), candidates: boundRelatives(ctx, m).map(({ p, relation }) => premiumCandidate(ctx, p, relation, c)) }
  }
  return {
    premiumCandidates,

    dueItems: () => dueView(premiumCandidates(), ctx.clock.today()),

    payResidentPremium: (req) => {
      const m = me(ctx)
      const { idempotencyKey, ...rest } = req
      const payload = { ...rest, ticket: undefined }
      return once(ctx, idempotencyKey, { op: 'premium', by: m.ref, payload }, (): Outcome<Payment> => {
        seenOf(req)
        const outdated = checkPromiseVersion(req.promiseVersion, PAYMENT_PROMISES.residentPremium.version, '缴费承诺')
        if (outdated) return { ok: false, reasons: [outdated] }
        const notEmployee = checkPayer(m.insurance)
        if (notEmployee) return { ok: false, reasons: [notEmployee] }
        const open = openYear(ctx)
        if (!open.c) return { ok: false, reasons: [open.closed] }
        const c = open.c
        const lines: { personRef: string; amountFen: number }[] = []
        const reasons: Reason[] = []
        for (const ref of refsOf(req.personRefs)) {
          const bound = boundOne(ctx, m, ref)
          if (!bound) {
            if (!reasons.includes(NOT_BOUND)) reasons.push(NOT_BOUND)
            continue
          }
          const candidate = premiumCandidate(ctx, bound.p, bound.relation, c)
          reasons.push(...named(bound.p, candidate.reasons))
          lines.push({ personRef: ref, amountFen: candidate.amountFen })
        }
        if (reasons.length > 0) return { ok: false, reasons }
        const changed = notAsSeen(req, c.year, lines, coverageFor(c, ctx.clock.today()).from)
        if (changed) return { ok: false, reasons: [changed] }
        const outcome = debit(ctx, m, 'residentPremium', c, lines)
        if (outcome.ok) for (const l of lines) ctx.state.premiumsPaid[`${l.personRef}:${c.year}`] = { channel: THIS_APP, orderNo: outcome.value.orderNo }
        return outcome
      }, () => {
        const unverified = requireTicket(ctx, 'payResidentPremium', req)
        return unverified ? { ok: false, reasons: [unverified] } : undefined
      })
    },

    confirmNewbornExemption: (req) => {
      const m = me(ctx)
      const { idempotencyKey, ...payload } = req
      return once(ctx, idempotencyKey, { op: 'newbornExemption', by: m.ref, payload }, (): Outcome<Payment> => {
        const open = openYear(ctx)
        if (!open.c) return { ok: false, reasons: [open.closed] }
        const c = open.c
        const bound = boundOne(ctx, m, refsOf([req.personRef])[0])
        const key = `${req.personRef}:${c.year}`
        const refusals = checkNewbornConfirmation(bound?.relation, bound?.p.birthDate, c, ctx.clock.today(), Boolean(ctx.state.exemptionsConfirmed[key]))
        if (!bound || refusals.length > 0) return { ok: false, reasons: bound ? named(bound.p, refusals) : refusals }
        const inactive = checkPayee({ bound: true, insurance: bound.p.insurance, due: premiumDue({ birthDate: bound.p.birthDate, category: 'ordinary' }, c) }).filter((r) => r.code !== 'NEWBORN_EXEMPT')
        if (inactive.length > 0) return { ok: false, reasons: named(bound.p, inactive) }
        const outcome = debit(ctx, m, 'newbornExemption', c, [{ personRef: req.personRef, amountFen: 0 }])
        if (outcome.ok) ctx.state.exemptionsConfirmed[key] = { channel: '本应用', orderNo: outcome.value.orderNo }
        return outcome
      })
    },

    huiminbaoCandidates: (): PaymentOffer => {
      const m = me(ctx)
      const notEmployee = checkPayer(m.insurance)
      if (notEmployee) return { closed: notEmployee, candidates: [] }
      const open = openYear(ctx)
      if (!open.c) return { closed: open.closed, candidates: [] }
      const { year } = open.c
      const policy = policyOf(ctx, m)
      const people: { p: PersonRow; who: Relation | 'self' }[] = [{ p: m, who: 'self' }, ...boundRelatives(ctx, m).map(({ p, relation }) => ({ p, who: relation }))]
      return {
        collection: collectionView(ctx, open.c),
        candidates: people.map(({ p, who }) => {
          const reasons: Reason[] = checkHuiminbao(who, p.insurance, policy, ctx.state.huiminbaoEnrolled[`${p.ref}:${year}`] ? year : undefined, year)
          return { person: refOf(p), relation: who === 'self' ? undefined : who, eligible: reasons.length === 0, reasons, amountFen: policy.huiminbao?.premiumFen ?? 0 }
        }),
      }
    },

    payHuiminbao: (req) => {
      const m = me(ctx)
      const { idempotencyKey, ...rest } = req
      const payload = { ...rest, ticket: undefined }
      return once(ctx, idempotencyKey, { op: 'huiminbao', by: m.ref, payload }, (): Outcome<Payment> => {
        seenOf(req)
        const outdated = checkPromiseVersion(req.promiseVersion, PAYMENT_PROMISES.huiminbao.version, '缴费承诺')
        if (outdated) return { ok: false, reasons: [outdated] }
        const notEmployee = checkPayer(m.insurance)
        if (notEmployee) return { ok: false, reasons: [notEmployee] }
        const open = openYear(ctx)
        if (!open.c) return { ok: false, reasons: [open.closed] }
        const { year } = open.c
        const policy = policyOf(ctx, m)
        const reasons: Reason[] = []
        const refs = refsOf(req.personRefs).map((r) => (r === 'self' ? m.ref : r))
        for (const ref of refs) {
          const entry = ref === m.ref ? { p: m, who: 'self' as const } : boundOne(ctx, m, ref)
          const who = entry && ('who' in entry ? entry.who : entry.relation)
          if (!entry || !who) {
            if (!reasons.includes(NOT_BOUND)) reasons.push(NOT_BOUND)
            continue
          }
          reasons.push(...named(entry.p, checkHuiminbao(who, entry.p.insurance, policy, ctx.state.huiminbaoEnrolled[`${ref}:${year}`] ? year : undefined, year)))
        }
        if (reasons.length > 0) return { ok: false, reasons }
        const lines = refs.map((personRef) => ({ personRef, amountFen: policy.huiminbao?.premiumFen ?? 0 }))
        const changed = notAsSeen(req, year, lines)
        if (changed) return { ok: false, reasons: [changed] }
        const outcome = debit(ctx, m, 'huiminbao', open.c, lines)
        if (outcome.ok) for (const r of refs) ctx.state.huiminbaoEnrolled[`${r}:${year}`] = { orderNo: outcome.value.orderNo }
        return outcome
      }, () => {
        const unverified = requireTicket(ctx, 'payHuiminbao', req)
        return unverified ? { ok: false, reasons: [unverified] } : undefined
      })
    },

    listPayments: () => {
      const m = me(ctx)
      // Hers too: what someone paid for her, as getPayment shows it to her.
      return ctx.state.payments.flatMap((row) => paymentViewFor(ctx, row, m.ref) ?? []).reverse()
    },
  }
}
