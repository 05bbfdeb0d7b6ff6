import type { Day } from './day'
import type { Reason } from './result'

// The eight relations in scope since 2025 (seed 000 绑定对象 table; seed 001 "家庭共济成员范围包括…").
export const RELATIONS = [
  'spouse',
  'parent',
  'child',
  'sibling',
  'grandparentPaternal',
  'grandparentMaternal',
  'grandchildPaternal',
  'grandchildMaternal',
] as const

export type Relation = (typeof RELATIONS)[number]

export const RELATION_LABELS: Record<Relation, string> = {
  spouse: '配偶',
  parent: '父母',
  child: '子女',
  sibling: '兄弟姐妹',
  grandparentPaternal: '祖父母',
  grandparentMaternal: '外祖父母',
  grandchildPaternal: '孙子女',
  grandchildMaternal: '外孙子女',
}

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
