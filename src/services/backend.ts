// The one backend contract every store talks to. The mock (./mock) plays the server today; an HTTP
// adapter will implement the same interface and be held to the same contract tests (test/unit/contract).
import type { AuthorizationRefusal } from '@/domain/eligibility'
import type { DocumentType } from '@/domain/documents'
import type { Day } from '@/domain/day'
import type { DueView } from '@/domain/due'
import type { MemberRole } from '@/domain/roles'
import type { Coverage, PremiumCategory } from '@/domain/collection'
import type { PaymentKind } from '@/domain/payments'
import type { EmployeeKind, InsuranceStatus, Scheme } from '@/domain/people'
import type { RecordKind } from '@/domain/records-view'
import type { CityCode, Place, SpendingKind } from '@/domain/policy'
import type { Relation } from '@/domain/relations'
import type { Reason } from '@/domain/result'

/**
 * Transport and session failures; business refusals come back as values, never as errors. Every call but
 * `listDemoMembers` and `signIn` needs a valid session: UNAUTHENTICATED otherwise, with nothing done.
 */
export type BackendErrorCode = 'NETWORK' | 'TIMEOUT' | 'UNAUTHENTICATED' | 'NOT_FOUND' | 'IDEMPOTENCY_CONFLICT' | 'BAD_REQUEST' | 'SAVE_FAILED'

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
  /** The member's own birth date (rule 9 of Authorization is pre-checked against it). */
  birthDate: Day
  scheme: Scheme
  employeeKind?: EmployeeKind
  status: InsuranceStatus
  city?: CityCode
  cityName: string
}

export interface DemoMember extends PersonRef {
  role: string
  /** The demo's made-up 医保支付密码, shown on the demo sign-in page (members with a personal account only). */
  demoPassword?: string
}

/**
 * Who signs in. The mini programs send the platform's login code (`Taro.login` / Alipay's auth code) with the
 * demo member chosen; H5 sends the demo member alone.
 */
export interface SignInCredential {
  memberRef: string
  platform: 'h5' | 'weapp' | 'alipay'
  code?: string
}

/** A signed-in session: an opaque token every later request carries, the member, and when it ends at the latest. */
export interface Session {
  token: string
  member: Member
  /** ISO time of the absolute end (12 hours after sign-in); it ends earlier after 30 minutes without a call. */
  expiresAt: string
}

/** The operations that need the member's 医保支付密码 first (money leaves a personal account, or a binding is made). */
export type TicketOperation = 'registerAuthorization' | 'changeAuthorization' | 'payResidentPremium' | 'payHuiminbao'

export interface VerifyPasswordRequest {
  operation: TicketOperation
  /** The request the ticket is for, exactly as it will be sent, without `ticket`. */
  request: unknown
  /** The 6-digit 医保支付密码: checked and forgotten, never kept, logged or recorded. */
  password: string
}

/** A one-time permission for one request of one member, valid 5 minutes (server clock). */
export interface Ticket {
  ticket: string
  expiresAt: string
}

export type AuthorizationStatus = 'active' | 'cancelled' | 'ended'

export interface AuthorizationView {
  id: string
  authorizer: PersonRef
  user: PersonRef
  relation: Relation
  status: AuthorizationStatus
  since: Day
  /** 办理编号 a person can read out on the phone: `JX` + the day registered + the server's 6-digit sequence. */
  receiptNo: string
  endedOn?: Day
  /** Why it ended: cancelled by whom, or ended by a suspended/terminated insurance. */
  endReason?: string
  /** For a cancelled (解除) binding: when the user may be bound again. */
  rebindableFrom?: Day
  /** For a binding that ended by itself (暂停/终止): what it takes to bind again, in plain words. */
  rebindAdvice?: string
  /** For the user side: what may be drawn from the authorizer's 历年余额 now. */
  drawableFen?: number
  /** What changed (变更) and when, oldest first; absent when nothing has. */
  history?: { day: Day; change: string }[]
  /**
   * For the authorizer of an active binding, what a 变更 must show: which proof the user's document calls for (a
   * 出生医学证明 holder's, not a 居民户口簿) and whether the user is under 14 today (the guardian's consent).
   */
  forChange?: {
    userHasIdCard: boolean
    userUnderGuardianAge: boolean
    /** The relations it cannot be changed to whatever is uploaded, each with why (said before the password). */
    notAllowed: Partial<Record<Relation, string>>
  }
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
  /** From `verifyPassword` for this very request. */
  ticket: string
}

/** 变更: the authorizer changes an active binding's relation (proofs again where the city requires them). */
export interface ChangeAuthorizationRequest {
  authorizationId: string
  relation: Relation
  proofIds: string[]
  promiseVersion: string
  idempotencyKey: string
  /** The 医保支付密码 ticket for this request (checked by the server; not part of the idempotency fingerprint). */
  ticket: string
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
  /** Yingtan residents: the household's 门诊家庭账户, and the places it can be used at (labels, from the city's policy). */
  outpatientFamilyAccount?: { allowanceFen: number; remainingFen: number; year: number; places: string[] }
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

/** A visit or purchase at a designated place, as a record of 共济使用明细. */
export interface SpendingRecord {
  type: 'spending'
  id: string
  day: Day
  person: PersonRef
  relation: Relation | 'self'
  placeName: string
  place: Place
  kind: SpendingKind
  amountFen: number
  /** From the person's own personal account. */
  ownFen: number
  /** From the authorizer's 历年余额, and whose. */
  authorizerFen: number
  authorizer?: PersonRef
  /** From the household's 门诊家庭账户. */
  outpatientFamilyFen: number
}

/**
 * A 代缴 (城乡居民医保, 惠民保) or 新生儿免缴确认 as a record of 共济使用明细: one per person of an order, paid from the
 * payer's 历年余额 (a 免缴确认 takes nothing: 0). Seen by the payer and by the person it was for.
 */
export interface PaymentRecord {
  type: 'payment'
  /** The order number and the line: `<orderNo>-<n>`. */
  id: string
  orderNo: string
  day: Day
  kind: PaymentKind
  /** The 年度 paid or confirmed for. */
  year: number
  /** For whom; `relation` is who that is to the payer ('self' for the viewer). */
  person: PersonRef
  relation: Relation | 'self'
  amountFen: number
  /** Whose 历年余额 paid. */
  payer: PersonRef
}

/** One line of 共济使用明细: money that left a personal account (or a 免缴确认), by `type`. */
export type UsageRecord = SpendingRecord | PaymentRecord
export type { RecordKind }

/**
 * A visit or purchase, settled for the patient only: by her own session (`spend`), or by a designated place on
 * her behalf (in this build the developer panel plays the place). The server applies the city's rules and the
 * deduction order: her own funds, the household's 门诊家庭账户 where allowed, then an authorizer bound to her.
 */
export interface SpendRequest {
  /** 'self' (the caller's own ref is the same): nobody settles another member's visit. */
  personRef: string
  place: Place
  placeName: string
  kind: SpendingKind
  amountFen: number
  idempotencyKey: string
}

export interface RecordQuery {
  /** Where the last page ended (its `nextCursor`); absent for the newest records. */
  cursor?: string
  pageSize: number
  /**
   * Whose records: a person's ref, 'self' (the caller) or 'family' (everyone but the caller: what relatives drew
   * from the caller's 历年余额 and what he paid for them). Absent: all the caller may see.
   */
  personRef?: string
  kind?: RecordKind
  /** 'YYYY-MM' */
  month?: string
}

/** One page of records, newest first: the next page starts after `nextCursor` (a stable position), so a record
 * added while reading is neither shown twice nor missed. Absent when there is no more. */
export interface RecordPage {
  items: UsageRecord[]
  nextCursor?: string
  total: number
}

/** The 城乡居民医保 年度 the server offers today, worked out from its clock and the collection table. */
export interface CollectionView {
  year: number
  window: { opens: Day; closes: Day }
  /** Figures not yet published: shown with 「以医保部门公布为准」. */
  assumed: boolean
  /** When benefits start for a payment made today (等待期 after the window). */
  coverage: Coverage
}

export interface PremiumCandidate {
  person: PersonRef
  relation?: Relation
  eligible: boolean
  reasons: Reason[]
  amountFen: number
  /** 城乡居民医保: the person's category for the 年度 (the server's fact). */
  category?: PremiumCategory
  /** 新生儿免缴: whether the 年度's 免缴确认 is done, whether it can be done now, and if not, why not. */
  exemption?: { confirmed: boolean; confirmable: boolean; reason?: Reason }
}

/** Who can be paid for in the open 年度; `closed` says why nothing can be paid today. */
export interface PaymentOffer {
  collection?: CollectionView
  closed?: Reason
  candidates: PremiumCandidate[]
}

/**
 * The request names whom to pay, and what the person saw: the server decides the 年度 and the amounts, and refuses
 * (OFFER_CHANGED, with its figures, nothing charged) when they are not what was seen.
 */
export interface PaymentRequest {
  /** Refs of relatives bound to the payer ('self' for the payer himself, 惠民保 only). */
  personRefs: string[]
  /** The 年度 the person saw offered. */
  year: number
  /** The total the person saw for these people. */
  totalFen: number
  /** 城乡居民医保: the first day of benefits the person saw (CollectionView.coverage.from); 惠民保 leaves it out. */
  coverageFrom?: Day
  /** The version of the promise the person ticked (PAYMENT_PROMISES); an old one → PROMISE_OUTDATED. */
  promiseVersion: string
  idempotencyKey: string
  /** From `verifyPassword` for this very request. */
  ticket: string
}

export interface NewbornExemptionRequest {
  personRef: string
  idempotencyKey: string
}

export type { PaymentKind }

export interface Payment {
  orderNo: string
  kind: PaymentKind
  year: number
  payer: PersonRef
  lines: { person: PersonRef; amountFen: number }[]
  /** What the lines shown add up to: the order's total for the payer, her own line's amount for a person paid for. */
  totalFen: number
  /** The payer's 历年余额 before and after: given to the payer only. */
  balanceBeforeFen?: number
  balanceAfterFen?: number
  paidAt: string
  /** 城乡居民医保 and 新生儿免缴确认: when benefits start. */
  coverage?: Coverage
  /** The 年度's figures are assumed (「以医保部门公布为准」). */
  assumed?: boolean
}

/**
 * One use of the household's 门诊家庭账户: when, what the account paid, and — for the household's own members, and
 * for an authorizer outside it only about users bound to him — whose visit, where, what kind. Without them, a use
 * by 「家庭其他成员」.
 */
export interface HouseholdUse {
  id: string
  day: Day
  person?: PersonRef
  placeName?: string
  place?: Place
  kind?: SpendingKind
  /** What the 门诊家庭账户 paid of the visit. */
  amountFen: number
}

/** A place of the city's 门诊家庭账户 table (seed 000 §二), by its public label. */
export interface HouseholdPlace {
  place: Place
  label: string
  usable: boolean
  note: string
}

/**
 * The household's 门诊家庭账户 for the 年度 of the server's today, in one answer: the balance, what was credited
 * for whom and when, every use newest first with the month's and the year's totals, and where it can be used.
 * Seen by the household's resident members and by an authorizer bound to one of them.
 */
export interface HouseholdAccountView {
  year: number
  cityName: string
  /** The server's month ('YYYY-MM') of `monthFen`. */
  month: string
  allowanceFen: number
  balanceFen: number
  /** Each resident's credit for the 年度; `person` only for whom the viewer may know (as for `uses`). */
  credits: { person?: PersonRef; amountFen: number; day: Day }[]
  /** Newest first. */
  uses: HouseholdUse[]
  monthFen: number
  yearFen: number
  /** For a parent: the children of the household whose uses the page lists first. */
  children: PersonRef[]
  places: HouseholdPlace[]
  /** The public label of the rules' publication. */
  source: string
}

/** 共济使用明细's totals of what a query lists (all pages): per person and per month, newest month first. */
export interface RecordTotals {
  count: number
  totalFen: number
  byPerson: { person: PersonRef; relation: Relation | 'self'; totalFen: number }[]
  byMonth: { month: string; totalFen: number }[]
  /** The server's month ('YYYY-MM') and what the list holds in it. */
  month: string
  monthFen: number
}

/**
 * 首页 in one answer: who is signed in (masked), the role, the balances, the bindings she may draw on, and what each
 * role's 首页 says besides — the authorizer's 待办 and what his family drew from his 历年余额 this month, a resident's
 * premium paid by someone else. The same figures the separate operations answer, for one round trip.
 */
export interface HomeView {
  member: Member
  role: MemberRole
  balances: Balances
  /** Active bindings where the member is the 使用人 (as listAuthorizations' `asUser`). */
  drawable: AuthorizationView[]
  /** The authorizer's 待办 (as dueItems); absent for anyone else, who has nothing due here. */
  due?: DueView
  /** An authorizer: what relatives drew from his 历年余额 in the server's month ('YYYY-MM'), as recordTotals({personRef:'family'}). */
  familyMonth?: { month: string; monthFen: number }
  /** A resident: the newest 城乡居民医保 premium someone else paid for her (null: none). */
  premiumPaidForMe?: PaymentRecord | null
}

export interface Backend {
  /** Without a session: the demo sign-in page's list. */
  listDemoMembers(): Promise<DemoMember[]>
  /** Without a session: answers a new one (several may be open at once, one per window). */
  signIn(credential: SignInCredential): Promise<Session>
  /** Ends the calling session. */
  signOut(): Promise<void>
  /** The session's member. */
  currentMember(): Promise<Member>
  /** Checks the member's 医保支付密码 and issues a ticket for one request (refusals: PASSWORD_WRONG, PASSWORD_LOCKED …). */
  verifyPassword(req: VerifyPasswordRequest): Promise<Outcome<Ticket>>

  listAuthorizations(): Promise<MyAuthorizations>
  registerAuthorization(req: RegisterAuthorizationRequest): Promise<Outcome<AuthorizationView, AuthorizationRefusal>>
  cancelAuthorization(req: CancelAuthorizationRequest): Promise<Outcome<AuthorizationView>>
  changeAuthorization(req: ChangeAuthorizationRequest): Promise<Outcome<AuthorizationView, AuthorizationRefusal>>
  uploadProof(file: ProofUpload): Promise<Outcome<ProofRef>>

  getBalances(): Promise<Balances>
  /** 共济使用明细: spending and payments the caller may see, newest first, paged. */
  listRecords(query: RecordQuery): Promise<RecordPage>
  spend(req: SpendRequest): Promise<Outcome<SpendingRecord>>

  /** Bound relatives with their category and amount for the open 年度 (or paid, or 免缴). */
  premiumCandidates(): Promise<PaymentOffer>
  /** 首页's 待办 for the open 年度 (who is unpaid, whose 免缴确认 is pending, the deadline), from the server's clock. */
  dueItems(): Promise<DueView>
  payResidentPremium(req: PaymentRequest): Promise<Outcome<Payment>>
  /** 新生儿免缴确认 for a bound exempt child: once per child per 年度, inside the window; a ¥0.00 receipt. */
  confirmNewbornExemption(req: NewbornExemptionRequest): Promise<Outcome<Payment>>
  huiminbaoCandidates(): Promise<PaymentOffer>
  payHuiminbao(req: PaymentRequest): Promise<Outcome<Payment>>
  listPayments(): Promise<Payment[]>

  /** The household's 门诊家庭账户 (null: the caller may see none; a refusal reveals nothing). */
  getHouseholdAccount(): Promise<HouseholdAccountView | null>
  /** One order by its number: NOT_FOUND unless the caller paid it or it was paid for the caller. */
  getPayment(orderNo: string): Promise<Payment>
  /** Totals of what listRecords lists for the same filters (per person, per month, the server's month). */
  recordTotals(query: Omit<RecordQuery, 'cursor' | 'pageSize'>): Promise<RecordTotals>
  /** Everything 首页 shows, in one answer (the same figures as the separate operations). */
  getHome(): Promise<HomeView>
}
