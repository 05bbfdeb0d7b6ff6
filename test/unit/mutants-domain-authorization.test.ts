// Survivors of the mutation run over src/domain/eligibility.ts and relations.ts (StrykerJS, issue 20 item 9),
// killed one row each: both sides of each condition, and the words where the words are what the person reads.
import { checkAuthorization, checkRelationChange, type AuthorizationFacts } from '@/domain/eligibility'
import type { Insurance } from '@/domain/people'
import { policyFor } from '@/domain/policy'
import { checkRelationPlausibility } from '@/domain/relations'

const employee: Insurance = { scheme: 'employee', employeeKind: 'active', status: 'normal', province: 'jiangxi', city: 'yingtan', placeName: '鹰潭' }
const resident: Insurance = { scheme: 'resident', status: 'normal', province: 'jiangxi', city: 'yingtan', placeName: '鹰潭' }
const today = '2026-11-22'

function facts(patch: Partial<AuthorizationFacts> = {}): AuthorizationFacts {
  return {
    authorizerId: 'A',
    authorizer: employee,
    authorizerBirthDate: '1986-04-15',
    user: { id: 'U', insurance: resident, nameMatches: true, birthDate: '1988-09-21', sex: 'female' },
    relation: 'spouse',
    userHasIdCard: true,
    proofCount: 0,
    today,
    policy: policyFor('yingtan', 2026),
    ...patch,
  }
}

describe('rule 5 (next day after a 解除) speaks only of a user bound by nobody now', () => {
  it.each([
    ['bound to another authorizer since', 'B', ['BOUND_ELSEWHERE']],
    ['bound to him already', 'A', ['ALREADY_BOUND']],
  ])('a user whose earlier binding was cancelled today and who is %s: no CANCELLED_TODAY', (_n, current, codes) => {
    expect(checkAuthorization(facts({ relation: 'child', user: { id: 'U', insurance: resident, nameMatches: true }, lastCancelledOn: today, currentAuthorizerId: current })).map((r) => r.code)).toEqual(codes)
  })
})

describe('rule 6: the authorizer himself is told that alone, not that his relation to himself is implausible', () => {
  it('himself as his own 子女 (same birth date): only SELF', () => {
    const self = facts({ relation: 'child', user: { id: 'A', insurance: employee, nameMatches: true, birthDate: '1986-04-15', sex: 'male' } })
    expect(checkAuthorization(self).map((r) => r.code)).toEqual(['SELF'])
  })
})

describe('rule 10 and 变更: what the person reads', () => {
  it('a second 配偶: one spouse at a time, and where to change or cancel the first', () => {
    expect(checkAuthorization(facts({ authorizerHasSpouse: true }))).toEqual([
      { code: 'SPOUSE_EXISTS', message: '您已有一位有效的“配偶”共济关系，同一时间只能登记一位配偶', next: '登记有误的，请在“家庭共济关系查询”中变更或解除原关系' },
    ])
  })
  it('变更 to the relation already registered: says which one it is and to choose another', () => {
    expect(checkRelationChange(facts({ relation: 'parent' }), 'parent')).toEqual([
      { code: 'SAME_RELATION', message: '与本人关系已是“父母”，无需变更', next: '请选择新的关系' },
    ])
  })
})

describe('the sibling rule judges nothing when the sibling’s birth date is unknown', () => {
  it('whatever the member’s own birth date (even one the clock has not reached)', () => {
    expect(checkRelationPlausibility('sibling', '2090-01-01', { hasIdCard: false }, today)).toEqual([])
    expect(checkRelationPlausibility('sibling', '1986-04-15', { hasIdCard: false }, today)).toEqual([])
  })
})
