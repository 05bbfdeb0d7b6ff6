import type { CityPolicy, SpendingKind } from './policy'
import { SPENDING_KINDS } from './policy'
import type { MemberRole } from './roles'

// 共济使用明细: what the filters may offer and what an empty list says, from the rules rather than page code.

/** Only the kinds of cost shared funds can pay in this city: a filter never offers what cannot happen. */
export function spendableKinds(policy: CityPolicy): SpendingKind[] {
  return SPENDING_KINDS.filter((k) => policy.spending[k].payable)
}

export interface ChosenFilters {
  /** Labels of what is chosen; undefined means 全部. */
  person?: string
  kind?: string
  month?: string
}

/** One line saying why the list is empty: what was asked for, or that nothing has happened yet. */
export function emptyRecordsReason(role: MemberRole, chosen: ChosenFilters): string {
  if (!chosen.person && !chosen.kind && !chosen.month) {
    return role === 'authorizer'
      ? '还没有使用记录：您或已绑定的家人用历年余额看病买药后，会显示在这里。'
      : '还没有使用记录：您用家人授权的历年余额看病买药后，会显示在这里。'
  }
  const who = chosen.person ?? (role === 'authorizer' ? '全家' : '您')
  const when = chosen.month ? `在${chosen.month}` : ''
  const what = chosen.kind ? `${chosen.kind}的` : ''
  return `${who}${when}没有${what}使用记录。`
}
