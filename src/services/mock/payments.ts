import { maskName } from '@/domain/masking'
import { validateDocument } from '@/domain/documents'
import { validateName } from '@/domain/names'
import { buildOrder, checkHuiminbao, checkPayer, checkPremiumPayee, residentPremiumFen } from '@/domain/payments'
import type { Relation } from '@/domain/relations'
import type { Reason } from '@/domain/result'
import { BackendError, type Backend, type Outcome, type Payment, type PremiumCandidate } from '../backend'
import { byNumber, carriedOver, me, nextId, person, policyOf, refOf, relationOf, type ServerContext } from './context'
import { once } from './idempotency'
import type { PaymentRow, PersonRow } from './state'

type PaymentOps = {
  [K in 'premiumCandidates' | 'payResidentPremium' | 'huiminbaoCandidates' | 'payHuiminbao' | 'listPayments']: (...args: Parameters<Backend[K]>) => Awaited<ReturnType<Backend[K]>>
}

function paymentView(ctx: ServerContext, row: PaymentRow): Payment {
  return {
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
}

/** Takes an order's total from the payer's 历年余额, writing the ledger and the order; refuses an overdraft. */
function debit(ctx: ServerContext, payer: PersonRow, kind: PaymentRow['kind'], year: number, lines: { personRef: string; amountFen: number }[]): Outcome<Payment> {
  const { state, clock } = ctx
  const order = buildOrder(lines.map((l) => ({ payeeId: l.personRef, amountFen: l.amountFen })), carriedOver(ctx, payer.ref))
  if (!order.ok) return { ok: false, reasons: [order.reason] }
  const orderNo = `JX${clock.today().replace(/-/g, '')}${String(state.seq + 1).padStart(6, '0')}`
  state.seq += 1
  const paidAt = new Date(clock.now()).toISOString()
  state.accounts[payer.ref].carriedOverFen = order.value.balanceAfterFen
  state.ledger.push({ id: nextId(ctx, 'l'), accountRef: payer.ref, deltaFen: -order.value.totalFen, orderNo, at: paidAt })
  const row: PaymentRow = { orderNo, kind, year, payerRef: payer.ref, lines, totalFen: order.value.totalFen, balanceBeforeFen: order.value.balanceBeforeFen, balanceAfterFen: order.value.balanceAfterFen, paidAt }
  state.payments.push(row)
  return { ok: true, value: paymentView(ctx, row) }
}

function knownPayees(ctx: ServerContext, m: PersonRow): PersonRow[] {
  const bound = ctx.state.authorizations.filter((a) => a.authorizerRef === m.ref && a.status === 'active').map((a) => a.userRef)
  const refs = [...new Set([...bound, ...(ctx.state.lookedUp[m.ref] ?? [])])]
  return refs.map((r) => person(ctx, r))
}

/** 本人 and every relative the member has declared (bound or not): 惠民保 needs no binding (seed 000 §三). */
function huiminbaoPeople(ctx: ServerContext, m: PersonRow): { p: PersonRow; who: Relation | 'self' }[] {
  return [
    { p: m, who: 'self' },
    ...Object.entries(ctx.state.relations)
      .filter(([k]) => k.startsWith(`${m.ref}>`))
      .map(([k, who]) => ({ p: person(ctx, k.slice(m.ref.length + 1)), who })),
  ]
}

function premiumCandidate(ctx: ServerContext, m: PersonRow, p: PersonRow, year: number): PremiumCandidate {
  const paid = ctx.state.premiumsPaid[`${p.ref}:${year}`]
  const reasons: Reason[] = checkPremiumPayee(p.insurance, year, paid ? { year, channel: paid.channel } : undefined)
  return { person: refOf(p), relation: relationOf(ctx, m.ref, p.ref), eligible: reasons.length === 0, reasons, amountFen: residentPremiumFen(year) ?? 0 }
}

/** 代缴 from the personal account: resident premiums and 惠民保, and the member's payment history. */
export function payments(ctx: ServerContext): PaymentOps {
  return {
    premiumCandidates: (year, extra) => {
      const m = me(ctx)
      if (checkPayer(m.insurance)) return []
      const list = knownPayees(ctx, m)
      if (extra) {
        const doc = validateDocument(extra.documentType, extra.documentNumber, ctx.clock.today())
        const name = validateName(extra.name)
        const p = doc.ok && name.ok ? byNumber(ctx, extra.documentType, doc.value.number) : undefined
        if (p && name.ok && p.name === name.value && !list.includes(p)) {
          list.push(p)
          ;(ctx.state.lookedUp[m.ref] ??= []).push(p.ref)
          ctx.persist()
        }
      }
      return list.map((p) => premiumCandidate(ctx, m, p, year))
    },

    payResidentPremium: (req) => {
      const m = me(ctx)
      const { idempotencyKey, ...payload } = req
      return once(ctx, idempotencyKey, { op: 'premium', by: m.ref, payload }, (): Outcome<Payment> => {
        const notEmployee = checkPayer(m.insurance)
        if (notEmployee) return { ok: false, reasons: [notEmployee] }
        const allowed = knownPayees(ctx, m)
        const reasons: Reason[] = []
        for (const r of req.personRefs) {
          const p = allowed.find((x) => x.ref === r)
          if (!p) throw new BackendError('NOT_FOUND', '未找到缴费人员')
          for (const reason of premiumCandidate(ctx, m, p, req.year).reasons) reasons.push({ ...reason, message: `${maskName(p.name)}：${reason.message}` })
        }
        if (reasons.length > 0) return { ok: false, reasons }
        const amount = residentPremiumFen(req.year) as number
        const outcome = debit(ctx, m, 'residentPremium', req.year, req.personRefs.map((personRef) => ({ personRef, amountFen: amount })))
        if (outcome.ok) for (const r of req.personRefs) ctx.state.premiumsPaid[`${r}:${req.year}`] = { channel: '本应用 家庭账户共济代缴', orderNo: outcome.value.orderNo }
        return outcome
      })
    },

    huiminbaoCandidates: (year) => {
      const m = me(ctx)
      if (checkPayer(m.insurance)) return []
      const policy = policyOf(ctx, m)
      return huiminbaoPeople(ctx, m).map(({ p, who }) => {
        const reasons: Reason[] = checkHuiminbao(who, p.insurance, policy, ctx.state.huiminbaoEnrolled[`${p.ref}:${year}`] ? year : undefined, year)
        return { person: refOf(p), relation: who === 'self' ? undefined : who, eligible: reasons.length === 0, reasons, amountFen: policy.huiminbao?.premiumFen ?? 0 }
      })
    },

    payHuiminbao: (req) => {
      const m = me(ctx)
      const { idempotencyKey, ...payload } = req
      return once(ctx, idempotencyKey, { op: 'huiminbao', by: m.ref, payload }, (): Outcome<Payment> => {
        const notEmployee = checkPayer(m.insurance)
        if (notEmployee) return { ok: false, reasons: [notEmployee] }
        const policy = policyOf(ctx, m)
        const known = huiminbaoPeople(ctx, m)
        const reasons: Reason[] = []
        const refs = req.personRefs.map((r) => (r === 'self' ? m.ref : r))
        for (const r of refs) {
          const entry = known.find((k) => k.p.ref === r)
          if (!entry) throw new BackendError('NOT_FOUND', '未找到参保人员')
          for (const reason of checkHuiminbao(entry.who, entry.p.insurance, policy, ctx.state.huiminbaoEnrolled[`${r}:${req.year}`] ? req.year : undefined, req.year)) {
            reasons.push({ ...reason, message: `${maskName(entry.p.name)}：${reason.message}` })
          }
        }
        if (reasons.length > 0) return { ok: false, reasons }
        const outcome = debit(ctx, m, 'huiminbao', req.year, refs.map((personRef) => ({ personRef, amountFen: policy.huiminbao?.premiumFen ?? 0 })))
        if (outcome.ok) for (const r of refs) ctx.state.huiminbaoEnrolled[`${r}:${req.year}`] = { orderNo: outcome.value.orderNo }
        return outcome
      })
    },

    listPayments: () => {
      const m = me(ctx)
      return ctx.state.payments.filter((p) => p.payerRef === m.ref).slice().reverse().map((row) => paymentView(ctx, row))
    },
  }
}
