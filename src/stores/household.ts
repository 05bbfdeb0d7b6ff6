import { backend, type HouseholdAccountView, type Payment, type RecordQuery, type RecordTotals } from '@/services'
import { useQuery } from './query'
import { useSession } from './session'

// Issue 21's reads, on the server-data layer: each keyed by the member it was read for, so another member's
// answer is never shown.

/** The household's 门诊家庭账户 (null: there is none the member may see). */
export function useHouseholdAccount() {
  const ref = useSession((s) => s.member?.ref)
  return useQuery<HouseholdAccountView | null>(['household', ref], () => backend().getHouseholdAccount(), Boolean(ref))
}

/** One order by its number, from the server (reload, back and a shared link all work). */
export function usePayment(orderNo: string | undefined) {
  const ref = useSession((s) => s.member?.ref)
  return useQuery<Payment>(['payments', ref, orderNo], () => backend().getPayment(orderNo ?? ''), Boolean(ref && orderNo))
}

/** 共济使用明细's totals for the list's filters. */
export function useRecordTotals(filters: Omit<RecordQuery, 'page' | 'pageSize'>, enabled = true) {
  const ref = useSession((s) => s.member?.ref)
  return useQuery<RecordTotals>(['records', 'totals', ref, filters.personRef, filters.kind, filters.month], () => backend().recordTotals(filters), Boolean(ref) && enabled)
}
