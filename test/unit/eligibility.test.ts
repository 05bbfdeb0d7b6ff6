import { checkAuthorization, IDENTITY_UNVERIFIED, rebindAfterAutomaticEnd, type AuthorizationFacts } from '@/domain/eligibility'
import { checkAuthorizationForm } from '@/domain/authorization-form'
import { checkRelationBirthDates, type Relation } from '@/domain/relations'
import type { Insurance } from '@/domain/people'
import { policyFor, province } from '@/domain/policy'

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
    ['2 user not insured', facts({ user: null }), 'IDENTITY_UNVERIFIED'],
    ['2 user insured outside Jiangxi', facts({ user: { id: 'U', nameMatches: true, insurance: { ...employee, province: 'zhejiang', city: undefined, placeName: '杭州（浙江）' } } }), 'USER_NOT_IN_JIANGXI'],
    ['3 authorizer suspended', facts({ authorizer: { ...employee, status: 'suspended' } }), 'AUTHORIZER_INACTIVE'],
    ['3 authorizer terminated', facts({ authorizer: { ...employee, status: 'terminated' } }), 'AUTHORIZER_INACTIVE'],
    ['3 user suspended', facts({ user: { id: 'U', nameMatches: true, insurance: { ...resident, status: 'suspended' } } }), 'USER_INACTIVE'],
    ['3 user terminated', facts({ user: { id: 'U', nameMatches: true, insurance: { ...resident, status: 'terminated' } } }), 'USER_INACTIVE'],
    ['4 bound by another authorizer', facts({ currentAuthorizerId: 'B' }), 'BOUND_ELSEWHERE'],
    ['5 cancelled today', facts({ lastCancelledOn: '2026-11-22' }), 'CANCELLED_TODAY'],
    ['5 cancelled yesterday where the province given waits two days', facts({ lastCancelledOn: '2026-11-21', province: { ...province, rebindAfterCancel: { ...province.rebindAfterCancel, days: 2 } } }), 'CANCELLED_TODAY'],
    ['6 the authorizer himself', facts({ user: { id: 'A', insurance: employee, nameMatches: true } }), 'SELF'],
    ['6 already bound to him', facts({ currentAuthorizerId: 'A' }), 'ALREADY_BOUND'],
    ['7 name does not match', facts({ user: { id: 'U', insurance: resident, nameMatches: false } }), 'IDENTITY_UNVERIFIED'],
    ['9 a 父母 younger than the member', facts({ relation: 'parent', authorizerBirthDate: '1986-04-15', user: { id: 'U', insurance: resident, nameMatches: true, birthDate: '1988-09-21' } }), 'RELATION_AGE'],
    ['9 a 子女 older than the member', facts({ relation: 'child', authorizerBirthDate: '1986-04-15', user: { id: 'U', insurance: resident, nameMatches: true, birthDate: '1958-07-02' } }), 'RELATION_AGE'],
    ['8 Yichun requires proof', facts({ authorizer: { ...employee, city: 'yichun' }, policy: policyFor('yichun', 2026) }), 'PROOF_REQUIRED'],
  ])('rule %s → %s', (_rule, f, code) => {
    const refusals = checkAuthorization(f)
    expect(refusals.map((r) => r.code)).toEqual([code])
    expect(refusals[0].message).toMatch(/[\u4e00-\u9fff]/)
    expect(refusals[0].next).toBeTruthy()
  })

  it('allows rebinding from the next day (seed 001)', () => {
    expect(codes(facts({ lastCancelledOn: '2026-11-21' }))).toEqual([])
    const [r] = checkAuthorization(facts({ lastCancelledOn: '2026-11-22' }))
    expect(r.next).toContain('2026年11月23日')
  })

  it.each([
    ['the user suspended, seen by the authorizer', { side: 'user', status: 'suspended' }, 'authorizer', '待对方（使用人）恢复参保后，可重新办理授权登记'],
    ['the user terminated, seen by the user', { side: 'user', status: 'terminated' }, 'user', '您到参保地医保经办机构重新参保后，可重新办理授权登记'],
    ['the authorizer suspended, seen by the user', { side: 'authorizer', status: 'suspended' }, 'user', '待对方（授权人）恢复参保后，可重新办理授权登记'],
    ['not recorded (older data)', undefined, 'user', '医保关系恢复正常后，可重新办理授权登记'],
  ] as const)('after an automatic end (rule 3) with %s, binding again waits on the insurance, not a date', (_n, authorizer, user, advice) => {
    expect(rebindAfterAutomaticEnd(authorizer, user)).toBe(advice)
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

  it('returns every failing rule at once once the name matches', () => {
    const f = facts({ authorizer: resident, user: { id: 'U', nameMatches: true, insurance: { ...resident, status: 'suspended' } }, currentAuthorizerId: 'B' })
    expect(codes(f).sort()).toEqual(['AUTHORIZER_NOT_EMPLOYEE', 'BOUND_ELSEWHERE', 'USER_INACTIVE'])
  })
})

describe('what a refusal may reveal (domain.md): a wrong name or nobody found says only that', () => {
  const outsider = { ...employee, province: 'zhejiang', city: undefined, placeName: '杭州（浙江）' }
  it.each([
    ['suspended', { ...resident, status: 'suspended' as const }, undefined],
    ['insured outside Jiangxi', outsider, undefined],
    ['bound by another authorizer', resident, 'B'],
    ['already bound to him', resident, 'A'],
  ])('a wrong name for someone %s', (_n, insurance, currentAuthorizerId) => {
    const refusals = checkAuthorization(facts({ user: { id: 'U', insurance, nameMatches: false }, currentAuthorizerId, lastCancelledOn: '2026-11-22' }))
    expect(refusals).toEqual([IDENTITY_UNVERIFIED])
    expect(refusals[0].message).toBe('证件号码与姓名不一致或未查询到参保信息')
    expect(JSON.stringify(refusals)).not.toMatch(/杭州|浙江|暂停|绑定/)
  })
  it('nobody found says the very same thing', () => expect(checkAuthorization(facts({ user: null }))).toEqual(checkAuthorization(facts({ user: { id: 'U', insurance: resident, nameMatches: false } }))))
  it('comes before the authorizer-side rules too', () => expect(codes(facts({ authorizer: resident, user: null }))).toEqual(['IDENTITY_UNVERIFIED']))
})

describe('rule 9: the relation against the two birth dates (domain.md Authorization)', () => {
  const member = '1986-04-15'
  it.each([
    ['parent', '1958-07-02', undefined],
    ['parent', '1988-09-21', 'RELATION_AGE'],
    ['parent', member, 'RELATION_AGE'],
    ['grandparentPaternal', '1990-01-01', 'RELATION_AGE'],
    ['grandparentMaternal', '1940-01-01', undefined],
    ['child', '2025-03-08', undefined],
    ['child', '1958-07-02', 'RELATION_AGE'],
    ['child', member, 'RELATION_AGE'],
    ['grandchildPaternal', '1960-01-01', 'RELATION_AGE'],
    ['grandchildMaternal', '2020-01-01', undefined],
    ['spouse', '1950-01-01', undefined],
    ['sibling', '2010-01-01', undefined],
  ] as [Relation, string, string | undefined][])('%s born %s → %s', (relation, birth, code) => {
    expect(checkRelationBirthDates(relation, member, birth)?.code).toBe(code)
  })
  it('does not judge an unknown date (出生医学证明)', () => expect(checkRelationBirthDates('parent', member, undefined)).toBeUndefined())
  it('is in the form pre-check too, in plain words', () => {
    const form = { documentType: 'residentId' as const, documentNumber: '360602198809212424', name: '王秀英', relation: 'parent' as const, uploadedProofs: 0, pendingProofs: 0, promiseAccepted: true }
    const check = checkAuthorizationForm(form, policyFor('yingtan', 2026), '2026-11-23', member)
    expect(check.valid).toBe(false)
    expect(check.relation).toContain('“父母”')
    expect(checkAuthorizationForm({ ...form, relation: 'spouse' }, policyFor('yingtan', 2026), '2026-11-23', member).valid).toBe(true)
  })
})
