import type { Day } from '@/domain/day'
import type { DocumentType } from '@/domain/documents'
import type { AutomaticEnd } from '@/domain/eligibility'
import type { Insurance } from '@/domain/people'
import type { Place, SpendingKind } from '@/domain/policy'
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
  /** The 年度 the 当年余额 belongs to; on 01-01 of a later year it moves into 历年余额 (absent: the server's year). */
  year?: number
  /** Where the books start: balance = opening + the ledger's entries for this account. */
  opening: { carriedOverFen: number; currentYearFen: number }
}

/** A household's 门诊家庭账户 for one year (seed 000 §二): credited once, drawn by any member's visit. */
export interface PoolRow {
  allowanceFen: number
  usedFen: number
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
  /** A binding that ended by itself: whose insurance ended it, and how. */
  automaticEnd?: AutomaticEnd
  promiseVersion: string
  proofIds: string[]
  /** 变更: what changed and when, oldest first. */
  history?: { day: Day; change: string }[]
}

export interface ProofRow {
  id: string
  ownerRef: string
  mimeType: string
  sizeBytes: number
  usedBy?: string
}

/** One movement of money. `account`: "<person ref>:carried" | "<person ref>:current" | "pool:<household>:<year>". */
export interface LedgerRow {
  account: string
  deltaFen: number
  /** The order number or spending record it belongs to ("ADJ" for a test or developer adjustment). */
  ref: string
  at: string
}

export interface SpendingRow {
  id: string
  day: Day
  personRef: string
  authorizerRef?: string
  relation: Relation | 'self'
  place: Place
  placeName: string
  kind: SpendingKind
  amountFen: number
  ownFen: number
  authorizerFen: number
  outpatientFamilyFen: number
}

export interface IdempotencyRow {
  /** A hash of the request (never the request itself: it may hold ID numbers and names). */
  fingerprint: string
  /** Elapsed time (`elapsedNow`: without the dev panel's day shift) of the first answer; results expire after 24 hours. */
  at: number
  /** What a request that changed something answered; absent for a refusal (only its fingerprint is kept). */
  result?: unknown
  /** Whose request it was (the caller): the cap is shared out by member. Absent in rows stored before. */
  by?: string
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

/** An open session, kept under a hash of its token (the token itself is never stored), in a key of its own. */
export interface SessionRow {
  memberRef: string
  /** Server-clock ms. */
  signedInAt: number
  lastSeenAt: number
}

/** A ticket of `verifyPassword`, kept under a hash of it until used or expired. */
export interface TicketRow {
  memberRef: string
  operation: string
  /** Hash of the request it is for (without `ticket`). */
  fingerprint: string
  expiresAt: number
}

/** Wrong 医保支付密码 entries of a member on one China day. */
export interface AttemptsRow {
  day: Day
  wrong: number
}

export interface ServerState {
  people: PersonRow[]
  accounts: Record<string, AccountRow>
  /** "household:year" → that year's 门诊家庭账户. */
  pools: Record<string, PoolRow>
  authorizations: AuthorizationRow[]
  proofs: ProofRow[]
  /** "ref:year" → where it was paid. */
  premiumsPaid: Record<string, { channel: string; orderNo?: string }>
  /** "ref:year" → where the 新生儿免缴确认 was done. */
  exemptionsConfirmed: Record<string, { channel: string; orderNo?: string }>
  huiminbaoEnrolled: Record<string, { orderNo: string }>
  payments: PaymentRow[]
  spending: SpendingRow[]
  ledger: LedgerRow[]
  idempotency: Record<string, IdempotencyRow>
  /** Ticket hash → what it allows. */
  tickets: Record<string, TicketRow>
  /** Member ref → wrong passwords today. */
  attempts: Record<string, AttemptsRow>
  seq: number
}
