import { addDays, formatDayCn, type Day } from './day'
import type { Insurance, InsuranceStatus } from './people'
import { STATUS_LABELS } from './people'
import { province as provincePolicy, type CityPolicy, type ProvincePolicy } from './policy'
import { checkRelationPlausibility, PROOF_KIND_LABELS, proofKindFor, RELATION_LABELS, type Relation } from './relations'
import type { Reason } from './result'

// The eight refusal rules of an authorization (shared/domain.md "Authorization (授权登记)").
export type AuthorizationRefusalCode =
  | 'AUTHORIZER_NOT_EMPLOYEE'
  | 'AUTHORIZER_INACTIVE'
  | 'IDENTITY_UNVERIFIED'
  | 'USER_NOT_IN_JIANGXI'
  | 'USER_INACTIVE'
  | 'BOUND_ELSEWHERE'
  | 'CANCELLED_TODAY'
  | 'SELF'
  | 'ALREADY_BOUND'
  | 'PROOF_REQUIRED'
  | 'RELATION_AGE'
  | 'SPOUSE_BIRTH_CERTIFICATE'
  | 'SPOUSE_UNDER_AGE'
  | 'SIBLING_AGE_GAP'
  | 'SPOUSE_EXISTS'
  | 'USER_SPOUSE_EXISTS'
  | 'PROMISE_OUTDATED'
  | 'NOT_AUTHORIZER'
  | 'NOT_ACTIVE'
  | 'SAME_RELATION'

export type AuthorizationRefusal = Reason<AuthorizationRefusalCode>

export interface AuthorizationFacts {
  authorizerId: string
  authorizer: Insurance
  /** The authorizer's birth date on record (rule 9). */
  authorizerBirthDate?: Day
  /** The candidate user as found by document number; null when nobody is insured under it. */
  user: { id: string; insurance: Insurance; nameMatches: boolean; birthDate?: Day; sex?: 'male' | 'female' } | null
  relation: Relation
  userHasIdCard: boolean
  proofCount: number
  /** Who binds the user now, if anyone. */
  currentAuthorizerId?: string
  /** The last day a binding of this user (with anyone) was cancelled (解除); an automatic end does not count. */
  lastCancelledOn?: Day
  today: Day
  /** The authorizer's city policy for this year. */
  policy: CityPolicy
  /**
   * Rule 10: the authorizer already has an active 配偶 binding (other than the one being changed), on either side
   * of it: one he registered, or one in which another member registered him as 配偶.
   */
  authorizerHasSpouse?: boolean
  /** Rule 10 for the user: an active 配偶 binding of the user's own with someone else, on either side of it. */
  userHasSpouse?: boolean
  /** Province-wide rules (a parameter so a test can flip them). */
  province?: ProvincePolicy
}

/**
 * The one answer for a number and name that do not match, or for nobody insured under the number: it says only
 * that (domain.md "What a refusal may reveal"), never the person's city, scheme, status or bindings.
 */
export const IDENTITY_UNVERIFIED: AuthorizationRefusal = {
  code: 'IDENTITY_UNVERIFIED',
  message: '证件号码与姓名不一致或未查询到参保信息',
  next: '请核对证件号码和姓名（含少数民族姓名中的“·”）；使用人须参加江西省职工或城乡居民基本医疗保险',
}

/**
 * Every failing rule, so the UI can explain before and after submitting. An empty list means allowed.
 * Rules 2 (not insured) and 7 (name) come first and alone: until the name matches, nothing else is said.
 */
export function checkAuthorization(f: AuthorizationFacts): AuthorizationRefusal[] {
  if (f.user === null || !f.user.nameMatches) return [IDENTITY_UNVERIFIED]
  const out: AuthorizationRefusal[] = []
  // Rule 1: only 职工医保 accounts can be shared.
  if (f.authorizer.scheme !== 'employee') {
    out.push({ code: 'AUTHORIZER_NOT_EMPLOYEE', message: '授权人须为职工医保参保人，城乡居民医保没有可共济的个人账户', next: '请由家中参加职工医保的成员办理授权' })
  }
  // Rule 3 (authorizer side).
  if (f.authorizer.status !== 'normal') {
    out.push({ code: 'AUTHORIZER_INACTIVE', message: `授权人医保关系${STATUS_LABELS[f.authorizer.status]}，不能授权`, next: '请先到参保地医保经办机构恢复参保' })
  }
  const { user } = f
  const province = f.province ?? provincePolicy
  // Rule 6: himself, or already bound to him.
  if (user.id === f.authorizerId) {
    out.push({ code: 'SELF', message: '不能授权给本人', next: '请填写家庭成员的证件信息' })
  } else if (f.currentAuthorizerId === f.authorizerId) {
    out.push({ code: 'ALREADY_BOUND', message: '该使用人已与您绑定，无需重复授权', next: '可在“家庭共济关系查询”中查看' })
  }
  // Rule 2: insured, but not in Jiangxi.
  if (user.insurance.province !== 'jiangxi' && !f.policy.relations[f.relation].crossProvinceUser) {
    out.push({ code: 'USER_NOT_IN_JIANGXI', message: `使用人在${user.insurance.placeName}参保，异地参保人员不支持家庭共济`, next: '使用人须在江西省内参保' })
  }
  // Rule 3 (user side).
  if (user.insurance.status !== 'normal') {
    out.push({ code: 'USER_INACTIVE', message: `使用人医保关系${STATUS_LABELS[user.insurance.status]}，不能绑定`, next: '请使用人先到参保地医保经办机构恢复参保' })
  }
  // Rule 4: one authorizer per user in Jiangxi.
  if (province.oneAuthorizerPerUser.applies && f.currentAuthorizerId !== undefined && f.currentAuthorizerId !== f.authorizerId) {
    out.push({ code: 'BOUND_ELSEWHERE', message: '该使用人已被其他授权人绑定（江西省每位使用人只能有一位授权人）', next: '请先由原授权人或使用人本人解除原授权关系，次日可重新绑定' })
  }
  // Rule 5: cancelled today → bindable from the next day.
  if (f.lastCancelledOn !== undefined && f.currentAuthorizerId === undefined) {
    const from = rebindableFrom(f.lastCancelledOn, province)
    if (f.today < from) {
      out.push({ code: 'CANCELLED_TODAY', message: '该使用人的共济关系今天刚解除，当天不能重新绑定', next: `请于${formatDayCn(from)}起重新办理` })
    }
  }
  // Rules 9 and 10: the relation against the documents (birth dates, marriage age, 出生医学证明, sibling gap).
  if (user.id !== f.authorizerId) {
    out.push(...checkRelationPlausibility(f.relation, f.authorizerBirthDate, { birthDate: user.birthDate, sex: user.sex, hasIdCard: f.userHasIdCard }, f.today, province))
  }
  // Rule 10: one 配偶 at a time.
  if (f.relation === 'spouse' && f.authorizerHasSpouse && province.oneSpouse.applies) {
    out.push({ code: 'SPOUSE_EXISTS', message: '您已有一位有效的“配偶”共济关系，同一时间只能登记一位配偶', next: '登记有误的，请在“家庭共济关系查询”中变更或解除原关系' })
  }
  // Said only once the name matches (domain.md "What a refusal may reveal": like 已被绑定).
  if (f.relation === 'spouse' && f.userHasSpouse && province.oneSpouse.applies) {
    out.push({ code: 'USER_SPOUSE_EXISTS', message: '该使用人已有一位有效的“配偶”共济关系，同一时间只能登记一位配偶', next: '请核对与使用人的关系；如原关系有误，请先由原关系的一方变更或解除' })
  }
  // Rule 8: proof where the city requires it.
  if (f.policy.relations[f.relation].proofRequired && f.proofCount === 0) {
    const kind = PROOF_KIND_LABELS[proofKindFor(f.relation, f.userHasIdCard)]
    out.push({ code: 'PROOF_REQUIRED', message: `${f.policy.cityName}办理${RELATION_LABELS[f.relation]}关系授权需上传证明材料（${kind}）`, next: '请上传清晰的照片后再提交' })
  }
  return out
}

/**
 * 变更 (domain.md "Authorization"): the authorizer changes an active binding's relation in one operation. Every
 * rule is checked for the new relation, except those about binding someone anew: she is bound to him already
 * (rules 4 and 6 do not apply), and no 解除 happened (no next-day wait, rule 5).
 */
export function checkRelationChange(f: Omit<AuthorizationFacts, 'currentAuthorizerId' | 'lastCancelledOn'>, currentRelation: Relation): AuthorizationRefusal[] {
  if (f.relation === currentRelation) {
    return [{ code: 'SAME_RELATION', message: `与本人关系已是“${RELATION_LABELS[currentRelation]}”，无需变更`, next: '请选择新的关系' }]
  }
  return checkAuthorization({ ...f, currentAuthorizerId: undefined, lastCancelledOn: undefined })
}

/** What a 变更 records in the binding's history. */
export function relationChangeText(from: Relation, to: Relation): string {
  return `与本人关系由“${RELATION_LABELS[from]}”变更为“${RELATION_LABELS[to]}”`
}

/** The day a user whose binding was cancelled (解除) on `cancelledOn` may be bound again (rule 5, seed 001), under `province`'s rules. */
export function rebindableFrom(cancelledOn: Day, province: ProvincePolicy = provincePolicy): Day {
  return addDays(cancelledOn, province.rebindAfterCancel.days)
}

export type Inactive = Exclude<InsuranceStatus, 'normal'>
const RESTORE_LABELS: Record<Inactive, string> = { suspended: '恢复参保', terminated: '重新参保' }

/** Which side's insurance ended a binding by itself, and how: recorded when it ended. */
export interface AutomaticEnd {
  side: 'authorizer' | 'user'
  status: Inactive
}

/**
 * What it takes to bind again after a binding ended by itself because one side's insurance was 暂停 or 终止
 * (domain.md "An authorization also ends automatically"): that insurance, not a date — rule 5's next day is for a
 * 解除, and rule 3 refuses while either side is not normal. Fixed by what ended it, never by anyone's status today
 * (a former relative's insurance now is not the viewer's to know); spoken to the viewer when it is their own.
 */
export function rebindAfterAutomaticEnd(end: AutomaticEnd | undefined, viewerSide: 'authorizer' | 'user'): string {
  if (!end) return '医保关系恢复正常后，可重新办理授权登记'
  const restore = RESTORE_LABELS[end.status]
  return end.side === viewerSide
    ? `您到参保地医保经办机构${restore}后，可重新办理授权登记`
    : `待对方（${end.side === 'authorizer' ? '授权人' : '使用人'}）${restore}后，可重新办理授权登记`
}
