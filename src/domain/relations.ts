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
