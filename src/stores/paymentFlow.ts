import { buildOrder, type Order } from '@/domain/payments'
import type { Reason } from '@/domain/result'
import { describeError, newIdempotencyKey, type TicketOperation, type Balances, type CollectionView, type Outcome, type Payment, type PaymentOffer, type PaymentRequest, type PremiumCandidate } from '@/services'
import { BALANCES, fetchBalances } from './accounts'
import { createMemberStore } from './memberStore'
import { peekQuery, sameMember, setQueryData, useQuery, type QueryStatus } from './query'
import { invalidate } from './queryChanges'
import type { Verify } from './verification'

// One payment flow (代缴居民医保费 or 惠民保). The offer (candidates, 年度) and the balance are server data; the
// selection, the promise and an order being paid are what the person is doing — one idempotency key per order,
// so a payment can be retried but never charges twice.

interface OrderState {
  selected: string[]
  promiseAccepted: boolean
  paying: boolean
  /** Key of the order being paid; kept across retries of the same order. */
  idempotencyKey?: string
  /** Whom the unanswered order named: 重试 sends exactly this again, whatever a reload shows since. */
  pendingRefs?: string[]
  /** The 年度, total and first day of benefits the unanswered order was sent with (what the person saw then). */
  pendingSeen?: Pick<PaymentRequest, 'year' | 'totalFen' | 'coverageFrom'>
  payError?: string
  refusals?: Reason[]
  toggle(ref: string): void
  setPromiseAccepted(v: boolean): void
  /** Pays the order once `verify` (the 医保支付密码 sheet) answers a ticket for exactly this request. */
  pay(verify: Verify): Promise<Payment | undefined>
}

/** What a payment page shows: the offer and balance as last read, and the order being made. */
export interface PaymentFlowView extends Omit<OrderState, 'idempotencyKey'> {
  collection?: CollectionView
  /** Why nothing can be paid today. */
  closed?: Reason
  candidates: PremiumCandidate[]
  /** The offer has arrived (until then the list is a skeleton, never 「暂无」). */
  loaded: boolean
  status: QueryStatus
  error?: string
  carriedOverFen?: number
  reload(): Promise<void>
}

interface FlowApi {
  operation: Extract<TicketOperation, 'payResidentPremium' | 'payHuiminbao'>
  /** The version of the promise this flow shows (PAYMENT_PROMISES). */
  promiseVersion: string
  offer(): Promise<PaymentOffer>
  pay(req: PaymentRequest): Promise<Outcome<Payment>>
}

export function orderOf(s: { candidates: PremiumCandidate[]; selected: string[]; carriedOverFen?: number }) {
  const lines = s.candidates.filter((c) => s.selected.includes(c.person.ref)).map((c) => ({ payeeId: c.person.ref, amountFen: c.amountFen }))
  return buildOrder(lines, s.carriedOverFen ?? 0)
}

export type { Order }

/** What a 代缴 or 惠民保 payment makes stale; its receipt is in 我的缴费记录 at once. */
export function paid(payment: Payment, still: () => boolean = () => true): Promise<void> {
  if (!still()) return Promise.resolve()
  const done = invalidate('offer', 'balances', 'payments', 'records', 'due', 'household')
  receiptArrived(payment, still)
  return done
}

/** A receipt just answered, put first in 我的缴费记录 (which is read again when next shown). */
export function receiptArrived(payment: Payment, still?: () => boolean): void {
  setQueryData<Payment[]>(['payments'], (list = []) => [payment, ...list.filter((p) => p.orderNo !== payment.orderNo)], still)
}

/** Ticked and still payable; an unanswered order keeps its people (they may now show as paid, by that very order). */
function shownSelection(s: Pick<OrderState, 'selected' | 'pendingRefs'>, offer: PaymentOffer | undefined): string[] {
  if (s.pendingRefs) return s.pendingRefs
  const eligible = new Set((offer?.candidates ?? []).filter((c) => c.eligible).map((c) => c.person.ref))
  return s.selected.filter((r) => eligible.has(r))
}

export function createPaymentFlow(kind: 'premium' | 'huiminbao', api: () => FlowApi) {
  const key = ['offer', kind] as const
  const offer = () => api().offer()
  const carriedOver = () => peekQuery<Balances>(BALANCES).data?.personalAccount?.carriedOverFen ?? 0

  const useOrder = createMemberStore<OrderState>((set, get) => {
    const changed = (patch: Partial<OrderState>) => set({ ...patch, idempotencyKey: undefined, pendingRefs: undefined, pendingSeen: undefined, payError: undefined, refusals: undefined })
    return {
      selected: [],
      promiseAccepted: false,
      paying: false,
      toggle(ref) {
        // While an order is being paid, its choice stays as it was sent.
        if (get().paying) return
        const data = peekQuery<PaymentOffer>(key).data
        const c = data?.candidates.find((x) => x.person.ref === ref)
        if (!c?.eligible) return
        const selected = shownSelection(get(), data)
        changed({ selected: selected.includes(ref) ? selected.filter((r) => r !== ref) : [...selected, ref] })
      },
      setPromiseAccepted: (promiseAccepted) => set({ promiseAccepted }),
      async pay(verify) {
        const s = get()
        if (s.paying) return undefined
        const data = peekQuery<PaymentOffer>(key).data
        const selected = shownSelection(s, data)
        // 重试 of an unanswered order: the same people under the same key, so the server answers it once.
        const retrying = s.idempotencyKey !== undefined && s.pendingRefs !== undefined
        if (!retrying && (!orderOf({ candidates: data?.candidates ?? [], selected, carriedOverFen: carriedOver() }).ok || !s.promiseAccepted)) return undefined
        const personRefs = retrying ? (s.pendingRefs as string[]) : selected
        // What the person saw: the 年度 on screen, the order's total and, for a premium, 「今天缴费，…起享受待遇」's day
        // (the server refuses if its own differ: at China midnight a 等待期 may begin).
        const order = orderOf({ candidates: data?.candidates ?? [], selected, carriedOverFen: carriedOver() })
        const coverageFrom = api().operation === 'payResidentPremium' ? data?.collection?.coverage.from : undefined
        const seen = retrying && s.pendingSeen ? s.pendingSeen : { year: data?.collection?.year ?? 0, totalFen: order.ok ? order.value.totalFen : 0, ...(coverageFrom ? { coverageFrom } : {}) }
        const idempotencyKey = s.idempotencyKey ?? newIdempotencyKey()
        // Whom this order is paid as: an answer after another member signed in is dropped (her store started over).
        const still = sameMember()
        set({ paying: true, payError: undefined, refusals: undefined })
        try {
          // The password first, for exactly this request (a retry asks again: a ticket is used once).
          const request = { personRefs, ...seen, promiseVersion: api().promiseVersion, idempotencyKey }
          const ticket = await verify(api().operation, request)
          if (!ticket || !still()) return undefined
          set({ idempotencyKey, pendingRefs: personRefs, pendingSeen: seen })
          const r = await api().pay({ ...request, ticket })
          if (!still()) return undefined
          if (r.ok) {
            // The ticks and the total stay on screen while the receipt opens; once the offer is read again the
            // people just paid for are no longer payable and the promise is asked again for the next order.
            set({ idempotencyKey: undefined, pendingRefs: undefined, pendingSeen: undefined })
            void paid(r.value, still).then(() => {
              if (still()) set({ selected: [], promiseAccepted: false })
            })
            return r.value
          }
          // A definite refusal: nothing was charged; a corrected order gets a new key.
          set({ refusals: r.reasons, idempotencyKey: undefined, pendingRefs: undefined, pendingSeen: undefined })
          await invalidate('offer', 'balances')
          return undefined
        } catch (e) {
          // No answer: the order may or may not have gone through. Same key and people on 重试, so never twice.
          if (still()) set({ payError: describeError(e) })
          return undefined
        } finally {
          if (still()) set({ paying: false })
        }
      },
    }
  })

  /** The page's view of the flow: offer and balance (server data) with the order being made. */
  function useFlow(): PaymentFlowView {
    const o = useQuery(key, offer)
    const b = useQuery(BALANCES, fetchBalances)
    const order = useOrder()
    const failed = o.status === 'error' ? o : b.status === 'error' ? b : undefined
    return {
      ...order,
      collection: o.data?.collection,
      closed: o.data?.closed,
      candidates: o.data?.candidates ?? [],
      loaded: o.data !== undefined,
      selected: shownSelection(order, o.data),
      status: failed ? 'error' : o.status === 'loading' || b.status === 'loading' ? 'loading' : o.status,
      error: failed?.error,
      carriedOverFen: b.data ? (b.data.personalAccount?.carriedOverFen ?? 0) : undefined,
      async reload() {
        await Promise.all([o.refetch(), b.refetch()])
      },
    }
  }

  return { key, offer, useOrder, useFlow }
}

export type PaymentFlow = ReturnType<typeof createPaymentFlow>
