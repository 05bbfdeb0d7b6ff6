import { create } from 'zustand'
import { buildOrder, type Order } from '@/domain/payments'
import type { Reason } from '@/domain/result'
import { backend, describeError, newIdempotencyKey, type CollectionView, type Outcome, type Payment, type PaymentOffer, type PaymentRequest, type PremiumCandidate } from '@/services'
import type { LoadStatus } from './session'

// One payment flow (代缴居民医保费 or 惠民保): candidates, a selection, the order against 历年余额, the
// promise, and a payment that can be retried but never charges twice (one idempotency key per order).

export interface PaymentFlowState {
  /** The 年度 the server offers today (it decides the year and the amounts). */
  collection?: CollectionView
  /** Why nothing can be paid today. */
  closed?: Reason
  candidates: PremiumCandidate[]
  selected: string[]
  status: LoadStatus
  error?: string
  carriedOverFen?: number
  promiseAccepted: boolean
  paying: boolean
  /** Key of the order being paid; kept across retries of the same order. */
  idempotencyKey?: string
  /** Whom the unanswered order named: 重试 sends exactly this again, whatever a reload shows since. */
  pendingRefs?: string[]
  payError?: string
  refusals?: Reason[]
  lastPayment?: Payment
  load(): Promise<void>
  toggle(ref: string): void
  setPromiseAccepted(v: boolean): void
  pay(): Promise<Payment | undefined>
}

interface FlowApi {
  offer(): Promise<PaymentOffer>
  pay(req: PaymentRequest): Promise<Outcome<Payment>>
}

export function orderOf(s: Pick<PaymentFlowState, 'candidates' | 'selected' | 'carriedOverFen'>) {
  const lines = s.candidates.filter((c) => s.selected.includes(c.person.ref)).map((c) => ({ payeeId: c.person.ref, amountFen: c.amountFen }))
  return buildOrder(lines, s.carriedOverFen ?? 0)
}

export type { Order }

export function createPaymentFlow(api: () => FlowApi) {
  return create<PaymentFlowState>((set, get) => {
    const changed = (patch: Partial<PaymentFlowState>) => set({ ...patch, idempotencyKey: undefined, pendingRefs: undefined, payError: undefined, refusals: undefined })
    const refreshBalance = async () => {
      const b = await backend().getBalances()
      set({ carriedOverFen: b.personalAccount?.carriedOverFen ?? 0 })
    }
    return {
      candidates: [],
      selected: [],
      status: 'idle',
      promiseAccepted: false,
      paying: false,
      async load() {
        set({ status: 'loading', error: undefined })
        try {
          const [{ candidates, collection, closed }] = await Promise.all([api().offer(), refreshBalance()])
          const eligible = new Set(candidates.filter((c) => c.eligible).map((c) => c.person.ref))
          // An unanswered order keeps its selection: its people may now show as paid (by that very order).
          const selected = get().pendingRefs ?? get().selected.filter((r) => eligible.has(r))
          set({ candidates, collection, closed, status: 'ready', selected })
        } catch (e) {
          set({ status: 'error', error: describeError(e) })
        }
      },
      toggle(ref) {
        // While an order is being paid, its choice stays as it was sent.
        if (get().paying) return
        const c = get().candidates.find((x) => x.person.ref === ref)
        if (!c?.eligible) return
        const selected = get().selected.includes(ref) ? get().selected.filter((r) => r !== ref) : [...get().selected, ref]
        changed({ selected })
      },
      setPromiseAccepted: (promiseAccepted) => set({ promiseAccepted }),
      async pay() {
        const s = get()
        if (s.paying) return undefined
        // 重试 of an unanswered order: the same people under the same key, so the server answers it once.
        const retrying = s.idempotencyKey !== undefined && s.pendingRefs !== undefined
        if (!retrying && (!orderOf(s).ok || !s.promiseAccepted)) return undefined
        const personRefs = retrying ? (s.pendingRefs as string[]) : s.selected
        const idempotencyKey = s.idempotencyKey ?? newIdempotencyKey()
        set({ paying: true, idempotencyKey, pendingRefs: personRefs, payError: undefined, refusals: undefined })
        try {
          // interim: the `client` helper asks for the 医保支付密码 (./verify.ts) and sends its ticket.
          const r = await api().pay({ personRefs, idempotencyKey, ticket: '' })
          if (r.ok) {
            // The ticks and the total stay on screen while the receipt opens; the reload then drops the people
            // just paid for (no longer payable) and the promise is asked again for the next order.
            set({ lastPayment: r.value, idempotencyKey: undefined, pendingRefs: undefined })
            void get()
              .load()
              .then(() => set({ promiseAccepted: false }))
            return r.value
          }
          // A definite refusal: nothing was charged; a corrected order gets a new key.
          set({ refusals: r.reasons, idempotencyKey: undefined, pendingRefs: undefined })
          await get().load()
          return undefined
        } catch (e) {
          // No answer: the order may or may not have gone through. Same key and people on 重试, so never twice.
          set({ payError: describeError(e) })
          return undefined
        } finally {
          set({ paying: false })
        }
      },
    }
  })
}
