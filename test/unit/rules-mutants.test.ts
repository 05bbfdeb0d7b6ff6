// Survivors of the first mutation run over src/domain/relations.ts (StrykerJS), killed one row each.
import { checkRelationBirthDates, checkRelationPlausibility, proofKindFor, sexOfIdNumber, type Relation, type RelativeFacts } from '@/domain/relations'

describe('proofKindFor (domain.md Proof): 出生医学证明 only for a 子女 without an ID card', () => {
  it.each([
    ['child', true, 'householdRegister'],
    ['child', false, 'birthCertificate'],
    ['sibling', false, 'householdRegister'],
    ['spouse', false, 'marriageCertificate'],
  ] as [Relation, boolean, string][])('%s, ID card %s → %s', (relation, hasId, kind) => expect(proofKindFor(relation, hasId)).toBe(kind))
})

describe('rule 9 for every generation above and below (domain.md Authorization 9)', () => {
  it.each([
    ['grandparentMaternal', '1990-01-01', 'RELATION_AGE'],
    ['grandchildMaternal', '1960-01-01', 'RELATION_AGE'],
    ['grandparentPaternal', '1940-01-01', undefined],
  ] as [Relation, string, string | undefined][])('%s born %s → %s', (relation, birth, code) => expect(checkRelationBirthDates(relation, '1986-04-15', birth)?.code).toBe(code))
})

describe('sexOfIdNumber reads only a whole 18-character number', () => {
  it.each([
    ['A360602198604151314', undefined],
    ['3606021986041513141', undefined],
    ['36060219880921242X', 'female'],
  ])('%s → %s', (number, sex) => expect(sexOfIdNumber(number)).toBe(sex))
})

describe('rule 10 and the sibling rule: what is unknown is not judged; each reason says what to do', () => {
  const today = '2026-11-22'
  it.each([
    ['a 配偶 whose sex is known but not the birth date', 'spouse', '1986-04-15', { hasIdCard: true, sex: 'female' }],
    ['a 兄弟姐妹 when the member’s own birth date is unknown', 'sibling', undefined, { hasIdCard: true, birthDate: '1951-04-15' }],
  ] as [string, Relation, string | undefined, RelativeFacts][])('%s → nothing', (_n, relation, member, relative) => expect(checkRelationPlausibility(relation, member, relative, today)).toEqual([]))

  it.each([
    ['SPOUSE_BIRTH_CERTIFICATE', 'spouse', { hasIdCard: false }, '请核对与本人关系；配偶请用居民身份证等证件办理'],
    ['SPOUSE_UNDER_AGE', 'spouse', { hasIdCard: true, birthDate: '2010-01-01', sex: 'male' }, '请核对与本人关系和证件号码'],
    ['SIBLING_AGE_GAP', 'sibling', { hasIdCard: true, birthDate: '2025-03-08' }, '请核对与本人关系（如为子女、孙子女，请选对应关系）和证件号码'],
  ] as [string, Relation, RelativeFacts, string][])('%s says next: %s', (code, relation, relative, next) => {
    expect(checkRelationPlausibility(relation, '1986-04-15', relative, today)).toEqual([expect.objectContaining({ code, next })])
  })
})
