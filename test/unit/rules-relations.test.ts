// Issue 20 item 1 (配偶 and plausibility) and item 7 (every policy flag read): one row per rule and source.
import { checkAuthorizationForm } from '@/domain/authorization-form'
import { deduct } from '@/domain/deduction'
import { sharedFundsAnswer } from '@/domain/policy-lookup'
import { checkChar } from '@/domain/documents'
import { checkAuthorization, type AuthorizationFacts } from '@/domain/eligibility'
import type { Insurance } from '@/domain/people'
import { policyFor, province } from '@/domain/policy'
import { checkRelationPlausibility, sexOfIdNumber, type Relation, type RelativeFacts } from '@/domain/relations'
import { mockWithClient, type ServerWithClient } from '../support/sessions'
import { fixedClock } from '@/services/mock/clock'
import { memoryStorage } from '@/services/mock/persist'

/** A valid 居民身份证 number for a birth date and sex (17th digit odd = 男). */
function idFor(birth: string, sex: 'male' | 'female'): string {
  const first17 = `360602${birth.replace(/-/g, '')}01${sex === 'male' ? 1 : 2}`
  return first17 + checkChar(first17)
}

const employee: Insurance = { scheme: 'employee', employeeKind: 'active', status: 'normal', province: 'jiangxi', city: 'yingtan', placeName: '鹰潭' }
const resident: Insurance = { scheme: 'resident', status: 'normal', province: 'jiangxi', city: 'yingtan', placeName: '鹰潭' }
const today = '2026-11-22'
const member = '1986-04-15'

describe('rule 10 配偶 and the sibling plausibility rule (domain.md Authorization 10; Civil Code arts. 1041, 1047; WHO 15–49)', () => {
  const id: RelativeFacts = { hasIdCard: true }
  it.each([
    ['art. 1047: a woman of 20 on the day may be a 配偶', 'spouse', { ...id, birthDate: '2006-11-22', sex: 'female' }, []],
    ['art. 1047: a woman one day short of 20 may not', 'spouse', { ...id, birthDate: '2006-11-23', sex: 'female' }, ['SPOUSE_UNDER_AGE']],
    ['art. 1047: a man of 22 on the day may be a 配偶', 'spouse', { ...id, birthDate: '2004-11-22', sex: 'male' }, []],
    ['art. 1047: a man of 21 may not (20 is the women’s age)', 'spouse', { ...id, birthDate: '2005-01-01', sex: 'male' }, ['SPOUSE_UNDER_AGE']],
    ['art. 1047: an infant may not', 'spouse', { ...id, birthDate: '2025-03-08', sex: 'male' }, ['SPOUSE_UNDER_AGE']],
    ['a 出生医学证明 holder is never a 配偶', 'spouse', { hasIdCard: false }, ['SPOUSE_BIRTH_CERTIFICATE']],
    ['a 出生医学证明 holder may be a 子女', 'child', { hasIdCard: false }, []],
    ['an unknown sex is not judged', 'spouse', { ...id, birthDate: '2010-01-01' }, []],
    ['WHO 15–49: a sibling 34 years apart is plausible', 'sibling', { ...id, birthDate: '2020-11-22' }, []],
    ['WHO 15–49: a sibling 35 years apart is not', 'sibling', { ...id, birthDate: '2021-04-15' }, ['SIBLING_AGE_GAP']],
    ['WHO 15–49: an infant as 兄弟姐妹 of a man born 1986 is not', 'sibling', { ...id, birthDate: '2025-03-08' }, ['SIBLING_AGE_GAP']],
    ['WHO 15–49: an older sibling 35 years apart is not either', 'sibling', { ...id, birthDate: '1951-04-15' }, ['SIBLING_AGE_GAP']],
    ['rule 9 still holds: a 子女 older than the member', 'child', { ...id, birthDate: '1958-07-02' }, ['RELATION_AGE']],
  ] as [string, Relation, RelativeFacts, string[]][])('%s', (_rule, relation, relative, codes) => {
    expect(checkRelationPlausibility(relation, member, relative, today).map((r) => r.code)).toEqual(codes)
  })

  it('each refusal has its own plain Chinese message', () => {
    const messages = [
      checkRelationPlausibility('spouse', member, { hasIdCard: true, birthDate: '2010-01-01', sex: 'female' }, today)[0],
      checkRelationPlausibility('spouse', member, { hasIdCard: false }, today)[0],
      checkRelationPlausibility('sibling', member, { hasIdCard: true, birthDate: '2025-03-08' }, today)[0],
    ]
    expect(messages.map((m) => m.message)).toEqual([
      expect.stringContaining('法定结婚年龄为男满22周岁、女满20周岁，证件显示对方今天16周岁'),
      expect.stringContaining('出生医学证明'),
      expect.stringContaining('相差38年'),
    ])
  })

  it('reads the sex from the 17th digit (odd = 男)', () => {
    expect(sexOfIdNumber('360602198604151314')).toBe('male')
    expect(sexOfIdNumber('360602198809212424')).toBe('female')
    expect(sexOfIdNumber('A123456789')).toBeUndefined()
  })
})

function facts(patch: Partial<AuthorizationFacts> = {}): AuthorizationFacts {
  return {
    authorizerId: 'A',
    authorizer: employee,
    authorizerBirthDate: member,
    user: { id: 'U', insurance: resident, nameMatches: true, birthDate: '1988-09-21', sex: 'female' },
    relation: 'spouse',
    userHasIdCard: true,
    proofCount: 0,
    today,
    policy: policyFor('yingtan', 2026),
    ...patch,
  }
}
const codes = (f: AuthorizationFacts) => checkAuthorization(f).map((r) => r.code)

describe('rule 10 on the server side of the rules (checkAuthorization)', () => {
  it.each([
    ['a first 配偶 is allowed', facts(), []],
    ['Civil Code art. 1041: a second active 配偶 is refused', facts({ authorizerHasSpouse: true }), ['SPOUSE_EXISTS']],
    ['a second 配偶 who is an infant: both reasons', facts({ authorizerHasSpouse: true, user: { id: 'U', insurance: resident, nameMatches: true, birthDate: '2025-03-08', sex: 'female' } }), ['SPOUSE_UNDER_AGE', 'SPOUSE_EXISTS']],
    ['a 出生医学证明 as 配偶', facts({ userHasIdCard: false, user: { id: 'U', insurance: resident, nameMatches: true, birthDate: '2025-03-08' } }), ['SPOUSE_BIRTH_CERTIFICATE']],
    ['rule 10, the user side: the user has an active 配偶 of his own', facts({ userHasSpouse: true }), ['USER_SPOUSE_EXISTS']],
    ['both have one: both reasons', facts({ authorizerHasSpouse: true, userHasSpouse: true }), ['SPOUSE_EXISTS', 'USER_SPOUSE_EXISTS']],
    ['the user’s 配偶 is not said before the name matches', facts({ userHasSpouse: true, user: { id: 'U', insurance: resident, nameMatches: false, birthDate: '1988-09-21', sex: 'female' } }), ['IDENTITY_UNVERIFIED']],
    ['the user’s 配偶 does not stop a 子女', facts({ userHasSpouse: true, relation: 'child', user: { id: 'U', insurance: resident, nameMatches: true, birthDate: '2025-03-08', sex: 'female' } }), []],
    ['an active 配偶 does not stop a 子女', facts({ authorizerHasSpouse: true, relation: 'child', user: { id: 'U', insurance: resident, nameMatches: true, birthDate: '2025-03-08', sex: 'female' } }), []],
  ] as [string, AuthorizationFacts, string[]][])('%s', (_n, f, expected) => expect(codes(f)).toEqual(expected))
})

describe('rule 10 in the form pre-check, from the typed number (as rule 9)', () => {
  const form = { documentType: 'residentId' as const, documentNumber: idFor('2025-03-08', 'female'), name: '李小宝', relation: 'spouse' as Relation, uploadedProofs: 0, pendingProofs: 0, promiseAccepted: true }
  const policy = policyFor('yingtan', 2026)
  it.each([
    ['an infant as 配偶', form, false, '法定结婚年龄'],
    ['a 出生医学证明 as 配偶', { ...form, documentType: 'birthCertificate' as const, documentNumber: 'A123456789' }, false, '出生医学证明的持有人是未成年人'],
    ['a second 配偶 (the authorizer’s own list)', { ...form, documentNumber: '360602198809212424', name: '王秀英' }, true, '只能登记一位配偶'],
    ['an infant as 兄弟姐妹', { ...form, relation: 'sibling' as Relation }, false, '超出同辈亲属的合理范围'],
    ['a 出生医学证明 holder (born 2023-04-01 at the earliest) as 父母 (review)', { ...form, documentType: 'birthCertificate' as const, documentNumber: 'A123456789', relation: 'parent' as Relation }, false, '不早于您本人'],
    ['a 出生医学证明 holder as 兄弟姐妹 of a member born in 1986 (review): 「至少」, the day is not on the number', { ...form, documentType: 'birthCertificate' as const, documentNumber: 'A123456789', relation: 'sibling' as Relation }, false, '出生医学证明的持有人与您本人至少相差36年'],
  ])('%s', (_n, f, hasSpouse, words) => {
    const check = checkAuthorizationForm(f, policy, today, member, hasSpouse)
    expect(check.valid).toBe(false)
    expect(check.relation).toContain(words)
  })
  it('a 出生医学证明 holder as 子女 or 孙子女 passes the pre-check', () => {
    for (const relation of ['child', 'grandchildPaternal'] as Relation[]) {
      expect(checkAuthorizationForm({ ...form, documentType: 'birthCertificate', documentNumber: 'A123456789', relation }, policy, today, member, false).relation).toBeUndefined()
    }
  })
  it('a wife of age passes', () => expect(checkAuthorizationForm({ ...form, documentNumber: '360602198809212424', name: '王秀英' }, policy, today, member, false).valid).toBe(true))
})

describe('rule 10 on the mock server (issue 20: 李建国 binds his wife, then his baby as a second 配偶)', () => {
  const bind = (b: ServerWithClient, documentNumber: string, name: string, relation: Relation, key: string) =>
    b.registerAuthorization({ documentType: 'residentId', documentNumber, name, relation, promiseVersion: '2026-12', proofIds: [], idempotencyKey: key })

  it.each([
    ['the baby as a second 配偶', 'spouse', ['SPOUSE_UNDER_AGE', 'SPOUSE_EXISTS']],
    ['the baby as 兄弟姐妹', 'sibling', ['SIBLING_AGE_GAP']],
  ] as [string, Relation, string[]][])('%s is refused with its reasons', async (_n, relation, expected) => {
    const b = mockWithClient({ storage: memoryStorage(), clock: fixedClock('2026-11-22T02:00:00Z'), faults: { latencyMinMs: 0, latencyMaxMs: 0, timeoutMs: 0 } })
    expect((await bind(b, '360602198809212424', '王秀英', 'spouse', 'key-wife-0001')).ok).toBe(true)
    const r = await bind(b, '360602202503081133', '李小宝', relation, 'key-baby-0001')
    expect(r.ok ? [] : r.reasons.map((x) => x.code)).toEqual(expected)
    expect((await b.listAuthorizations()).asAuthorizer.filter((a) => a.status === 'active' && a.relation === relation)).toHaveLength(relation === 'spouse' ? 1 : 0)
  })
})

describe('every policy flag is read (issue 20 item 7): flipping it changes the behaviour', () => {
  const outsider: Insurance = { scheme: 'resident', status: 'normal', province: 'zhejiang', placeName: '杭州（浙江）' }
  const yingtan = policyFor('yingtan', 2026)
  const withRelation = (patch: Partial<(typeof yingtan.relations)['spouse']>) => ({ ...yingtan, relations: { ...yingtan.relations, spouse: { ...yingtan.relations.spouse, ...patch } } })
  it.each([
    ['relations[r].crossProvinceUser (seed 000 是否支持异地参保人员)', facts({ user: { id: 'U', insurance: outsider, nameMatches: true } }), facts({ user: { id: 'U', insurance: outsider, nameMatches: true }, policy: withRelation({ crossProvinceUser: true }) }), 'USER_NOT_IN_JIANGXI'],
    ['relations[r].proofRequired (seed 001 FAQ)', facts({ policy: withRelation({ proofRequired: true }) }), facts(), 'PROOF_REQUIRED'],
    ['province.oneAuthorizerPerUser (rule 4)', facts({ currentAuthorizerId: 'B' }), facts({ currentAuthorizerId: 'B', province: { ...province, oneAuthorizerPerUser: { ...province.oneAuthorizerPerUser, applies: false } } }), 'BOUND_ELSEWHERE'],
    ['province.oneSpouse (Civil Code art. 1041)', facts({ authorizerHasSpouse: true }), facts({ authorizerHasSpouse: true, province: { ...province, oneSpouse: { ...province.oneSpouse, applies: false } } }), 'SPOUSE_EXISTS'],
    ['province.oneSpouse, the user side', facts({ userHasSpouse: true }), facts({ userHasSpouse: true, province: { ...province, oneSpouse: { ...province.oneSpouse, applies: false } } }), 'USER_SPOUSE_EXISTS'],
    ['province.marriageAge (Civil Code art. 1047)', facts({ user: { id: 'U', insurance: resident, nameMatches: true, birthDate: '2005-01-01', sex: 'male' } }), facts({ user: { id: 'U', insurance: resident, nameMatches: true, birthDate: '2005-01-01', sex: 'male' }, province: { ...province, marriageAge: { ...province.marriageAge, male: 20 } } }), 'SPOUSE_UNDER_AGE'],
    ['province.siblingAgeGap (WHO 15–49)', facts({ relation: 'sibling', user: { id: 'U', insurance: resident, nameMatches: true, birthDate: '2025-03-08' } }), facts({ relation: 'sibling', user: { id: 'U', insurance: resident, nameMatches: true, birthDate: '2025-03-08' }, province: { ...province, siblingAgeGap: { ...province.siblingAgeGap, maxYears: 40 } } }), 'SIBLING_AGE_GAP'],
  ] as [string, AuthorizationFacts, AuthorizationFacts, string][])('%s', (_flag, as, flipped, code) => {
    expect(codes(as)).toContain(code)
    expect(codes(flipped)).not.toContain(code)
  })
})

describe('crossProvinceSpending.payable is read by the deduction (seed 001 异地就医)', () => {
  const yingtan = policyFor('yingtan', 2026)
  const flipped = { ...yingtan, crossProvinceSpending: { ...yingtan.crossProvinceSpending, payable: true } }
  it.each([
    ['payable: false (the seeds) refuses a visit outside Jiangxi', yingtan, 'CROSS_PROVINCE'],
    ['payable: true lets the authorizer’s 历年余额 pay', flipped, 'ok'],
  ] as const)('%s', (_n, policy, expected) => {
    const r = deduct({ amountFen: 5000, kind: 'drug', place: 'outOfProvince' }, { spenderStatus: 'normal', authorizer: { carriedOverFen: 100000, policy } })
    expect(r.ok ? 'ok' : r.reason.code).toBe(expected)
  })
})

describe('crossProvinceSpending.payable is read by 共济政策查询 too', () => {
  const yingtan = policyFor('yingtan', 2026)
  it.each([
    ['payable: false (the seeds)', yingtan, false],
    ['payable: true', { ...yingtan, crossProvinceSpending: { ...yingtan.crossProvinceSpending, payable: true } }, true],
  ] as const)('%s', (_n, policy, payable) => expect(sharedFundsAnswer(policy, 'drug', 'outOfProvince').payable).toBe(payable))
})
