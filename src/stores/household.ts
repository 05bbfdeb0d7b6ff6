import { backend, type HouseholdAccountView, type Payment, type PaymentOffer, type RecordQuery, type RecordTotals } from '@/services'
import { useEffect } from 'react'
import { useQuery } from './query'
import { useSession } from './session'

// Issue 21's reads, on the server-data layer: each keyed by the member it was read for, so another member's
// answer is never shown.

/** The member the answers are for; a page opened afresh (reload, shared link) asks who is signed in first. */
function useMemberRef(): string | undefined {
  const ref = useSession((s) => s.member?.ref)
  const status = useSession((s) => s.status)
  const load = useSession((s) => s.load)
  useEffect(() => {
    if (!ref && status === 'idle') void load()
  }, [ref, status, load])
  return ref
}

/** The household's 门诊家庭账户 (null: there is none the member may see). */
export function useHouseholdAccount() {
  const ref = useMemberRef()
  return useQuery<HouseholdAccountView | null>(['household', ref], () => backend().getHouseholdAccount(), Boolean(ref))
}

/** One order by its number, from the server (reload, back and a shared link all work). */
export function usePayment(orderNo: string | undefined) {
  const ref = useMemberRef()
  return useQuery<Payment>(['payments', ref, orderNo], () => backend().getPayment(orderNo ?? ''), Boolean(ref && orderNo))
}

/** 共济使用明细's totals for the list's filters (read again whenever the page shows, and when records change). */
export function useRecordTotals(filters: Omit<RecordQuery, 'cursor' | 'pageSize'>, enabled: boolean) {
  const ref = useMemberRef()
  return useQuery<RecordTotals>(['records', 'totals', ref, filters.personRef, filters.kind, filters.month], () => backend().recordTotals(filters), Boolean(ref) && enabled)
}

/** The 代缴 offer of the open 年度 as it stands after `after` (a registration: a result page's next step for the person just bound). */
export function usePremiumOffer(after: string | undefined) {
  const ref = useMemberRef()
  return useQuery<PaymentOffer>(['offer', ref, after], () => backend().premiumCandidates(), Boolean(ref && after))
}
