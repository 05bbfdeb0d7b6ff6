import { ageOn, type Day } from './day'
import type { ProvincePolicy } from './policy/types'
import { province } from './policy/province'
import type { Reason } from './result'
import { RELATIONS, RELATION_LABELS, type Relation } from './relation-labels'

// The relations and their names live in relation-labels.ts (首页 takes them without the rules below).
export { RELATIONS, RELATION_LABELS, type Relation } from './relation-labels'

/** Proof of kinship (domain.md "Proof"): 结婚证 for a spouse, 居民户口簿 for others, 出生医学证明 for a newborn without an ID card. */
export type ProofKind = 'marriageCertificate' | 'householdRegister' | 'birthCertificate'

export const PROOF_KIND_LABELS: Record<ProofKind, string> = {
  marriageCertificate: '结婚证',
  householdRegister: '居民户口簿',
  birthCertificate: '出生医学证明',
}

export function proofKindFor(relation: Relation, userHasIdCard: boolean): ProofKind {
  if (relation === 'spouse') return 'marriageCertificate'
  if (relation === 'child' && !userHasIdCard) return 'birthCertificate'
  return 'householdRegister'
}

export function isRelation(value: string): value is Relation {
  return (RELATIONS as readonly string[]).includes(value)
}

/** Relations whose person is a generation above the member (must be born before him) or below (after). */
const OLDER: readonly Relation[] = ['parent', 'grandparentPaternal', 'grandparentMaternal']
const YOUNGER: readonly Relation[] = ['child', 'grandchildPaternal', 'grandchildMaternal']

/**
 * Rule 9 of Authorization (domain.md): the relation must not contradict the two birth dates — a 父母/祖父母/外祖父母
 * younger than the member, or a 子女/孙子女/外孙子女 older. Unknown dates (出生医学证明) are not judged.
 */
export function checkRelationBirthDates(relation: Relation, memberBirth: Day | undefined, relativeBirth: Day | undefined): Reason<'RELATION_AGE'> | undefined {
  if (memberBirth === undefined || relativeBirth === undefined) return undefined
  const label = RELATION_LABELS[relation]
  if (OLDER.includes(relation) && relativeBirth >= memberBirth) {
    return { code: 'RELATION_AGE', message: `与本人关系选的是“${label}”，但证件上的出生日期不早于您本人`, next: '请核对与本人关系和证件号码' }
  }
  if (YOUNGER.includes(relation) && relativeBirth <= memberBirth) {
    return { code: 'RELATION_AGE', message: `与本人关系选的是“${label}”，但证件上的出生日期不晚于您本人`, next: '请核对与本人关系和证件号码' }
  }
  return undefined
}

export type PlausibilityCode = 'RELATION_AGE' | 'SPOUSE_BIRTH_CERTIFICATE' | 'SPOUSE_UNDER_AGE' | 'SIBLING_AGE_GAP'

/** What is known of the relative for the plausibility rules: from the typed ID (form) or the server's record. */
export interface RelativeFacts {
  birthDate?: Day
  sex?: 'male' | 'female'
  /** False for a 出生医学证明 holder (always a minor). */
  hasIdCard: boolean
  /** `birthDate` is the earliest it can be (the form's 出生医学证明), not the day itself: a gap is 「至少」 so many years. */
  birthDateEarliest?: boolean
}

/** '360602198604151314' → 'male' (GB 11643-1999: the 17th digit, odd = 男); undefined for other numbers. */
export function sexOfIdNumber(number: string): 'male' | 'female' | undefined {
  if (!/^\d{17}[\dX]$/.test(number)) return undefined
  return Number(number[16]) % 2 === 1 ? 'male' : 'female'
}

/**
 * Rules 9 and 10 of Authorization (domain.md) and the sibling plausibility rule: the relation against what the
 * documents say. A 配偶 must be of legal marriage age on the day (Civil Code art. 1047) and can never be a
 * 出生医学证明 holder; 兄弟姐妹 cannot be born further apart than one mother's childbearing years. Each with its
 * own plain message; an unknown date or sex is not judged.
 */
export function checkRelationPlausibility(
  relation: Relation,
  memberBirth: Day | undefined,
  relative: RelativeFacts,
  today: Day,
  rules: Pick<ProvincePolicy, 'marriageAge' | 'siblingAgeGap'> = province,
): Reason<PlausibilityCode>[] {
  const out: Reason<PlausibilityCode>[] = []
  const age = checkRelationBirthDates(relation, memberBirth, relative.birthDate)
  if (age) out.push(age)
  if (relation === 'spouse') {
    if (!relative.hasIdCard) {
      out.push({ code: 'SPOUSE_BIRTH_CERTIFICATE', message: '出生医学证明的持有人是未成年人，不能登记为“配偶”', next: '请核对与本人关系；配偶请用居民身份证等证件办理' })
    } else if (relative.birthDate !== undefined && relative.sex !== undefined) {
      const minimum = rules.marriageAge[relative.sex]
      const years = ageOn(relative.birthDate, today)
      if (years < minimum) {
        out.push({
          code: 'SPOUSE_UNDER_AGE',
          message: `法定结婚年龄为男满${rules.marriageAge.male}周岁、女满${rules.marriageAge.female}周岁，证件显示对方今天${years}周岁，不能登记为“配偶”`,
          next: '请核对与本人关系和证件号码',
        })
      }
    }
  }
  if (relation === 'sibling' && memberBirth !== undefined && relative.birthDate !== undefined) {
    const [older, younger] = memberBirth < relative.birthDate ? [memberBirth, relative.birthDate] : [relative.birthDate, memberBirth]
    const gap = ageOn(older, younger)
    if (gap > rules.siblingAgeGap.maxYears) {
      out.push({
        code: 'SIBLING_AGE_GAP',
        message: relative.birthDateEarliest
          ? `与本人关系选的是“兄弟姐妹”，但出生医学证明的持有人与您本人至少相差${gap}年，超出同辈亲属的合理范围`
          : `与本人关系选的是“兄弟姐妹”，但证件上的出生日期与您本人相差${gap}年，超出同辈亲属的合理范围`,
        next: '请核对与本人关系（如为子女、孙子女，请选对应关系）和证件号码',
      })
    }
  }
  return out
}
