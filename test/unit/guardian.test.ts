// Issue 20 item 3: guardian consent (PIPL art. 31) for every user under 14, whatever the 证件类型, worded for the relation.
import { guardianConsentText, needsGuardianConsent } from '@/domain/guardian'
import type { Relation } from '@/domain/relations'

describe('needsGuardianConsent: under 14 on the day, from the document alone', () => {
  it.each([
    ['居民身份证, 13 on the day', { type: 'residentId' as const, birthDate: '2012-11-23' }, '2026-11-22', true],
    ['居民身份证, 14 on the day', { type: 'residentId' as const, birthDate: '2012-11-22' }, '2026-11-22', false],
    ['港澳台居民居住证, a child', { type: 'hkMacauTaiwanPermit' as const, birthDate: '2020-01-01' }, '2026-11-22', true],
    ['出生医学证明 (issued since 2023-04-01): under 14 until 2037-04-01', { type: 'birthCertificate' as const }, '2037-03-31', true],
    ['出生医学证明 from 2037-04-01: not judged from the format', { type: 'birthCertificate' as const }, '2037-04-01', false],
    ['出生医学证明 in 2026', { type: 'birthCertificate' as const }, '2026-11-22', true],
    ['a number without a birth date that is not a 出生医学证明', { type: 'residentId' as const }, '2026-11-22', false],
  ])('%s → %s', (_n, doc, day, expected) => expect(needsGuardianConsent(doc, day)).toBe(expected))
})

describe('guardianConsentText: 子女 — he consents as guardian; others — the guardian agrees', () => {
  it.each([
    ['child', '家人未满十四周岁。您作为监护人，同意为孩子办理授权，并同意处理办理所必需的孩子的个人信息。'],
    ['grandchildPaternal', '家人未满十四周岁（与本人关系：“孙子女”）。请确认孩子的监护人（如父母）已同意为孩子办理授权，并同意处理办理所必需的孩子的个人信息。'],
    ['sibling', '家人未满十四周岁（与本人关系：“兄弟姐妹”）。请确认孩子的监护人（如父母）已同意为孩子办理授权，并同意处理办理所必需的孩子的个人信息。'],
  ] as [Relation, string][])('%s', (relation, text) => expect(guardianConsentText(relation)).toBe(text))
})
