import { isNewbornExempt } from './collection'
import { yearOf, type Day } from './day'
import { PAYMENT_KIND_LABELS, type PaymentKind } from './payments'
import type { Scheme } from './people'
import type { CityPolicy, SpendingKind } from './policy'
import { SPENDING_KIND_LABELS, SPENDING_KINDS } from './policy'
import type { MemberRole } from './roles'

// 共济使用明细: what the filters may offer, what the list shows first and what an empty list says, from the
// rules rather than page code.

export type RecordKind = SpendingKind | PaymentKind

export const RECORD_KIND_LABELS: Record<RecordKind, string> = {
  ...SPENDING_KIND_LABELS,
  ...PAYMENT_KIND_LABELS,
}

/** Only the kinds of cost shared funds can pay in this city: a filter never offers what cannot happen. */
export function spendableKinds(policy: CityPolicy): SpendingKind[] {
  return SPENDING_KINDS.filter((k) => policy.spending[k].payable)
}

/**
 * What can be on a member's list (shared/domain.md "Proxy payment", "collection years"): the costs shared funds
 * pay in the city, then the payments — an employee member pays 城乡居民医保 premiums and 新生儿免缴确认 for bound
 * relatives, and 惠民保 where the city has one; anyone else sees only what was paid for her: the premium if she is
 * a resident, the 免缴确认 if she was born into the newborn exemption, 惠民保 where the city has one.
 */
export function recordKinds(policy: CityPolicy, member: { scheme: Scheme; birthDate?: Day }): RecordKind[] {
  const employee = member.scheme === 'employee'
  const payments: [PaymentKind, boolean][] = [
    ['residentPremium', employee || member.scheme === 'resident'],
    ['newbornExemption', employee || (member.birthDate !== undefined && isNewbornExempt(member.birthDate, yearOf(member.birthDate)))],
    ['huiminbao', policy.huiminbao !== undefined],
  ]
  return [...spendableKinds(policy), ...payments.filter(([, can]) => can).map(([k]) => k)]
}

/** Whose records the list opens on (RecordQuery.personRef). */
export type RecordScope = 'family' | 'self' | undefined

/**
 * The list opens on the role's question. The authorizer: "what did my family take from my account?" — the
 * records where his 历年余额 paid for a relative (their visits and his 代缴 for them); 本人 and 全家 stay one
 * choice away. A 使用人 (or a resident) sees only her own records, each saying whose account paid: all of them.
 */
export function defaultRecordScope(role: MemberRole): RecordScope {
  return role === 'authorizer' ? 'family' : undefined
}

export interface ChosenFilters {
  /** The authorizer's default: every relative, not himself. */
  family?: boolean
  /** Labels of what is chosen; undefined means 全部. */
  person?: string
  kind?: string
  month?: string
}

/** One line saying why the list is empty: what was asked for, or that nothing has happened yet. */
export function emptyRecordsReason(role: MemberRole, chosen: ChosenFilters): string {
  if (!chosen.kind && !chosen.month) {
    if (chosen.family) return '家人还没有用过您的历年余额，您也还没有为家人代缴。'
    if (!chosen.person) {
      return role === 'authorizer'
        ? '还没有使用记录：您或已绑定的家人看病买药、您为家人代缴后，会显示在这里。'
        : '还没有使用记录：您看病买药、家人为您代缴后，会显示在这里。'
    }
  }
  const who = chosen.family ? '家人' : (chosen.person ?? (role === 'authorizer' ? '全家' : '您'))
  const when = chosen.month ? `在${chosen.month}` : ''
  const what = chosen.kind ? `${chosen.kind}的` : ''
  return `${who}${when}没有${what}使用记录。`
}
