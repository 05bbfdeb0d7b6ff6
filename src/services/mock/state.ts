import type { Day } from '@/domain/day'
import type { DocumentType } from '@/domain/documents'
import type { Insurance } from '@/domain/people'
import type { Relation } from '@/domain/relations'
import type { Coverage, RecordedCategory } from '@/domain/collection'
import type { AuthorizationStatus, PaymentKind } from '../backend'

// The mock server's records. Full ID numbers and names live only here (it plays the server).
export interface PersonRow {
  ref: string
  documentType: DocumentType
  idNumber: string
  name: string
  birthDate: Day
  insurance: Insurance
  /** 城乡居民医保: the category the 医保 system holds (新生儿免缴 is worked out from the birth date). */
  premiumCategory?: RecordedCategory
  /** Household of resident members sharing a 门诊家庭账户. */
  household?: string
  /** Demo logins: who they are to 李建国, for the switcher. */
  demoRole?: string
}

export interface AccountRow {
  carriedOverFen: number
  currentYearFen: number
}

export interface AuthorizationRow {
  id: string
  authorizerRef: string
  userRef: string
  relation: Relation
  status: AuthorizationStatus
  since: Day
  endedOn?: Day
  endReason?: string
  promiseVersion: string
  proofIds: string[]
}

export interface ProofRow {
  id: string
  ownerRef: string
  fileName: string
  mimeType: string
  sizeBytes: number
  usedBy?: string
}

export interface LedgerRow {
  id: string
  accountRef: string
  deltaFen: number
  orderNo: string
  at: string
}

export interface PaymentRow {
  orderNo: string
  kind: PaymentKind
  year: number
  payerRef: string
  lines: { personRef: string; amountFen: number }[]
  totalFen: number
  balanceBeforeFen: number
  balanceAfterFen: number
  paidAt: string
  coverage?: Coverage
  assumed?: boolean
}

export interface ServerState {
  people: PersonRow[]
  accounts: Record<string, AccountRow>
  /** Per resident member and year: 门诊家庭账户 used so far. */
  outpatientUsedFen: Record<string, number>
  authorizations: AuthorizationRow[]
  proofs: ProofRow[]
  /** "ref:year" → where it was paid. */
  premiumsPaid: Record<string, { channel: string; orderNo?: string }>
  /** "ref:year" → where the 新生儿免缴确认 was done. */
  exemptionsConfirmed: Record<string, { channel: string; orderNo?: string }>
  huiminbaoEnrolled: Record<string, { orderNo: string }>
  payments: PaymentRow[]
  ledger: LedgerRow[]
  idempotency: Record<string, { fingerprint: string; result: unknown }>
  session: { memberRef: string | null }
  seq: number
}

export function isServerState(value: unknown): value is ServerState {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    Array.isArray(v.people) &&
    Array.isArray(v.authorizations) &&
    Array.isArray(v.payments) &&
    Array.isArray(v.ledger) &&
    typeof v.accounts === 'object' &&
    typeof v.idempotency === 'object' &&
    typeof v.exemptionsConfirmed === 'object' &&
    typeof v.session === 'object' &&
    typeof v.seq === 'number'
  )
}
