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
