// The one backend contract every store talks to. The mock (./mock) plays the server today; an HTTP
// adapter will implement the same interface and be held to the same contract tests (test/unit/contract).
import type { AuthorizationRefusal } from '@/domain/eligibility'
import type { DocumentType } from '@/domain/documents'
import type { Day } from '@/domain/day'
import type { EmployeeKind, InsuranceStatus, Scheme } from '@/domain/people'
import type { CityCode, Place, SpendingKind } from '@/domain/policy'
import type { Relation } from '@/domain/relations'
import type { Reason } from '@/domain/result'

/** Transport and session failures; business refusals come back as values, never as errors. */
export type BackendErrorCode = 'NETWORK' | 'TIMEOUT' | 'UNAUTHENTICATED' | 'NOT_FOUND' | 'IDEMPOTENCY_CONFLICT' | 'BAD_REQUEST'

export class BackendError extends Error {
  constructor(
    readonly code: BackendErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'BackendError'
  }
}

export type Outcome<T, R = Reason> = { ok: true; value: T } | { ok: false; reasons: R[] }

/** What the app may know of a person: masked by the server, plus an opaque reference. */
export interface PersonRef {
  ref: string
  maskedName: string
  maskedId: string
}

export interface Member extends PersonRef {
  scheme: Scheme
  employeeKind?: EmployeeKind
  status: InsuranceStatus
  city?: CityCode
  cityName: string
}

export interface DemoMember extends PersonRef {
  role: string
}

export interface PersonLookup {
  found: boolean
  nameMatches: boolean
  insuredInJiangxi: boolean
  scheme?: Scheme
  status?: InsuranceStatus
  placeName?: string
}

export type AuthorizationStatus = 'active' | 'cancelled' | 'ended'

export interface AuthorizationView {
  id: string
  authorizer: PersonRef
  user: PersonRef
  relation: Relation
  status: AuthorizationStatus
  since: Day
  endedOn?: Day
  /** Why it ended: cancelled by whom, or ended by a suspended/terminated insurance. */
  endReason?: string
  /** When the user may be bound again, for ended bindings. */
  rebindableFrom?: Day
  /** For the user side: what may be drawn from the authorizer's 历年余额 now. */
  drawableFen?: number
}

export interface MyAuthorizations {
  asAuthorizer: AuthorizationView[]
  asUser: AuthorizationView[]
}

export interface RegisterAuthorizationRequest {
  documentType: DocumentType
  documentNumber: string
  name: string
  relation: Relation
  promiseVersion: string
  proofIds: string[]
  idempotencyKey: string
}

export interface CancelAuthorizationRequest {
  authorizationId: string
  idempotencyKey: string
}

export interface ProofUpload {
  fileName: string
  mimeType: string
  sizeBytes: number
}

export interface ProofRef {
  id: string
  fileName: string
}

export interface Balances {
  asOf: string
  personalAccount?: { carriedOverFen: number; currentYearFen: number }
  /** Yingtan residents: the household's 门诊家庭账户. */
  outpatientFamilyAccount?: { allowanceFen: number; remainingFen: number; year: number }
  family: FamilyBalance[]
}

export interface FamilyBalance {
  person: PersonRef
  relation: Relation
  scheme: Scheme
  /** What the relative may draw from my 历年余额 now. */
  drawableFen: number
  outpatientFamilyAccount?: { allowanceFen: number; remainingFen: number }
}

export interface SpendingRecord {
  id: string
  day: Day
  person: PersonRef
  relation: Relation | 'self'
  placeName: string
  place: Place
  kind: SpendingKind
  amountFen: number
  ownFen: number
  authorizerFen: number
  outpatientFamilyFen: number
}

export interface SpendingQuery {
  page: number
  pageSize: number
  personRef?: string
  kind?: SpendingKind
  /** 'YYYY-MM' */
  month?: string
}

export interface Page<T> {
  items: T[]
  page: number
  pageSize: number
  total: number
}

export interface PremiumCandidate {
  person: PersonRef
  relation?: Relation
  eligible: boolean
  reasons: Reason[]
  amountFen: number
}

export interface PremiumPaymentRequest {
  year: number
  personRefs: string[]
  idempotencyKey: string
}

export interface HuiminbaoPaymentRequest {
  year: number
  /** 'self' or the ref of a bound relative. */
  personRefs: string[]
  idempotencyKey: string
}

export type PaymentKind = 'residentPremium' | 'huiminbao'

export interface Payment {
  orderNo: string
  kind: PaymentKind
  year: number
  payer: PersonRef
  lines: { person: PersonRef; amountFen: number }[]
  totalFen: number
  balanceBeforeFen: number
  balanceAfterFen: number
  paidAt: string
}

export interface Backend {
  listDemoMembers(): Promise<DemoMember[]>
  login(memberRef: string): Promise<Member>
  currentMember(): Promise<Member | null>

  lookupPerson(req: { documentType: DocumentType; documentNumber: string; name: string }): Promise<PersonLookup>
  listAuthorizations(): Promise<MyAuthorizations>
  registerAuthorization(req: RegisterAuthorizationRequest): Promise<Outcome<AuthorizationView, AuthorizationRefusal>>
  cancelAuthorization(req: CancelAuthorizationRequest): Promise<Outcome<AuthorizationView>>
  uploadProof(file: ProofUpload): Promise<Outcome<ProofRef>>

  getBalances(): Promise<Balances>
  listSpending(query: SpendingQuery): Promise<Page<SpendingRecord>>

  premiumCandidates(year: number, extra?: { documentType: DocumentType; documentNumber: string; name: string }): Promise<PremiumCandidate[]>
  payResidentPremium(req: PremiumPaymentRequest): Promise<Outcome<Payment>>
  huiminbaoCandidates(year: number): Promise<PremiumCandidate[]>
  payHuiminbao(req: HuiminbaoPaymentRequest): Promise<Outcome<Payment>>
  listPayments(): Promise<Payment[]>
}
