import { validateDocument, type DocumentType, type ValidDocument } from './documents'
import { validateName } from './names'
import type { CityPolicy, ProofFileRule } from './policy'
import type { Reason } from './result'
import { checkRelationPlausibility, PROOF_KIND_LABELS, proofKindFor, type Relation } from './relations'
import type { Day } from './day'
import { BIRTH_CERTIFICATE_FORMAT_SINCE } from './guardian'

// The 使用人信息 form of 家庭账户共济授权登记: what must hold before 提交 can be pressed.
export interface AuthorizationForm {
  documentType: DocumentType
  documentNumber: string
  name: string
  relation?: Relation
  uploadedProofs: number
  pendingProofs: number
  promiseAccepted: boolean
}

export interface FormCheck {
  document?: string
  name?: string
  relation?: string
  proof?: string
  promise?: string
  valid: boolean
  normalized?: { document: ValidDocument; name: string }
}

export function proofRequirement(policy: CityPolicy, relation: Relation | undefined, documentType: DocumentType): { required: boolean; kind: string } {
  const r = relation ?? 'child'
  return {
    required: policy.relations[r].proofRequired,
    kind: PROOF_KIND_LABELS[proofKindFor(r, documentType !== 'birthCertificate')],
  }
}

/**
 * `memberBirthDate`: the authorizer's own birth date, for rules 9 and 10 (the relation against the typed number's
 * date and sex); `hasActiveSpouse`: the authorizer's own list already holds an active 配偶 (rule 10).
 */
export function checkAuthorizationForm(form: AuthorizationForm, policy: CityPolicy, today: Day, memberBirthDate?: Day, hasActiveSpouse = false): FormCheck {
  const doc = validateDocument(form.documentType, form.documentNumber, today)
  const name = validateName(form.name)
  const check: FormCheck = { valid: false }
  if (!doc.ok) check.document = doc.reason.message
  if (!name.ok) check.name = name.reason.message
  if (!form.relation) check.relation = '请选择与本人关系'
  else if (form.relation === 'spouse' && hasActiveSpouse) check.relation = '您已有一位有效的“配偶”共济关系，同一时间只能登记一位配偶；如原登记有误，请先在“家庭共济关系查询”中变更或解除'
  else if (doc.ok) {
    // A 出生医学证明 number carries no birth date, but its format was first issued on 2023-04-01: its holder was born
    // then at the earliest, which is enough to see a 父母 or a 兄弟姐妹 of an adult member cannot be (rule 9).
    const birthDate = doc.value.birthDate ?? (doc.value.type === 'birthCertificate' ? BIRTH_CERTIFICATE_FORMAT_SINCE : undefined)
    const relative = { birthDate, sex: doc.value.sex, hasIdCard: doc.value.type !== 'birthCertificate', birthDateEarliest: doc.value.birthDate === undefined }
    const [first] = checkRelationPlausibility(form.relation, memberBirthDate, relative, today)
    if (first) check.relation = `${first.message}，${first.next}`
  }
  const need = proofRequirement(policy, form.relation, form.documentType)
  if (form.pendingProofs > 0) check.proof = '证明材料正在上传，请稍候'
  else if (need.required && form.uploadedProofs === 0) check.proof = `${policy.cityName}办理授权需上传证明材料（${need.kind}）`
  if (!form.promiseAccepted) check.promise = '请阅读并勾选个人郑重承诺'
  check.valid = !check.document && !check.name && !check.relation && !check.proof && !check.promise
  if (doc.ok && name.ok) check.normalized = { document: doc.value, name: name.value }
  return check
}

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024)

/** What the uploader tells before anything is chosen. */
export function proofFileHint(rule: ProofFileRule): string {
  return `支持 JPG、PNG，最多 ${rule.maxFiles} 张，每张不超过 ${megabytes(rule.maxBytes)} MB。`
}

export type ProofFileError = 'FILE_COUNT' | 'FILE_TYPE' | 'FILE_EMPTY' | 'FILE_TOO_LARGE'

/** Proof files: count, type and size, checked by the app before sending and by the server again. */
export function checkProofFile(file: { mimeType: string; sizeBytes: number }, alreadyChosen: number, rule: ProofFileRule): Reason<ProofFileError> | undefined {
  if (alreadyChosen >= rule.maxFiles) return { code: 'FILE_COUNT', message: `最多上传 ${rule.maxFiles} 张证明材料` }
  if (!rule.mimeTypes.includes(file.mimeType)) return { code: 'FILE_TYPE', message: '只支持 JPG、PNG 格式的图片，请重新选择' }
  if (file.sizeBytes <= 0) return { code: 'FILE_EMPTY', message: '文件是空的，请重新拍照或选择' }
  if (file.sizeBytes > rule.maxBytes) return { code: 'FILE_TOO_LARGE', message: `单张图片不能超过 ${megabytes(rule.maxBytes)} MB，请压缩后重新选择` }
  return undefined
}
