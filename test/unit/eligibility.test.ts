import { checkAuthorization, type AuthorizationFacts } from '@/domain/eligibility'
import type { Insurance } from '@/domain/people'
import { policyFor } from '@/domain/policy'

const employee: Insurance = { scheme: 'employee', employeeKind: 'active', status: 'normal', province: 'jiangxi', city: 'yingtan', placeName: '鹰潭' }
const resident: Insurance = { scheme: 'resident', status: 'normal', province: 'jiangxi', city: 'yingtan', placeName: '鹰潭' }

function facts(patch: Partial<AuthorizationFacts> = {}): AuthorizationFacts {
  return {
    authorizerId: 'A',
    authorizer: employee,
    user: { id: 'U', insurance: resident, nameMatches: true },
    relation: 'child',
    userHasIdCard: true,
    proofCount: 0,
    today: '2026-11-22',
    policy: policyFor('yingtan', 2026),
    ...patch,
  }
}
const codes = (f: AuthorizationFacts) => checkAuthorization(f).map((r) => r.code)

describe('授权登记 refusal rules (domain.md Authorization 1–8)', () => {
  it('allows a normal Yingtan binding without proof', () => expect(codes(facts())).toEqual([]))

  it.each([
    ['1 authorizer not an employee', facts({ authorizer: resident }), 'AUTHORIZER_NOT_EMPLOYEE'],
    ['2 user not insured', facts({ user: null }), 'USER_NOT_INSURED'],
    ['2 user insured outside Jiangxi', facts({ user: { id: 'U', nameMatches: true, insurance: { ...employee, province: 'zhejiang', city: undefined, placeName: '杭州（浙江）' } } }), 'USER_NOT_IN_JIANGXI'],
    ['3 authorizer suspended', facts({ authorizer: { ...employee, status: 'suspended' } }), 'AUTHORIZER_INACTIVE'],
    ['3 authorizer terminated', facts({ authorizer: { ...employee, status: 'terminated' } }), 'AUTHORIZER_INACTIVE'],
    ['3 user suspended', facts({ user: { id: 'U', nameMatches: true, insurance: { ...resident, status: 'suspended' } } }), 'USER_INACTIVE'],
    ['3 user terminated', facts({ user: { id: 'U', nameMatches: true, insurance: { ...resident, status: 'terminated' } } }), 'USER_INACTIVE'],
    ['4 bound by another authorizer', facts({ currentAuthorizerId: 'B' }), 'BOUND_ELSEWHERE'],
    ['5 cancelled today', facts({ lastEndedOn: '2026-11-22' }), 'CANCELLED_TODAY'],
    ['6 the authorizer himself', facts({ user: { id: 'A', insurance: employee, nameMatches: true } }), 'SELF'],
    ['6 already bound to him', facts({ currentAuthorizerId: 'A' }), 'ALREADY_BOUND'],
    ['7 name does not match', facts({ user: { id: 'U', insurance: resident, nameMatches: false } }), 'NAME_MISMATCH'],
    ['8 Yichun requires proof', facts({ authorizer: { ...employee, city: 'yichun' }, policy: policyFor('yichun', 2026) }), 'PROOF_REQUIRED'],
  ])('rule %s → %s', (_rule, f, code) => {
    const refusals = checkAuthorization(f)
    expect(refusals.map((r) => r.code)).toEqual([code])
    expect(refusals[0].message).toMatch(/[\u4e00-\u9fff]/)
    expect(refusals[0].next).toBeTruthy()
  })

  it('allows rebinding from the next day (seed 001)', () => {
    expect(codes(facts({ lastEndedOn: '2026-11-21' }))).toEqual([])
    const [r] = checkAuthorization(facts({ lastEndedOn: '2026-11-22' }))
    expect(r.next).toContain('2026年11月23日')
  })

  it('accepts a Yichun binding once proof is uploaded', () => {
    expect(codes(facts({ policy: policyFor('yichun', 2026), proofCount: 1 }))).toEqual([])
  })

  it('names the proof kind: 结婚证 for a spouse, 出生医学证明 for a newborn without ID', () => {
    const yichun = policyFor('yichun', 2026)
    expect(checkAuthorization(facts({ policy: yichun, relation: 'spouse' }))[0].message).toContain('结婚证')
    expect(checkAuthorization(facts({ policy: yichun, relation: 'child', userHasIdCard: false }))[0].message).toContain('出生医学证明')
    expect(checkAuthorization(facts({ policy: yichun, relation: 'parent' }))[0].message).toContain('居民户口簿')
  })

  it('returns every failing rule at once', () => {
    const f = facts({ authorizer: resident, user: { id: 'U', nameMatches: false, insurance: { ...resident, status: 'suspended' } }, currentAuthorizerId: 'B' })
    expect(codes(f).sort()).toEqual(['AUTHORIZER_NOT_EMPLOYEE', 'BOUND_ELSEWHERE', 'NAME_MISMATCH', 'USER_INACTIVE'])
  })
})
