import { PAYMENT_PROMISES } from '@/domain/promise'
import type { Reason } from '@/domain/result'
import { backend, describeError, newIdempotencyKey, type Payment } from '@/services'
import { createMemberStore } from './memberStore'
import { createPaymentFlow, receiptArrived } from './paymentFlow'
import { sameMember, useQuery } from './query'
import { invalidate } from './queryChanges'

// The server works out the 年度 and the amounts from its clock and the collection table: the app sends whom to pay.
export const premiumFlow = createPaymentFlow('premium', () => ({ operation: 'payResidentPremium', promiseVersion: PAYMENT_PROMISES.residentPremium.version, offer: () => backend().premiumCandidates(), pay: (r) => backend().payResidentPremium(r) }))

export const huiminbaoFlow = createPaymentFlow('huiminbao', () => ({ operation: 'payHuiminbao', promiseVersion: PAYMENT_PROMISES.huiminbao.version, offer: () => backend().huiminbaoCandidates(), pay: (r) => backend().payHuiminbao(r) }))

/** 我的缴费记录 (server data). */
export const PAYMENTS = ['payments'] as const
const fetchPayments = () => backend().listPayments()
export const usePaymentList = () => useQuery(PAYMENTS, fetchPayments)

/** Which receipt the person is looking at (its order number); the receipt itself is read from 我的缴费记录. */
export const useReceipt = createMemberStore<{ orderNo?: string; view(payment: Payment): void }>((set) => ({
  view: (payment) => set({ orderNo: payment.orderNo }),
}))

/** 新生儿免缴确认 of one bound child for the open 年度 (the candidates come from the 代缴 offer). */
interface ExemptionState {
  childRef?: string
  confirming: boolean
  /** Kept across 重试 of an unanswered confirmation, so it is recorded once. */
  idempotencyKey?: string
  error?: string
  refusals?: Reason[]
  choose(childRef: string): void
  confirm(): Promise<Payment | undefined>
}

export const useNewbornExemption = createMemberStore<ExemptionState>((set, get) => ({
  confirming: false,
  choose: (childRef) => {
    if (childRef !== get().childRef) set({ childRef, idempotencyKey: undefined, error: undefined, refusals: undefined })
  },
  async confirm() {
    const s = get()
    if (s.confirming || !s.childRef) return undefined
    const idempotencyKey = s.idempotencyKey ?? newIdempotencyKey()
    const still = sameMember()
    set({ confirming: true, idempotencyKey, error: undefined, refusals: undefined })
    try {
      const r = await backend().confirmNewbornExemption({ personRef: s.childRef, idempotencyKey })
      if (!still()) return undefined
      set({ idempotencyKey: undefined, refusals: r.ok ? undefined : r.reasons })
      // A 免缴确认 makes the offer, 待办, records and payments stale.
      const stale = invalidate('offer', 'due', 'records', 'payments')
      if (r.ok) receiptArrived(r.value, still)
      await stale
      return r.ok && still() ? r.value : undefined
    } catch (e) {
      if (still()) set({ error: describeError(e) })
      return undefined
    } finally {
      if (still()) set({ confirming: false })
    }
  },
}))
