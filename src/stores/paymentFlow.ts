import { create } from 'zustand'
import type { DocumentType } from '@/domain/documents'
import { buildOrder, type Order } from '@/domain/payments'
import type { Reason } from '@/domain/result'
import { backend, describeError, newIdempotencyKey, type Outcome, type Payment, type PremiumCandidate } from '@/services'
import type { LoadStatus } from './session'

// One payment flow (代缴居民医保费 or 惠民保): candidates, a selection, the order against 历年余额, the
// promise, and a payment that can be retried but never charges twice (one idempotency key per order).

export interface PaymentFlowState {
  year: number
  candidates: PremiumCandidate[]
  selected: string[]
  status: LoadStatus
  error?: string
  carriedOverFen?: number
  promiseAccepted: boolean
  paying: boolean
  /** Key of the order being paid; kept across retries of the same order. */
  idempotencyKey?: string
  payError?: string
  refusals?: Reason[]
  lastPayment?: Payment
  lookupMessage?: string
  load(): Promise<void>
  toggle(ref: string): void
  setPromiseAccepted(v: boolean): void
  lookup(person: { documentType: DocumentType; documentNumber: string; name: string }): Promise<boolean>
  pay(): Promise<Payment | undefined>
}

interface FlowApi {
  candidates(year: number, extra?: { documentType: DocumentType; documentNumber: string; name: string }): Promise<PremiumCandidate[]>
  pay(req: { year: number; personRefs: string[]; idempotencyKey: string }): Promise<Outcome<Payment>>
}

export function orderOf(s: Pick<PaymentFlowState, 'candidates' | 'selected' | 'carriedOverFen'>) {
  const lines = s.candidates.filter((c) => s.selected.includes(c.person.ref)).map((c) => ({ payeeId: c.person.ref, amountFen: c.amountFen }))
  return buildOrder(lines, s.carriedOverFen ?? 0)
}

export type { Order }

export function createPaymentFlow(api: () => FlowApi, year: number) {
  return create<PaymentFlowState>((set, get) => {
    const changed = (patch: Partial<PaymentFlowState>) => set({ ...patch, idempotencyKey: undefined, payError: undefined, refusals: undefined })
    const refreshBalance = async () => {
      const b = await backend().getBalances()
      set({ carriedOverFen: b.personalAccount?.carriedOverFen ?? 0 })
    }
    return {
      year,
      candidates: [],
      selected: [],
      status: 'idle',
      promiseAccepted: false,
      paying: false,
      async load() {
        set({ status: 'loading', error: undefined })
        try {
          const [candidates] = await Promise.all([api().candidates(get().year), refreshBalance()])
          const eligible = new Set(candidates.filter((c) => c.eligible).map((c) => c.person.ref))
          set({ candidates, status: 'ready', selected: get().selected.filter((r) => eligible.has(r)) })
        } catch (e) {
          set({ status: 'error', error: describeError(e) })
        }
      },
      toggle(ref) {
        const c = get().candidates.find((x) => x.person.ref === ref)
        if (!c?.eligible) return
        const selected = get().selected.includes(ref) ? get().selected.filter((r) => r !== ref) : [...get().selected, ref]
        changed({ selected })
      },
      setPromiseAccepted: (promiseAccepted) => set({ promiseAccepted }),
      async lookup(person) {
        set({ lookupMessage: undefined })
        try {
          const before = new Set(get().candidates.map((c) => c.person.ref))
          const candidates = await api().candidates(get().year, person)
          const added = candidates.find((c) => !before.has(c.person.ref))
          set({ candidates, lookupMessage: added ? undefined : '未查询到该人员，或姓名与证件号码不一致；已在列表中的人员无需重复添加' })
          return Boolean(added)
        } catch (e) {
          set({ lookupMessage: describeError(e) })
          return false
        }
      },
      async pay() {
        const s = get()
        if (s.paying) return undefined
        const order = orderOf(s)
        if (!order.ok || !s.promiseAccepted) return undefined
        const idempotencyKey = s.idempotencyKey ?? newIdempotencyKey()
        set({ paying: true, idempotencyKey, payError: undefined, refusals: undefined })
        try {
          const r = await api().pay({ year: s.year, personRefs: s.selected, idempotencyKey })
          if (r.ok) {
            set({ lastPayment: r.value, selected: [], promiseAccepted: false, idempotencyKey: undefined })
            await get().load()
            return r.value
          }
          // A definite refusal: nothing was charged; a corrected order gets a new key.
          set({ refusals: r.reasons, idempotencyKey: undefined })
          await get().load()
          return undefined
        } catch (e) {
          // No answer: the order may or may not have gone through. Same key on 重试, so never twice.
          set({ payError: describeError(e) })
          return undefined
        } finally {
          set({ paying: false })
        }
      },
    }
  })
}
