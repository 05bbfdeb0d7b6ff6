import { checkProofFile } from '@/domain/authorization-form'
import { checkAuthorization, rebindableFrom, type AuthorizationRefusal } from '@/domain/eligibility'
import { validateDocument, type DocumentType } from '@/domain/documents'
import { maskId, maskName } from '@/domain/masking'
import { validateName } from '@/domain/names'
import { buildOrder, checkHuiminbao, checkPayer, checkPremiumPayee, residentPremiumFen } from '@/domain/payments'
import { STATUS_LABELS, type InsuranceStatus } from '@/domain/people'
import { policyFor, proofFiles } from '@/domain/policy'
import { isRelation, type Relation } from '@/domain/relations'
import type { Reason } from '@/domain/result'
import { yearOf } from '@/domain/day'
import {
  BackendError,
  type AuthorizationView,
  type Backend,
  type Balances,
  type DemoMember,
  type Member,
  type Outcome,
  type Payment,
  type PersonRef,
  type PremiumCandidate,
  type SpendingRecord,
} from '../backend'
import { systemClock, type AdjustableClock } from './clock'
import { FaultInjector, type FaultConfig, type Random } from './faults'
import { loadState, saveState, STATE_KEY, type KeyValueStorage } from './persist'
import { DEMO_REFS, SEED_DAY, seedState } from './seed'
import { generateSpending, type SpenderPlan, type SpendingRow } from './spending'
import { isServerState, type AuthorizationRow, type PaymentRow, type PersonRow, type ServerState } from './state'

export interface MockOptions {
  storage: KeyValueStorage
  clock?: AdjustableClock
  faults?: Partial<FaultConfig>
  random?: Random
}

/** What tests and the hidden developer panel may do to the mock server. */
export interface MockControl {
  readonly clock: AdjustableClock
  setFaults(patch: Partial<FaultConfig>): void
  faults(): FaultConfig
  faultsInjected(): number
  /** Resets to the demo family (重置演示数据). */
  reset(): void
  /** A notice to show once, e.g. after unreadable stored data was reset. */
  takeNotice(): string | undefined
  /** Changes a person's insurance status, as the 医保 system would (ends their bindings). */
  setInsuranceStatus(idNumber: string, status: InsuranceStatus): void
  /** Regenerates the demo history with `count` records of 李建国's own (bench: 10,000). */
  setSpendingVolume(count: number): void
  /** Sets a member's 历年余额 (tests: e.g. to try an order over the balance). */
  setCarriedOver(idNumber: string, fen: number): void
  /** The same for whoever is logged in (the developer panel, which knows no ID numbers). */
  setCurrentCarriedOver(fen: number): void
  /** Read-only view of the server's books, for invariant checks. */
  snapshot(): Readonly<ServerState>
}

export type MockBackend = Backend & { control: MockControl }

const SPENDING_PLANS: readonly SpenderPlan[] = [
  { personRef: DEMO_REFS.lijianguo, relation: 'self', city: 'yingtan', count: 180, from: '2025-01-01' },
  { personRef: DEMO_REFS.lideming, authorizerRef: DEMO_REFS.lijianguo, relation: 'parent', city: 'yingtan', count: 140, from: '2025-04-02' },
  { personRef: DEMO_REFS.zhouzhiqiang, relation: 'self', city: 'yichun', count: 120, from: '2025-01-01' },
  { personRef: DEMO_REFS.lijianfang, authorizerRef: DEMO_REFS.zhouzhiqiang, relation: 'spouse', city: 'yichun', count: 100, from: '2025-06-18' },
]

export function createMockBackend(options: MockOptions): MockBackend {
  const clock = options.clock ?? systemClock()
  const random = options.random ?? Math.random
  const faults = new FaultInjector(options.faults, random)
  const loaded = loadState(options.storage, seedState, isServerState)
  let state: ServerState = loaded.state
  let notice = loaded.notice
  let spendingCache: SpendingRow[] | undefined
  let spendingPlans: readonly SpenderPlan[] = SPENDING_PLANS
  const spending = () => (spendingCache ??= generateSpending(spendingPlans, SEED_DAY))

  const persist = () => saveState(options.storage, state)
  if (notice) persist()

  // ---- helpers (server side: full records) ----
  const person = (ref: string): PersonRow => {
    const p = state.people.find((x) => x.ref === ref)
    if (!p) throw new BackendError('NOT_FOUND', '未找到该人员')
    return p
  }
  const byNumber = (documentType: DocumentType, number: string) =>
    state.people.find((p) => p.idNumber === number && (p.documentType === documentType || documentType !== 'birthCertificate'))
  const ref = (p: PersonRow): PersonRef => ({ ref: p.ref, maskedName: maskName(p.name), maskedId: maskId(p.idNumber) })
  const me = (): PersonRow => {
    if (!state.session.memberRef) throw new BackendError('UNAUTHENTICATED', '请先登录')
    return person(state.session.memberRef)
  }
  const nextId = (prefix: string) => {
    state.seq += 1
    return `${prefix}-${state.seq}`
  }
  const policyOf = (p: PersonRow) => policyFor(p.insurance.city ?? 'yingtan', yearOf(clock.today()))
  const carriedOver = (r: string) => state.accounts[r]?.carriedOverFen ?? 0

  /** Bindings end automatically when either side's insurance is suspended or terminated (domain.md). */
  const sweep = () => {
    let changed = false
    for (const a of state.authorizations) {
      if (a.status !== 'active') continue
      const auth = person(a.authorizerRef)
      const user = person(a.userRef)
      const side = auth.insurance.status !== 'normal' ? ['授权人', auth] as const : user.insurance.status !== 'normal' ? ['使用人', user] as const : null
      if (side) {
        a.status = 'ended'
        a.endedOn = clock.today()
        a.endReason = `${side[0]}医保关系${STATUS_LABELS[side[1].insurance.status]}，共济关系自动终止`
        changed = true
      }
    }
    if (changed) persist()
  }

  const view = (a: AuthorizationRow): AuthorizationView => {
    const v: AuthorizationView = {
      id: a.id,
      authorizer: ref(person(a.authorizerRef)),
      user: ref(person(a.userRef)),
      relation: a.relation,
      status: a.status,
      since: a.since,
    }
    if (a.endedOn) {
      v.endedOn = a.endedOn
      v.endReason = a.endReason
      v.rebindableFrom = rebindableFrom(a.endedOn)
    }
    if (a.status === 'active') v.drawableFen = carriedOver(a.authorizerRef)
    return v
  }

  /** Same key, same request → the first result, never a second effect. */
  const once = <T>(key: string, fingerprint: unknown, effect: () => T): T => {
    if (!key || key.length < 8) throw new BackendError('BAD_REQUEST', '缺少幂等键')
    const print = JSON.stringify(fingerprint)
    const seen = state.idempotency[key]
    if (seen) {
      if (seen.fingerprint !== print) throw new BackendError('IDEMPOTENCY_CONFLICT', '请求编号已被其他请求使用')
      return seen.result as T
    }
    const result = effect()
    state.idempotency[key] = { fingerprint: print, result }
    persist()
    return result
  }

  const activeBindingOf = (userRef: string) => state.authorizations.find((a) => a.userRef === userRef && a.status === 'active')
  const lastEnded = (userRef: string) =>
    state.authorizations
      .filter((a) => a.userRef === userRef && a.endedOn)
      .map((a) => a.endedOn as string)
      .sort()
      .pop()

  const paymentView = (row: PaymentRow): Payment => ({
    orderNo: row.orderNo,
    kind: row.kind,
    year: row.year,
    payer: ref(person(row.payerRef)),
    lines: row.lines.map((l) => ({ person: ref(person(l.personRef)), amountFen: l.amountFen })),
    totalFen: row.totalFen,
    balanceBeforeFen: row.balanceBeforeFen,
    balanceAfterFen: row.balanceAfterFen,
    paidAt: row.paidAt,
  })

  const debit = (payer: PersonRow, kind: PaymentRow['kind'], year: number, lines: { personRef: string; amountFen: number }[]): Outcome<Payment> => {
    const order = buildOrder(lines.map((l) => ({ payeeId: l.personRef, amountFen: l.amountFen })), carriedOver(payer.ref))
    if (!order.ok) return { ok: false, reasons: [order.reason] }
    const orderNo = `JX${clock.today().replace(/-/g, '')}${String(state.seq + 1).padStart(6, '0')}`
    state.seq += 1
    const paidAt = new Date(clock.now()).toISOString()
    state.accounts[payer.ref].carriedOverFen = order.value.balanceAfterFen
    state.ledger.push({ id: nextId('l'), accountRef: payer.ref, deltaFen: -order.value.totalFen, orderNo, at: paidAt })
    const row: PaymentRow = { orderNo, kind, year, payerRef: payer.ref, lines, totalFen: order.value.totalFen, balanceBeforeFen: order.value.balanceBeforeFen, balanceAfterFen: order.value.balanceAfterFen, paidAt }
    state.payments.push(row)
    return { ok: true, value: paymentView(row) }
  }

  const relationOf = (memberRef: string, otherRef: string): Relation | undefined => state.relations[`${memberRef}>${otherRef}`]

  const knownPayees = (m: PersonRow): PersonRow[] => {
    const bound = state.authorizations.filter((a) => a.authorizerRef === m.ref && a.status === 'active').map((a) => a.userRef)
    const refs = [...new Set([...bound, ...(state.lookedUp[m.ref] ?? [])])]
    return refs.map(person)
  }

  /** 本人 and every relative the member has declared (bound or not): 惠民保 needs no binding (seed 000 §三). */
  const huiminbaoPeople = (m: PersonRow): { p: PersonRow; who: Relation | 'self' }[] => [
    { p: m, who: 'self' },
    ...Object.entries(state.relations)
      .filter(([k]) => k.startsWith(`${m.ref}>`))
      .map(([k, who]) => ({ p: person(k.slice(m.ref.length + 1)), who })),
  ]

  const premiumCandidate = (m: PersonRow, p: PersonRow, year: number): PremiumCandidate => {
    const paid = state.premiumsPaid[`${p.ref}:${year}`]
    const reasons: Reason[] = checkPremiumPayee(p.insurance, year, paid ? { year, channel: paid.channel } : undefined)
    return { person: ref(p), relation: relationOf(m.ref, p.ref), eligible: reasons.length === 0, reasons, amountFen: residentPremiumFen(year) ?? 0 }
  }

  const toRecord = (s: SpendingRow): SpendingRecord => ({
    id: s.id,
    day: s.day,
    person: ref(person(s.personRef)),
    relation: s.relation,
    placeName: s.placeName,
    place: s.place,
    kind: s.kind,
    amountFen: s.amountFen,
    ownFen: s.ownFen,
    authorizerFen: s.authorizerFen,
    outpatientFamilyFen: s.outpatientFamilyFen,
  })

  const member = (p: PersonRow): Member => ({
    ...ref(p),
    scheme: p.insurance.scheme,
    employeeKind: p.insurance.employeeKind,
    status: p.insurance.status,
    city: p.insurance.city,
    cityName: p.insurance.placeName,
  })

  const run = <T>(op: () => T) => faults.run('read', op)
  const write = <T>(op: () => T) => faults.run('register', op)
  const pay = <T>(op: () => T) => faults.run('payment', op)

  const backend: Backend = {
    listDemoMembers: () =>
      run((): DemoMember[] => state.people.filter((p) => p.demoRole).map((p) => ({ ...ref(p), role: p.demoRole as string }))),

    login: (memberRef) =>
      write(() => {
        const p = person(memberRef)
        if (!p.demoRole) throw new BackendError('NOT_FOUND', '该身份不是演示账号')
        state.session.memberRef = p.ref
        persist()
        return member(p)
      }),

    currentMember: () => run(() => (state.session.memberRef ? member(person(state.session.memberRef)) : null)),

    lookupPerson: (req) =>
      run(() => {
        const m = me()
        const doc = validateDocument(req.documentType, req.documentNumber, clock.today())
        const name = validateName(req.name)
        if (!doc.ok || !name.ok) throw new BackendError('BAD_REQUEST', (doc.ok ? '' : doc.reason.message) || (name.ok ? '' : name.reason.message))
        const p = byNumber(req.documentType, doc.value.number)
        if (!p) return { found: false, nameMatches: false, insuredInJiangxi: false }
        const nameMatches = p.name === name.value
        if (nameMatches) {
          const list = (state.lookedUp[m.ref] ??= [])
          if (!list.includes(p.ref)) list.push(p.ref)
          persist()
        }
        return { found: true, nameMatches, insuredInJiangxi: p.insurance.province === 'jiangxi', scheme: p.insurance.scheme, status: p.insurance.status, placeName: p.insurance.placeName }
      }),

    listAuthorizations: () =>
      run(() => {
        const m = me()
        sweep()
        const mine = state.authorizations.filter((a) => a.authorizerRef === m.ref || a.userRef === m.ref)
        const order = (a: AuthorizationRow, b: AuthorizationRow) => (a.status === b.status ? b.since.localeCompare(a.since) : a.status === 'active' ? -1 : 1)
        return {
          asAuthorizer: mine.filter((a) => a.authorizerRef === m.ref).sort(order).map(view),
          asUser: mine.filter((a) => a.userRef === m.ref).sort(order).map(view),
        }
      }),

    registerAuthorization: (req) =>
      write(() => {
        const m = me()
        sweep()
        const { idempotencyKey, ...payload } = req
        return once(idempotencyKey, { op: 'register', by: m.ref, payload }, (): Outcome<AuthorizationView, AuthorizationRefusal> => {
          const today = clock.today()
          const doc = validateDocument(req.documentType, req.documentNumber, today)
          const name = validateName(req.name)
          if (!doc.ok || !name.ok || !isRelation(req.relation) || !req.promiseVersion) {
            throw new BackendError('BAD_REQUEST', '提交的信息不完整，请核对后重试')
          }
          const proofs = req.proofIds.map((id) => state.proofs.find((p) => p.id === id && p.ownerRef === m.ref && !p.usedBy))
          if (proofs.some((p) => !p) || proofs.length > proofFiles.maxFiles) throw new BackendError('BAD_REQUEST', '证明材料无效，请重新上传')
          const user = byNumber(req.documentType, doc.value.number)
          const current = user ? activeBindingOf(user.ref) : undefined
          const refusals = checkAuthorization({
            authorizerId: m.ref,
            authorizer: m.insurance,
            user: user ? { id: user.ref, insurance: user.insurance, nameMatches: user.name === name.value } : null,
            relation: req.relation,
            userHasIdCard: req.documentType !== 'birthCertificate',
            proofCount: proofs.length,
            currentAuthorizerId: current?.authorizerRef,
            lastEndedOn: user ? lastEnded(user.ref) : undefined,
            today,
            policy: policyOf(m),
          })
          if (refusals.length > 0 || !user) return { ok: false, reasons: refusals }
          const row: AuthorizationRow = { id: nextId('a'), authorizerRef: m.ref, userRef: user.ref, relation: req.relation, status: 'active', since: today, promiseVersion: req.promiseVersion, proofIds: req.proofIds }
          state.authorizations.push(row)
          state.relations[`${m.ref}>${user.ref}`] = req.relation
          for (const p of proofs) if (p) p.usedBy = row.id
          return { ok: true, value: view(row) }
        })
      }),

    cancelAuthorization: (req) =>
      write(() => {
        const m = me()
        return once(req.idempotencyKey, { op: 'cancel', by: m.ref, id: req.authorizationId }, (): Outcome<AuthorizationView> => {
          const a = state.authorizations.find((x) => x.id === req.authorizationId && (x.authorizerRef === m.ref || x.userRef === m.ref))
          // Another family's binding is indistinguishable from a missing one.
          if (!a) throw new BackendError('NOT_FOUND', '未找到该共济关系')
          if (a.status !== 'active') return { ok: false, reasons: [{ code: 'NOT_ACTIVE', message: '该共济关系已解除或已失效，无需再次解除' }] }
          a.status = 'cancelled'
          a.endedOn = clock.today()
          a.endReason = a.authorizerRef === m.ref ? '授权人解除' : '使用人解除'
          return { ok: true, value: view(a) }
        })
      }),

    uploadProof: (file) =>
      write((): Outcome<{ id: string; fileName: string }> => {
        const m = me()
        // The count limit (9) applies per registration and is checked when registering.
        const refusal = checkProofFile(file, 0, proofFiles)
        if (refusal) return { ok: false, reasons: [refusal] }
        const id = nextId('f')
        state.proofs.push({ id, ownerRef: m.ref, fileName: file.fileName, mimeType: file.mimeType, sizeBytes: file.sizeBytes })
        persist()
        return { ok: true, value: { id, fileName: file.fileName } }
      }),

    getBalances: () =>
      run((): Balances => {
        const m = me()
        sweep()
        const year = yearOf(clock.today())
        const ofa = (p: PersonRow) => {
          const allowance = policyOf(p).outpatientFamilyAccount?.allowancePerResidentFen
          if (p.insurance.scheme !== 'resident' || allowance === undefined || p.insurance.status !== 'normal') return undefined
          return { allowanceFen: allowance, remainingFen: allowance - (state.outpatientUsedFen[`${p.ref}:${year}`] ?? 0) }
        }
        const account = state.accounts[m.ref]
        const own = ofa(m)
        const family = state.authorizations
          .filter((a) => a.authorizerRef === m.ref && a.status === 'active')
          .map((a) => {
            const u = person(a.userRef)
            return { person: ref(u), relation: a.relation, scheme: u.insurance.scheme, drawableFen: carriedOver(m.ref), outpatientFamilyAccount: ofa(u) }
          })
        return {
          asOf: new Date(clock.now()).toISOString(),
          personalAccount: account ? { carriedOverFen: account.carriedOverFen, currentYearFen: account.currentYearFen } : undefined,
          outpatientFamilyAccount: own ? { ...own, year } : undefined,
          family,
        }
      }),

    listSpending: (q) =>
      run(() => {
        const m = me()
        const pageSize = Math.min(Math.max(1, q.pageSize), 100)
        const page = Math.max(1, q.page)
        const rows = spending().filter(
          (s) =>
            (s.personRef === m.ref || s.authorizerRef === m.ref) &&
            (!q.personRef || s.personRef === q.personRef) &&
            (!q.kind || s.kind === q.kind) &&
            (!q.month || s.day.startsWith(q.month)),
        )
        return { items: rows.slice((page - 1) * pageSize, page * pageSize).map(toRecord), page, pageSize, total: rows.length }
      }),

    premiumCandidates: (year, extra) =>
      run(() => {
        const m = me()
        if (checkPayer(m.insurance)) return []
        const list = knownPayees(m)
        if (extra) {
          const doc = validateDocument(extra.documentType, extra.documentNumber, clock.today())
          const name = validateName(extra.name)
          const p = doc.ok && name.ok ? byNumber(extra.documentType, doc.value.number) : undefined
          if (p && name.ok && p.name === name.value && !list.includes(p)) {
            list.push(p)
            ;(state.lookedUp[m.ref] ??= []).push(p.ref)
            persist()
          }
        }
        return list.map((p) => premiumCandidate(m, p, year))
      }),

    payResidentPremium: (req) =>
      pay(() => {
        const m = me()
        const { idempotencyKey, ...payload } = req
        return once(idempotencyKey, { op: 'premium', by: m.ref, payload }, (): Outcome<Payment> => {
          const notEmployee = checkPayer(m.insurance)
          if (notEmployee) return { ok: false, reasons: [notEmployee] }
          const allowed = knownPayees(m)
          const reasons: Reason[] = []
          for (const r of req.personRefs) {
            const p = allowed.find((x) => x.ref === r)
            if (!p) throw new BackendError('NOT_FOUND', '未找到缴费人员')
            for (const reason of premiumCandidate(m, p, req.year).reasons) reasons.push({ ...reason, message: `${maskName(p.name)}：${reason.message}` })
          }
          if (reasons.length > 0) return { ok: false, reasons }
          const amount = residentPremiumFen(req.year) as number
          const outcome = debit(m, 'residentPremium', req.year, req.personRefs.map((personRef) => ({ personRef, amountFen: amount })))
          if (outcome.ok) for (const r of req.personRefs) state.premiumsPaid[`${r}:${req.year}`] = { channel: '本应用 家庭账户共济代缴', orderNo: outcome.value.orderNo }
          return outcome
        })
      }),

    huiminbaoCandidates: (year) =>
      run(() => {
        const m = me()
        if (checkPayer(m.insurance)) return []
        return huiminbaoPeople(m).map(({ p, who }) => {
          const reasons: Reason[] = checkHuiminbao(who, p.insurance, policyOf(m), state.huiminbaoEnrolled[`${p.ref}:${year}`] ? year : undefined, year)
          return { person: ref(p), relation: who === 'self' ? undefined : who, eligible: reasons.length === 0, reasons, amountFen: policyOf(m).huiminbao?.premiumFen ?? 0 }
        })
      }),

    payHuiminbao: (req) =>
      pay(() => {
        const m = me()
        const { idempotencyKey, ...payload } = req
        return once(idempotencyKey, { op: 'huiminbao', by: m.ref, payload }, (): Outcome<Payment> => {
          const notEmployee = checkPayer(m.insurance)
          if (notEmployee) return { ok: false, reasons: [notEmployee] }
          const policy = policyOf(m)
          const known = huiminbaoPeople(m)
          const reasons: Reason[] = []
          const refs = req.personRefs.map((r) => (r === 'self' ? m.ref : r))
          for (const r of refs) {
            const entry = known.find((k) => k.p.ref === r)
            if (!entry) throw new BackendError('NOT_FOUND', '未找到参保人员')
            for (const reason of checkHuiminbao(entry.who, entry.p.insurance, policy, state.huiminbaoEnrolled[`${r}:${req.year}`] ? req.year : undefined, req.year)) {
              reasons.push({ ...reason, message: `${maskName(entry.p.name)}：${reason.message}` })
            }
          }
          if (reasons.length > 0) return { ok: false, reasons }
          const outcome = debit(m, 'huiminbao', req.year, refs.map((personRef) => ({ personRef, amountFen: policy.huiminbao?.premiumFen ?? 0 })))
          if (outcome.ok) for (const r of refs) state.huiminbaoEnrolled[`${r}:${req.year}`] = { orderNo: outcome.value.orderNo }
          return outcome
        })
      }),

    listPayments: () =>
      run(() => {
        const m = me()
        return state.payments.filter((p) => p.payerRef === m.ref).slice().reverse().map(paymentView)
      }),
  }

  const control: MockControl = {
    clock,
    setFaults: (patch) => faults.set(patch),
    faults: () => faults.config,
    faultsInjected: () => faults.injected,
    reset: () => {
      state = seedState()
      persist()
    },
    takeNotice: () => {
      const n = notice
      notice = undefined
      return n
    },
    setInsuranceStatus: (idNumber, status) => {
      const p = state.people.find((x) => x.idNumber === idNumber)
      if (!p) throw new BackendError('NOT_FOUND', '未找到该人员')
      p.insurance = { ...p.insurance, status }
      sweep()
      persist()
    },
    setSpendingVolume: (count) => {
      spendingPlans = SPENDING_PLANS.map((p) => (p.personRef === DEMO_REFS.lijianguo && p.relation === 'self' ? { ...p, count } : p))
      spendingCache = undefined
    },
    setCurrentCarriedOver: (fen) => control.setCarriedOver(me().idNumber, fen),
    setCarriedOver: (idNumber, fen) => {
      const p = state.people.find((x) => x.idNumber === idNumber)
      const account = p && state.accounts[p.ref]
      if (!account) throw new BackendError('NOT_FOUND', '该人员没有个人账户')
      account.carriedOverFen = fen
      persist()
    },
    snapshot: () => state,
  }

  return Object.assign(backend, { control })
}

export { STATE_KEY }
