import type { Relation } from '@/domain/relations'
import type { Backend, PaymentRecord, UsageRecord } from '../backend'
import { chinaDay } from './clock'
import { idSeq, me, person, refOf, type ServerContext } from './context'
import { orderSeq } from './payments'
import { listedRecordView } from './spending'
import type { PaymentRow, PersonRow } from './state'

// 共济使用明细: what left a personal account, as the member may see it — visits and purchases (./spending) and
// 代缴 and 新生儿免缴确认 (./payments) — merged newest first and paged here, so the app never builds a record.

/** One line of an order, as a record: the payer and the person it was for see it. */
function paymentRecord(ctx: ServerContext, viewer: PersonRow, row: PaymentRow, i: number): PaymentRecord {
  const { personRef, amountFen } = row.lines[i]
  let relation: Relation | 'self' = 'self'
  // Who the person is to the payer: the binding that allowed the payment (kept after it ends).
  if (personRef !== viewer.ref && personRef !== row.payerRef) for (const a of ctx.state.authorizations) if (a.authorizerRef === row.payerRef && a.userRef === personRef) relation = a.relation
  const { orderNo, kind, year } = row
  return { type: 'payment', id: `${orderNo}-${i + 1}`, orderNo, day: chinaDay(Date.parse(row.paidAt)), kind, year, person: refOf(person(ctx, personRef)), relation, amountFen, payer: refOf(person(ctx, row.payerRef)) }
}

export function records(ctx: ServerContext): { listRecords: (...args: Parameters<Backend['listRecords']>) => Awaited<ReturnType<Backend['listRecords']>> } {
  return {
    listRecords: (q) => {
      const m = me(ctx)
      // Whole numbers only: a fractional page or size from the client would index between records.
      const pageSize = Math.min(Math.max(1, Math.floor(q.pageSize) || 1), 100)
      const page = Math.max(1, Math.floor(q.page) || 1)
      const who = q.personRef === 'self' ? m.ref : q.personRef
      const wanted = (ref: string, kind: string, day: string) => (who === 'family' ? ref !== m.ref : !who || ref === who) && (!q.kind || kind === q.kind) && (!q.month || day.startsWith(q.month))
      // What was spent by me, or drawn from my 历年余额; what I paid, or what was paid for me.
      const spent = ctx.state.spending.filter((s) => (s.personRef === m.ref || s.authorizerRef === m.ref) && wanted(s.personRef, s.kind, s.day))
      const paid: [PaymentRow, number][] = []
      for (const row of ctx.state.payments) {
        for (let i = row.lines.length; i-- > 0; ) {
          const ref = row.lines[i].personRef
          if ((row.payerRef === m.ref || ref === m.ref) && wanted(ref, row.kind, chinaDay(Date.parse(row.paidAt)))) paid.push([row, i])
        }
      }
      // Newest first: both logs are in the order things happened, numbered from the server's one sequence.
      const items: UsageRecord[] = []
      const from = (page - 1) * pageSize
      let a = spent.length - 1
      let b = paid.length - 1
      for (let n = 0; n < from + pageSize && a + b > -2; n++) {
        const spending = b < 0 || (a >= 0 && idSeq(spent[a].id) > orderSeq(paid[b][0].orderNo))
        const record = spending ? spent[a--] : paid[b--]
        if (n >= from) items.push(Array.isArray(record) ? paymentRecord(ctx, m, record[0], record[1]) : listedRecordView(ctx, m, record))
      }
      return { items, page, pageSize, total: spent.length + paid.length }
    },
  }
}
