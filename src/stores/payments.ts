import { create } from 'zustand'
import { registerDeviceCache } from './deviceCaches'
import { PAYMENT_PROMISES } from '@/domain/promise'
import type { Reason } from '@/domain/result'
import { backend, describeError, newIdempotencyKey, type Payment } from '@/services'
import { createPaymentFlow } from './paymentFlow'
import type { LoadStatus } from './session'

// The server works out the 年度 and the amounts from its clock and the collection table: the app sends whom to pay.
export const usePremium = createPaymentFlow(() => ({ promiseVersion: PAYMENT_PROMISES.residentPremium.version, offer: () => backend().premiumCandidates(), pay: (r) => backend().payResidentPremium(r) }))

export const useHuiminbao = createPaymentFlow(() => ({ promiseVersion: PAYMENT_PROMISES.huiminbao.version, offer: () => backend().huiminbaoCandidates(), pay: (r) => backend().payHuiminbao(r) }))

/** 我的缴费记录 and the receipt being viewed. */
interface HistoryState {
  payments: Payment[]
  status: LoadStatus
  error?: string
  viewing?: Payment
  load(): Promise<void>
  view(payment: Payment): void
}

export const usePaymentHistory = create<HistoryState>((set) => ({
  payments: [],
  status: 'idle',
  async load() {
    set({ status: 'loading', error: undefined })
    try {
      set({ payments: await backend().listPayments(), status: 'ready' })
    } catch (e) {
      set({ status: 'error', error: describeError(e) })
    }
  },
  view: (viewing) => set({ viewing }),
}))

registerDeviceCache(() => usePaymentHistory.setState({ payments: [], viewing: undefined, status: 'idle' }))

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

export const useNewbornExemption = create<ExemptionState>((set, get) => ({
  confirming: false,
  choose: (childRef) => {
    if (childRef !== get().childRef) set({ childRef, idempotencyKey: undefined, error: undefined, refusals: undefined })
  },
  async confirm() {
    const s = get()
    if (s.confirming || !s.childRef) return undefined
    const idempotencyKey = s.idempotencyKey ?? newIdempotencyKey()
    set({ confirming: true, idempotencyKey, error: undefined, refusals: undefined })
    try {
      const r = await backend().confirmNewbornExemption({ personRef: s.childRef, idempotencyKey })
      set({ idempotencyKey: undefined, refusals: r.ok ? undefined : r.reasons })
      await usePremium.getState().load()
      return r.ok ? r.value : undefined
    } catch (e) {
      set({ error: describeError(e) })
      return undefined
    } finally {
      set({ confirming: false })
    }
  },
}))

registerDeviceCache(() => useNewbornExemption.setState({ childRef: undefined, idempotencyKey: undefined, error: undefined, refusals: undefined }))
