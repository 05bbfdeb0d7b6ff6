import { checkAuthorizationForm, checkProofFile, type FormCheck } from '@/domain/authorization-form'
import type { DocumentType } from '@/domain/documents'
import { DOCUMENT_TYPES, normalizeDocumentNumber } from '@/domain/documents'
import { maskId } from '@/domain/masking'
import { policyFor, type CityCode } from '@/domain/policy'
import { AUTHORIZATION_PROMISE } from '@/domain/promise'
import { isRelation, type Relation } from '@/domain/relations'
import { yearOf } from '@/domain/day'
import type { AuthorizationRefusal } from '@/domain/eligibility'
import type { PickedFile } from '@/platform/pickImages'
import type { Verify } from './verification'
import { releasePreview } from '@/platform/pickImages'
import { createMemberStore } from './memberStore'
import { AUTHORIZATIONS, bindingChanged } from './authorizations'
import { peekQuery, sameMember } from './query'
import type { MyAuthorizations } from '@/services/backend'
import { BackendError, backend, clearDraft, describeError, loadDraft, newIdempotencyKey, saveDraft, serverToday, type AuthorizationView } from '@/services'

// 家庭账户共济授权登记: the form, its proofs, the promise and the submission.

export interface ProofItem {
  localId: string
  fileName: string
  mimeType: string
  sizeBytes: number
  previewUrl?: string
  status: 'uploading' | 'done' | 'failed'
  error?: string
  serverId?: string
}

export type SubmitResult = { kind: 'ok'; authorization: AuthorizationView } | { kind: 'refused'; reasons: AuthorizationRefusal[] }

interface Draft {
  documentType: DocumentType
  /** Masked: the full number is never kept on the device. */
  maskedId: string
  name: string
  relation?: Relation
  proofs: { serverId: string; fileName: string }[]
}

/** One draft per member (by the server's opaque reference): another member on this device never sees it. */
interface DraftFile {
  v: 2
  byOwner: Record<string, Draft>
}

function isDraft(value: unknown): value is Draft {
  const d = value as Draft
  return typeof d === 'object' && d !== null && (DOCUMENT_TYPES as readonly string[]).includes(d.documentType) && typeof d.name === 'string' && Array.isArray(d.proofs) && (d.relation === undefined || isRelation(d.relation))
}

function isDraftFile(value: unknown): value is DraftFile {
  const f = value as DraftFile
  return typeof f === 'object' && f !== null && f.v === 2 && typeof f.byOwner === 'object' && f.byOwner !== null
}

const DRAFT = 'authorize'

function readDrafts(): DraftFile {
  return loadDraft(DRAFT, isDraftFile) ?? { v: 2, byOwner: {} }
}

function writeDraft(owner: string, draft: Draft | undefined): void {
  const file = readDrafts()
  if (draft) file.byOwner[owner] = draft
  else delete file.byOwner[owner]
  if (Object.keys(file.byOwner).length === 0) clearDraft(DRAFT)
  else saveDraft(DRAFT, file)
}

interface AuthorizeState {
  /** The member (opaque server reference) this form belongs to. */
  owner?: string
  documentType: DocumentType
  documentNumber: string
  name: string
  relation?: Relation
  touched: { documentNumber: boolean; name: boolean }
  proofs: ProofItem[]
  proofMessage?: string
  promiseRead: boolean
  promiseAccepted: boolean
  submitting: boolean
  idempotencyKey?: string
  submitError?: string
  result?: SubmitResult
  /** Shown when a draft was restored without its ID number. */
  restoredIdHint?: string
  restored: boolean

  setDocumentType(t: DocumentType): void
  setDocumentNumber(v: string): void
  setName(v: string): void
  setRelation(r: Relation): void
  touch(field: 'documentNumber' | 'name'): void
  /** Adds what fits; `note` is what the picker had to say (said first, with the refusals). */
  addFiles(files: PickedFile[], city: CityCode | undefined, note?: string): Promise<void>
  /** Why no photo came from the picker (privacy declined, picker failed, unreadable photo). */
  showProofMessage(message: string): void
  retryProof(localId: string): Promise<void>
  removeProof(localId: string): void
  markPromiseRead(): void
  setPromiseAccepted(v: boolean): void
  /** The result; 'proofsDropped' when the server no longer knew a proof (the form is back, less those proofs). */
  /** Submits once `verify` (the 医保支付密码 sheet) answers a ticket for exactly this request. */
  submit(verify: Verify): Promise<SubmitResult | 'proofsDropped' | undefined>
  /** Brings back `owner`'s draft; a form another member left in memory is put away first. */
  restoreDraft(owner: string): void
}

const blank = {
  documentType: 'residentId' as DocumentType,
  documentNumber: '',
  name: '',
  relation: undefined,
  touched: { documentNumber: false, name: false },
  proofs: [] as ProofItem[],
  proofMessage: undefined,
  promiseRead: false,
  promiseAccepted: false,
  submitting: false,
  idempotencyKey: undefined,
  submitError: undefined,
  restoredIdHint: undefined,
}

let localSeq = 0

export const PROOFS_DROPPED = '之前上传的证明材料已失效，已为您移除，请重新上传。您填写的其他内容都已保留。'

// A member store: another member signing in (or 清除本机数据) starts the form over, its previews let go.
export const useAuthorize = createMemberStore<AuthorizeState>((set, get) => {
  const persist = () => {
    const s = get()
    if (!s.owner) return
    writeDraft(s.owner, {
      documentType: s.documentType,
      maskedId: s.documentNumber ? maskId(s.documentNumber.toUpperCase()) : s.restoredIdHint ?? '',
      name: s.name,
      relation: s.relation,
      proofs: s.proofs.filter((p) => p.status === 'done' && p.serverId).map((p) => ({ serverId: p.serverId as string, fileName: p.fileName })),
    })
  }
  const dropPreviews = () => {
    for (const p of get().proofs) if (p.previewUrl) releasePreview(p.previewUrl)
  }
  // Any change to what will be sent starts a new attempt (a new idempotency key).
  const edit = (patch: Partial<AuthorizeState>) => {
    set({ ...patch, idempotencyKey: undefined, submitError: undefined })
    persist()
  }

  const upload = async (localId: string) => {
    const item = get().proofs.find((p) => p.localId === localId)
    if (!item) return
    const update = (patch: Partial<ProofItem>) => set({ proofs: get().proofs.map((p) => (p.localId === localId ? { ...p, ...patch } : p)) })
    update({ status: 'uploading', error: undefined })
    try {
      const r = await backend().uploadProof({ fileName: item.fileName, mimeType: item.mimeType, sizeBytes: item.sizeBytes })
      if (r.ok) {
        // A proof that arrives changes what will be sent: a new attempt, so a new idempotency key.
        update({ status: 'done', serverId: r.value.id })
        set({ idempotencyKey: undefined, submitError: undefined })
      } else update({ status: 'failed', error: r.reasons[0]?.message })
    } catch (e) {
      update({ status: 'failed', error: describeError(e) })
    }
    persist()
  }

  return {
    ...blank,
    restored: false,
    setDocumentType: (documentType) => edit({ documentType }),
    setDocumentNumber: (documentNumber) => edit({ documentNumber: normalizeDocumentNumber(documentNumber), restoredIdHint: undefined }),
    setName: (name) => edit({ name }),
    setRelation: (relation) => edit({ relation }),
    touch: (field) => set({ touched: { ...get().touched, [field]: true } }),

    async addFiles(files, city, note) {
      const policy = cityPolicy(city)
      let count = get().proofs.length
      const added: ProofItem[] = []
      // Each refusal names the file by its place in what was chosen (「第3张」): a file's name says nothing to the
      // person, and may name a relative.
      const refused: string[] = []
      const overCount: number[] = []
      files.forEach((f, i) => {
        const refusal = checkProofFile(f, count, policy.proofFiles)
        if (refusal) {
          if (refusal.code === 'FILE_COUNT') overCount.push(i + 1)
          else refused.push(refusal.code === 'FILE_TYPE' ? `第${i + 1}张不是照片（JPG/PNG），未添加` : `第${i + 1}张：${refusal.message}`)
          releasePreview(f.previewUrl)
          return
        }
        count += 1
        localSeq += 1
        added.push({ localId: `local-${localSeq}`, fileName: f.fileName, mimeType: f.mimeType, sizeBytes: f.sizeBytes, previewUrl: f.previewUrl, status: 'uploading' })
      })
      if (overCount.length) refused.push(`最多上传 ${policy.proofFiles.maxFiles} 张证明材料，只保留了 ${policy.proofFiles.maxFiles} 张，第${overCount.join('、')}张未添加`)
      const message = [note, ...refused].filter(Boolean).join('；') || undefined
      set({ proofs: [...get().proofs, ...added], proofMessage: message, idempotencyKey: undefined })
      await Promise.all(added.map((p) => upload(p.localId)))
    },

    showProofMessage: (proofMessage) => set({ proofMessage }),
    retryProof: (localId) => upload(localId),

    removeProof(localId) {
      const item = get().proofs.find((p) => p.localId === localId)
      if (item?.previewUrl) releasePreview(item.previewUrl)
      edit({ proofs: get().proofs.filter((p) => p.localId !== localId), proofMessage: undefined })
    },

    markPromiseRead: () => set({ promiseRead: true }),
    setPromiseAccepted(v) {
      if (!get().promiseRead) return
      set({ promiseAccepted: v })
    },

    async submit(verify) {
      const s = get()
      if (s.submitting) return undefined
      const idempotencyKey = s.idempotencyKey ?? newIdempotencyKey()
      // Answers after another member signed in are dropped: her form started over.
      const still = sameMember()
      set({ submitting: true, submitError: undefined })
      try {
        const request = {
          documentType: s.documentType,
          documentNumber: s.documentNumber,
          name: s.name,
          relation: s.relation as Relation,
          promiseVersion: AUTHORIZATION_PROMISE.version,
          proofIds: s.proofs.filter((p) => p.status === 'done').map((p) => p.serverId as string),
          idempotencyKey,
        }
        // The 医保支付密码 first, for exactly this request; cancelled: nothing sent, the form as it was.
        const ticket = await verify('registerAuthorization', request)
        if (!still()) return undefined
        if (!ticket) {
          set({ submitting: false })
          return undefined
        }
        set({ idempotencyKey })
        const r = await backend().registerAuthorization({ ...request, ticket })
        if (!still()) return undefined
        const result: SubmitResult = r.ok ? { kind: 'ok', authorization: r.value } : { kind: 'refused', reasons: r.reasons }
        if (r.ok) {
          // Proof images are for one registration: dropped from memory and storage once it is submitted.
          dropPreviews()
          if (s.owner) writeDraft(s.owner, undefined)
          set({ ...blank, result })
          void bindingChanged()
        } else {
          set({ submitting: false, idempotencyKey: undefined, result })
        }
        return result
      } catch (e) {
        if (!still()) return undefined
        // The form passed the same domain checks the server runs, so a rejected request means the proof
        // references this form holds are unknown to the server (another session's, already used, expired).
        // Retrying cannot help: drop them, say so, and let the person upload again; everything else stays.
        if (e instanceof BackendError && e.code === 'BAD_REQUEST' && s.proofs.length > 0) {
          dropPreviews()
          edit({ proofs: [], proofMessage: PROOFS_DROPPED, submitting: false })
          return 'proofsDropped'
        }
        // Transport failure: keep the key, so 重试 cannot register twice.
        set({ submitting: false, submitError: describeError(e) })
        return undefined
      }
    },

    restoreDraft(owner) {
      if (get().restored && get().owner === owner) return
      if (get().owner !== owner) {
        dropPreviews()
        set({ ...blank, result: undefined })
      }
      set({ restored: true, owner })
      const d = readDrafts().byOwner[owner]
      if (!d || !isDraft(d)) return
      set({
        documentType: d.documentType,
        name: d.name,
        relation: d.relation,
        restoredIdHint: d.maskedId || undefined,
        proofs: d.proofs.map((p) => {
          localSeq += 1
          return { localId: `local-${localSeq}`, fileName: p.fileName, mimeType: 'image/jpeg', sizeBytes: 1, status: 'done' as const, serverId: p.serverId }
        }),
      })
    },
  }
}, (s) => {
  for (const p of s.proofs) if (p.previewUrl) releasePreview(p.previewUrl)
})

/** The authorizer's city policy in force today. */
export function cityPolicy(city: CityCode | undefined) {
  return policyFor(city ?? 'yingtan', yearOf(serverToday()))
}

const isActiveSpouse = (a: AuthorizationView) => a.status === 'active' && a.relation === 'spouse'

/**
 * One 配偶 at a time, on either side: one he registered, or one registering him as someone's 配偶 — unless that
 * someone is whom he is typing now (spouses may authorize each other; known by the masked number, as listed).
 */
function hasOtherSpouse(mine: MyAuthorizations | undefined, typedNumber: string): boolean {
  const typed = maskId(normalizeDocumentNumber(typedNumber))
  const spouses = [...(mine?.asAuthorizer ?? []).filter(isActiveSpouse).map((a) => a.user), ...(mine?.asUser ?? []).filter(isActiveSpouse).map((a) => a.authorizer)]
  return spouses.some((p) => p.maskedId !== typed)
}

/** What the form lacks, from the domain's rules, the authorizer's city policy and his own birth date (rule 9). */
export function formCheck(s: AuthorizeState, member: { city?: CityCode; birthDate?: string } | null | undefined): FormCheck {
  return checkAuthorizationForm(
    {
      documentType: s.documentType,
      documentNumber: s.documentNumber,
      name: s.name,
      relation: s.relation,
      uploadedProofs: s.proofs.filter((p) => p.status === 'done').length,
      pendingProofs: s.proofs.filter((p) => p.status === 'uploading').length,
      promiseAccepted: s.promiseAccepted,
    },
    cityPolicy(member?.city),
    serverToday(),
    member?.birthDate,
    hasOtherSpouse(peekQuery<MyAuthorizations>(AUTHORIZATIONS).data, s.documentNumber),
  )
}
