import { checkProofFile } from '@/domain/authorization-form'
import { checkAuthorization, checkRelationChange, relationChangeText, rebindAfterAutomaticEnd, rebindableFrom, type AuthorizationRefusal, type AutomaticEnd } from '@/domain/eligibility'
import { validateDocument } from '@/domain/documents'
import { needsGuardianConsent } from '@/domain/guardian'
import { validateName } from '@/domain/names'
import { STATUS_LABELS } from '@/domain/people'
import { proofFiles } from '@/domain/policy'
import { isRelation, RELATIONS, sexOfIdNumber, type Relation } from '@/domain/relations'
import { checkPromiseVersion } from '@/domain/payments'
import { AUTHORIZATION_PROMISE } from '@/domain/promise'
import { BackendError, type AuthorizationView, type Backend, type Outcome } from '../backend'
import { byNumber, carriedOver, idSeq, me, nextId, person, policyOf, refOf, type ServerContext } from './context'
import { once } from './idempotency'
import { requireTicket } from './tickets'
import type { AuthorizationRow, PersonRow } from './state'

type AuthorizationOps = {
  [K in 'listAuthorizations' | 'registerAuthorization' | 'cancelAuthorization' | 'changeAuthorization' | 'uploadProof']: (...args: Parameters<Backend[K]>) => Awaited<ReturnType<Backend[K]>>
}

/** Bindings end automatically when either side's insurance is suspended or terminated (domain.md). */
export function sweep(ctx: ServerContext): void {
  for (const a of ctx.state.authorizations) {
    if (a.status !== 'active') continue
    const auth = person(ctx, a.authorizerRef).insurance.status
    const user = person(ctx, a.userRef).insurance.status
    const end: AutomaticEnd | undefined = auth !== 'normal' ? { side: 'authorizer', status: auth } : user !== 'normal' ? { side: 'user', status: user } : undefined
    if (end) {
      a.status = 'ended'
      a.endedOn = ctx.clock.today()
      a.endReason = `${end.side === 'authorizer' ? '授权人' : '使用人'}医保关系${STATUS_LABELS[end.status]}，共济关系自动终止`
      a.automaticEnd = end
    }
  }
}

/** The active binding a user has, with whichever authorizer. */
export function activeBindingOf(ctx: ServerContext, userRef: string): AuthorizationRow | undefined {
  return ctx.state.authorizations.find((a) => a.userRef === userRef && a.status === 'active')
}

/**
 * Rule 10: an active 配偶 binding of this person's with anyone but `partner`, other than `except` (the one being
 * changed), on either side: one spouse at a time whoever registered it. Spouses may authorize each other (two
 * bindings, one couple).
 */
function hasOtherSpouse(ctx: ServerContext, ref: string, partner: string | undefined, except?: string): boolean {
  return ctx.state.authorizations.some((a) => {
    if (a.status !== 'active' || a.relation !== 'spouse' || a.id === except) return false
    const other = a.authorizerRef === ref ? a.userRef : a.userRef === ref ? a.authorizerRef : undefined
    return other !== undefined && other !== partner
  })
}

/** The last day a binding of this user was cancelled (rule 5); a binding that ended by itself does not count. */
function lastCancelled(ctx: ServerContext, userRef: string): string | undefined {
  return ctx.state.authorizations
    .filter((a) => a.userRef === userRef && a.status === 'cancelled' && a.endedOn)
    .map((a) => a.endedOn as string)
    .sort()
    .pop()
}

/** Unsubmitted proofs a member may still use: two forms' worth. Older ones are dropped, so the key stays bounded. */
const UNSUBMITTED_PROOFS_KEPT = 2 * proofFiles.maxFiles

function dropUnsubmittedProofs(ctx: ServerContext, ownerRef: string): void {
  const unsubmitted = ctx.state.proofs.filter((p) => p.ownerRef === ownerRef && !p.usedBy)
  const dropped = new Set(unsubmitted.slice(0, Math.max(0, unsubmitted.length - UNSUBMITTED_PROOFS_KEPT)))
  if (dropped.size > 0) ctx.state.proofs = ctx.state.proofs.filter((p) => !dropped.has(p))
}

/** Every rule of 变更 of binding `a` to `relation` (the new relation judged as for a registration). */
function changeRefusals(ctx: ServerContext, m: PersonRow, a: AuthorizationRow, relation: Relation, proofCount: number): AuthorizationRefusal[] {
  const user = person(ctx, a.userRef)
  return checkRelationChange(
    {
      authorizerId: m.ref,
      authorizer: m.insurance,
      authorizerBirthDate: m.birthDate,
      user: { id: user.ref, insurance: user.insurance, nameMatches: true, birthDate: user.birthDate, sex: sexOfIdNumber(user.idNumber) },
      relation,
      userHasIdCard: user.documentType !== 'birthCertificate',
      proofCount,
      today: ctx.clock.today(),
      policy: policyOf(ctx, m),
      authorizerHasSpouse: hasOtherSpouse(ctx, m.ref, user.ref, a.id),
      userHasSpouse: hasOtherSpouse(ctx, user.ref, m.ref, a.id),
    },
    a.relation,
  )
}

/**
 * The relations a 变更 of `a` cannot take whatever is uploaded, each with why (the sheet says so before the
 * password): the rules on the two people's documents and bindings, not the proofs still to come.
 */
function notAllowedFor(ctx: ServerContext, m: PersonRow, a: AuthorizationRow): Partial<Record<Relation, string>> {
  const out: Partial<Record<Relation, string>> = {}
  for (const relation of RELATIONS) {
    if (relation === a.relation) continue
    // As if the proofs were uploaded: what is left is about the people, not the photos.
    const [first] = changeRefusals(ctx, m, a, relation, 1)
    if (first) out[relation] = first.next ? `${first.message}。${first.next}` : first.message
  }
  return out
}

function view(ctx: ServerContext, a: AuthorizationRow): AuthorizationView {
  const v: AuthorizationView = {
    id: a.id,
    authorizer: refOf(person(ctx, a.authorizerRef)),
    user: refOf(person(ctx, a.userRef)),
    relation: a.relation,
    status: a.status,
    since: a.since,
    receiptNo: `JX${a.since.replace(/-/g, '')}${String(idSeq(a.id)).padStart(6, '0')}`,
  }
  if (a.endedOn) {
    v.endedOn = a.endedOn
    v.endReason = a.endReason
    if (a.status === 'cancelled') v.rebindableFrom = rebindableFrom(a.endedOn)
    else v.rebindAdvice = rebindAfterAutomaticEnd(a.automaticEnd, me(ctx).ref === a.userRef ? 'user' : 'authorizer')
  }
  if (a.status === 'active') v.drawableFen = carriedOver(ctx, a.authorizerRef)
  const m = me(ctx)
  if (a.status === 'active' && m.ref === a.authorizerRef) {
    const u = person(ctx, a.userRef)
    v.forChange = {
      userHasIdCard: u.documentType !== 'birthCertificate',
      userUnderGuardianAge: needsGuardianConsent({ type: u.documentType, birthDate: u.birthDate }, ctx.clock.today()),
      notAllowed: notAllowedFor(ctx, m, a),
    }
  }
  if (a.history && a.history.length > 0) v.history = a.history.map((h) => ({ ...h }))
  return v
}

/** Authorizations: registering, listing and cancelling bindings, and the proofs they carry. */
export function authorizations(ctx: ServerContext): AuthorizationOps {
  return {
    listAuthorizations: () => {
      const m = me(ctx)
      sweep(ctx)
      const mine = ctx.state.authorizations.filter((a) => a.authorizerRef === m.ref || a.userRef === m.ref)
      const order = (a: AuthorizationRow, b: AuthorizationRow) => (a.status === b.status ? b.since.localeCompare(a.since) : a.status === 'active' ? -1 : 1)
      return {
        asAuthorizer: mine.filter((a) => a.authorizerRef === m.ref).sort(order).map((a) => view(ctx, a)),
        asUser: mine.filter((a) => a.userRef === m.ref).sort(order).map((a) => view(ctx, a)),
      }
    },

    registerAuthorization: (req) => {
      const m = me(ctx)
      sweep(ctx)
      const { idempotencyKey, ...rest } = req
      const payload = { ...rest, ticket: undefined }
      return once(ctx, idempotencyKey, { op: 'register', by: m.ref, payload }, (): Outcome<AuthorizationView, AuthorizationRefusal> => {
        const today = ctx.clock.today()
        const doc = validateDocument(req.documentType, req.documentNumber, today)
        const name = validateName(req.name)
        if (!doc.ok || !name.ok || !isRelation(req.relation) || !req.promiseVersion) {
          throw new BackendError('BAD_REQUEST', '提交的信息不完整，请核对后重试')
        }
        const outdated = checkPromiseVersion(req.promiseVersion, AUTHORIZATION_PROMISE.version, '个人郑重承诺')
        if (outdated) return { ok: false, reasons: [outdated] }
        const proofs = req.proofIds.map((id) => ctx.state.proofs.find((p) => p.id === id && p.ownerRef === m.ref && !p.usedBy))
        if (proofs.some((p) => !p) || proofs.length > proofFiles.maxFiles) throw new BackendError('BAD_REQUEST', '证明材料无效，请重新上传')
        const user = byNumber(ctx, req.documentType, doc.value.number)
        const current = user ? activeBindingOf(ctx, user.ref) : undefined
        const refusals = checkAuthorization({
          authorizerId: m.ref,
          authorizer: m.insurance,
          authorizerBirthDate: m.birthDate,
          user: user ? { id: user.ref, insurance: user.insurance, nameMatches: user.name === name.value, birthDate: user.birthDate, sex: sexOfIdNumber(user.idNumber) } : null,
          relation: req.relation,
          userHasIdCard: req.documentType !== 'birthCertificate',
          proofCount: proofs.length,
          currentAuthorizerId: current?.authorizerRef,
          lastCancelledOn: user ? lastCancelled(ctx, user.ref) : undefined,
          today,
          policy: policyOf(ctx, m),
          authorizerHasSpouse: hasOtherSpouse(ctx, m.ref, user?.ref),
          userHasSpouse: user ? hasOtherSpouse(ctx, user.ref, m.ref) : false,
        })
        if (refusals.length > 0 || !user) return { ok: false, reasons: refusals }
        const row: AuthorizationRow = { id: nextId(ctx, 'a'), authorizerRef: m.ref, userRef: user.ref, relation: req.relation, status: 'active', since: today, promiseVersion: req.promiseVersion, proofIds: req.proofIds }
        ctx.state.authorizations.push(row)
        for (const p of proofs) if (p) p.usedBy = row.id
        return { ok: true, value: view(ctx, row) }
      }, () => {
        const unverified = requireTicket(ctx, 'registerAuthorization', req)
        return unverified ? { ok: false, reasons: [unverified as AuthorizationRefusal] } : undefined
      })
    },

    cancelAuthorization: (req) => {
      const m = me(ctx)
      return once(ctx, req.idempotencyKey, { op: 'cancel', by: m.ref, id: req.authorizationId }, (): Outcome<AuthorizationView> => {
        const a = ctx.state.authorizations.find((x) => x.id === req.authorizationId && (x.authorizerRef === m.ref || x.userRef === m.ref))
        // Another family's binding is indistinguishable from a missing one.
        if (!a) throw new BackendError('NOT_FOUND', '未找到该共济关系')
        if (a.status !== 'active') return { ok: false, reasons: [{ code: 'NOT_ACTIVE', message: '该共济关系已解除或已失效，无需再次解除' }] }
        a.status = 'cancelled'
        a.endedOn = ctx.clock.today()
        a.endReason = a.authorizerRef === m.ref ? '授权人解除' : '使用人解除'
        return { ok: true, value: view(ctx, a) }
      })
    },

    changeAuthorization: (req) => {
      const m = me(ctx)
      sweep(ctx)
      // The ticket is left out of the fingerprint: a retry with a new ticket is the same request.
      const { authorizationId, relation, proofIds, promiseVersion } = req
      return once(ctx, req.idempotencyKey, { op: 'change', by: m.ref, payload: { authorizationId, relation, proofIds, promiseVersion } }, (): Outcome<AuthorizationView, AuthorizationRefusal> => {
        const a = ctx.state.authorizations.find((x) => x.id === req.authorizationId && (x.authorizerRef === m.ref || x.userRef === m.ref))
        // Another family's binding is indistinguishable from a missing one.
        if (!a) throw new BackendError('NOT_FOUND', '未找到该共济关系')
        if (!isRelation(req.relation) || !Array.isArray(req.proofIds)) throw new BackendError('BAD_REQUEST', '提交的信息不完整，请核对后重试')
        if (a.authorizerRef !== m.ref) return { ok: false, reasons: [{ code: 'NOT_AUTHORIZER', message: '只有授权人可以变更与使用人的关系', next: '请联系授权人办理变更' }] }
        if (a.status !== 'active') return { ok: false, reasons: [{ code: 'NOT_ACTIVE', message: '该共济关系已解除或已失效，不能变更', next: '请重新办理授权登记' }] }
        const outdated = checkPromiseVersion(req.promiseVersion, AUTHORIZATION_PROMISE.version, '个人郑重承诺')
        if (outdated) return { ok: false, reasons: [outdated] }
        const proofs = req.proofIds.map((id) => ctx.state.proofs.find((p) => p.id === id && p.ownerRef === m.ref && !p.usedBy))
        if (proofs.some((p) => !p) || proofs.length > proofFiles.maxFiles) throw new BackendError('BAD_REQUEST', '证明材料无效，请重新上传')
        const today = ctx.clock.today()
        const refusals = changeRefusals(ctx, m, a, req.relation, proofs.length)
        if (refusals.length > 0) return { ok: false, reasons: refusals }
        // Stays active, keeps its start date; the history says what changed and when.
        a.history = [...(a.history ?? []), { day: today, change: relationChangeText(a.relation, req.relation) }]
        a.relation = req.relation
        a.promiseVersion = req.promiseVersion
        if (req.proofIds.length > 0) a.proofIds = [...a.proofIds, ...req.proofIds]
        for (const p of proofs) if (p) p.usedBy = a.id
        return { ok: true, value: view(ctx, a) }
      }, () => {
        // The 医保支付密码 ticket for exactly this change, checked before anything else (as for a new binding).
        const unverified = requireTicket(ctx, 'changeAuthorization', req)
        return unverified ? { ok: false, reasons: [unverified as AuthorizationRefusal] } : undefined
      })
    },

    uploadProof: (file) => {
      const m = me(ctx)
      // The count limit (9) applies per registration and is checked when registering.
      const refusal = checkProofFile(file, 0, proofFiles)
      if (refusal) return { ok: false, reasons: [refusal] }
      const id = nextId(ctx, 'f')
      // The file's name is the person's (it may name a relative): answered back, never kept.
      ctx.state.proofs.push({ id, ownerRef: m.ref, mimeType: file.mimeType, sizeBytes: file.sizeBytes })
      dropUnsubmittedProofs(ctx, m.ref)
      return { ok: true, value: { id, fileName: file.fileName } }
    },
  }
}
