import { bindingChanged } from './authorizations'
import { createMemberStore } from './memberStore'
import { sameMember } from './query'
import { cityPolicy } from './authorize'
import { checkProofFile } from '@/domain/authorization-form'
import type { CityCode } from '@/domain/policy'
import { AUTHORIZATION_PROMISE } from '@/domain/promise'
import type { Relation } from '@/domain/relations'
import type { Reason } from '@/domain/result'
import type { PickedFile } from '@/platform/pickImages'
import type { Verify } from './verification'
import { releasePreview } from '@/platform/pickImages'
import { backend, describeError, newIdempotencyKey, type AuthorizationView } from '@/services'

// 变更关系 (domain.md "Authorization"): the authorizer changes an active binding's relation in one operation —
// proofs again where the city requires them; the binding stays, keeps its start date, and no next-day wait.

export interface ChangeProof {
  localId: string
  fileName: string
  previewUrl?: string
  status: 'uploading' | 'done' | 'failed'
  serverId?: string
  error?: string
}

interface ChangeState {
  target?: AuthorizationView
  relation?: Relation
  proofs: ChangeProof[]
  proofMessage?: string
  submitting: boolean
  /** The 个人郑重承诺 again (its 一 is the relation's truth): read to the end, then ticked, as for a registration. */
  promiseRead: boolean
  promiseAccepted: boolean
  /** Kept across 重试 of an unanswered change, so it is done once; a new choice is a new request. */
  idempotencyKey?: string
  refusals?: Reason[]
  error?: string
  open(target: AuthorizationView): void
  close(): void
  setRelation(relation: Relation): void
  markPromiseRead(): void
  setPromiseAccepted(accepted: boolean): void
  addFiles(files: PickedFile[], city: CityCode | undefined): Promise<void>
  showProofMessage(message: string): void
  removeProof(localId: string): void
  retryProof(localId: string): Promise<void>
  /** Submits once `verify` (the 医保支付密码 sheet) answers a ticket for exactly this change; cancelled: nothing sent. */
  submit(verify: Verify): Promise<AuthorizationView | undefined>
}

let localSeq = 0
/** The picked files behind `proofs` (by localId), for 重试 of an upload; let go with their previews. */
const files = new Map<string, PickedFile>()
const blank = { target: undefined, relation: undefined, proofs: [] as ChangeProof[], proofMessage: undefined, promiseRead: false, promiseAccepted: false, idempotencyKey: undefined, refusals: undefined, error: undefined }

export const useChange = createMemberStore<ChangeState>((set, get) => {
  const fresh = (patch: Partial<ChangeState>) => set({ ...patch, idempotencyKey: undefined, refusals: undefined, error: undefined })
  const upload = async (localId: string) => {
    const file = files.get(localId)
    if (!file) return
    // An upload answered after its proof went (removed, submitted, another member signed in) writes nothing.
    const mine = () => get().proofs.some((p) => p.localId === localId)
    const update = (patch: Partial<ChangeProof>) => {
      if (mine()) set({ proofs: get().proofs.map((p) => (p.localId === localId ? { ...p, ...patch } : p)) })
    }
    update({ status: 'uploading', error: undefined })
    try {
      const r = await backend().uploadProof({ fileName: file.fileName, mimeType: file.mimeType, sizeBytes: file.sizeBytes })
      if (!mine()) return
      if (r.ok) {
        update({ status: 'done', serverId: r.value.id })
        fresh({})
      } else update({ status: 'failed', error: r.reasons[0]?.message })
    } catch (e) {
      update({ status: 'failed', error: describeError(e) })
    }
  }
  const drop = () => {
    for (const p of get().proofs) if (p.previewUrl) releasePreview(p.previewUrl)
    files.clear()
  }
  return {
    ...blank,
    submitting: false,
    open(target) {
      drop()
      set({ ...blank, target })
    },
    close() {
      drop()
      set({ ...blank })
    },
    setRelation: (relation) => fresh({ relation }),
    markPromiseRead: () => set({ promiseRead: true }),
    setPromiseAccepted: (promiseAccepted) => set({ promiseAccepted: promiseAccepted && get().promiseRead }),
    async addFiles(picked, city) {
      const rule = cityPolicy(city).proofFiles
      let count = get().proofs.length
      const added: ChangeProof[] = []
      let message: string | undefined
      for (const f of picked) {
        const refusal = checkProofFile(f, count, rule)
        if (refusal) {
          message = `${f.fileName}：${refusal.message}`
          releasePreview(f.previewUrl)
          continue
        }
        count += 1
        localSeq += 1
        const localId = `change-${localSeq}`
        files.set(localId, f)
        added.push({ localId, fileName: f.fileName, previewUrl: f.previewUrl, status: 'uploading' })
      }
      set({ proofs: [...get().proofs, ...added], proofMessage: message })
      await Promise.all(added.map((p) => upload(p.localId)))
    },
    showProofMessage: (proofMessage) => set({ proofMessage }),
    removeProof(localId) {
      const item = get().proofs.find((p) => p.localId === localId)
      if (item?.previewUrl) releasePreview(item.previewUrl)
      files.delete(localId)
      fresh({ proofs: get().proofs.filter((p) => p.localId !== localId), proofMessage: undefined })
    },
    retryProof: (localId) => upload(localId),
    async submit(verify) {
      const s = get()
      if (s.submitting || !s.target || !s.relation || !s.promiseAccepted || s.proofs.some((p) => p.status === 'uploading')) return undefined
      const idempotencyKey = s.idempotencyKey ?? newIdempotencyKey()
      // Answers after another member signed in are dropped: her store started over.
      const still = sameMember()
      set({ submitting: true, idempotencyKey, refusals: undefined, error: undefined })
      try {
        const request = {
          authorizationId: s.target.id,
          relation: s.relation,
          proofIds: s.proofs.filter((p) => p.status === 'done').map((p) => p.serverId as string),
          promiseVersion: AUTHORIZATION_PROMISE.version,
          idempotencyKey,
        }
        // The 医保支付密码 first, for exactly this request; cancelled: nothing sent, the choice as it was.
        const ticket = await verify('changeAuthorization', request)
        if (!ticket || !still()) return undefined
        const r = await backend().changeAuthorization({ ...request, ticket })
        if (!still()) return undefined
        set({ idempotencyKey: undefined })
        if (!r.ok) {
          set({ refusals: r.reasons })
          return undefined
        }
        drop()
        set({ ...blank })
        await bindingChanged()
        return still() ? r.value : undefined
      } catch (e) {
        // No answer: the same key on 重试, so the change is made once.
        if (still()) set({ error: describeError(e) })
        return undefined
      } finally {
        if (still()) set({ submitting: false })
      }
    },
  }
}, (s) => {
  // Another member signed in: her picked files and their previews go with what she was doing.
  for (const p of s.proofs) if (p.previewUrl) releasePreview(p.previewUrl)
  files.clear()
})

