import type { Relation } from '@/domain/relations'
import { BackendError, type Backend, type PaymentRecord, type UsageRecord } from '../backend'
import { chinaDay } from './clock'
import { idSeq, me, person, refOf, type ServerContext } from './context'
import { orderSeq } from './payments'
import { listedRecordView } from './spending'
import type { PaymentRow, PersonRow } from './state'

// 共济使用明细: what left a personal account, as the member may see it — visits and purchases (./spending) and
// 代缴 and 新生儿免缴确认 (./payments) — merged newest first and paged here, so the app never builds a record.

/**
 * Who a person paid for is to the payer, as 共济使用明细 and its totals name her: the binding between them that
 * was active on the day of the order (it allowed the payment; kept after it ends), else the latest one; 'self'
 * for the viewer's own line, the payer's, or where there is none.
 */
export function paidForRelation(ctx: ServerContext, viewer: PersonRow, row: PaymentRow, personRef: string): Relation | 'self' {
  if (personRef === viewer.ref || personRef === row.payerRef) return 'self'
  const day = chinaDay(Date.parse(row.paidAt))
  const between = ctx.state.authorizations.filter((a) => a.authorizerRef === row.payerRef && a.userRef === personRef)
  const thatDay = between.find((a) => a.since <= day && (a.endedOn === undefined || a.endedOn >= day))
  const latest = between.reduce<(typeof between)[number] | undefined>((x, a) => (!x || a.since >= x.since ? a : x), undefined)
  return (thatDay ?? latest)?.relation ?? 'self'
}

/** One line of an order, as a record: the payer and the person it was for see it. */
function paymentRecord(ctx: ServerContext, viewer: PersonRow, row: PaymentRow, i: number): PaymentRecord {
  const { personRef, amountFen } = row.lines[i]
  const relation = paidForRelation(ctx, viewer, row, personRef)
  const { orderNo, kind, year } = row
  return { type: 'payment', id: `${orderNo}-${i + 1}`, orderNo, day: chinaDay(Date.parse(row.paidAt)), kind, year, person: refOf(person(ctx, personRef)), relation, amountFen, payer: refOf(person(ctx, row.payerRef)) }
}

/** Where a record stands: its number in the server's one sequence, and the line of an order. */
type Position = readonly [number, number]
/**
 * Whether `x` is listed after `y`: sequences newest first, but the lines of one order first to last (as the merge
 * below gives them out), so a cursor inside an order reads on at its next line.
 */
const before = (x: Position, y: Position) => x[0] < y[0] || (x[0] === y[0] && x[1] > y[1])

function positionOf(cursor: unknown): Position {
  const m = typeof cursor === 'string' ? /^(\d{1,15})\.(\d{1,3})$/.exec(cursor) : null
  if (!m) throw new BackendError('BAD_REQUEST', '明细位置无效，请刷新后重试')
  return [Number(m[1]), Number(m[2])]
}

export function records(ctx: ServerContext): { listRecords: (...args: Parameters<Backend['listRecords']>) => Awaited<ReturnType<Backend['listRecords']>> } {
  return {
    listRecords: (q) => {
      const m = me(ctx)
      // Whole numbers only: a fractional size from the client would index between records.
      const pageSize = Math.min(Math.max(1, Math.floor(q.pageSize) || 1), 100)
      const after = q.cursor === undefined ? undefined : positionOf(q.cursor)
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
      // Newest first: both logs are in the order things happened, numbered from the server's one sequence. A page
      // starts after the cursor's position (not at an offset), so a record added meanwhile shifts nothing.
      const items: UsageRecord[] = []
      let last: Position | undefined
      let a = spent.length - 1
      let b = paid.length - 1
      while (a + b > -2 && items.length < pageSize) {
        const spending = b < 0 || (a >= 0 && idSeq(spent[a].id) > orderSeq(paid[b][0].orderNo))
        const record = spending ? spent[a--] : paid[b--]
        const at: Position = Array.isArray(record) ? [orderSeq(record[0].orderNo), record[1]] : [idSeq(record.id), 0]
        if (after && !before(at, after)) continue
        items.push(Array.isArray(record) ? paymentRecord(ctx, m, record[0], record[1]) : listedRecordView(ctx, m, record))
        last = at
      }
      const more = a + b > -2 && last !== undefined
      return { items, total: spent.length + paid.length, ...(more && last ? { nextCursor: `${last[0]}.${last[1]}` } : {}) }
    },
  }
}
