import { create } from 'zustand'
import { registerDeviceCache } from './deviceCaches'
import { backend, describeError, type Payment } from '@/services'
import { createPaymentFlow } from './paymentFlow'
import type { LoadStatus } from './session'

/** The 2026 collection of 城乡居民医保 (issue #6); 惠民保 for the same year. */
export const PAYMENT_YEAR = 2026

export const usePremium = createPaymentFlow(() => ({ candidates: (y, extra) => backend().premiumCandidates(y, extra), pay: (r) => backend().payResidentPremium(r) }), PAYMENT_YEAR)

export const useHuiminbao = createPaymentFlow(() => ({ candidates: (y) => backend().huiminbaoCandidates(y), pay: (r) => backend().payHuiminbao(r) }), PAYMENT_YEAR)

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
