// Issue 20 item 3: guardian consent for every user under 14 on the day, whatever the 证件类型 (PIPL art. 31),
// worded for the relation: 子女 — the authorizer consents as guardian; others — he confirms the guardian agrees.
import { screen } from '@testing-library/react'
import { renderPage, testBackend } from './render'
import { routes } from '@/navigation/routes'
import type { DocumentType } from '@/domain/documents'
import { needsGuardianConsent } from '@/domain/guardian'
import type { Relation } from '@/domain/relations'
import { useAuthorize } from '@/stores/authorize'
import { useSession } from '@/stores/session'

async function confirmFor(documentType: DocumentType, documentNumber: string, name: string, relation: Relation) {
  const member = await testBackend.currentMember()
  useSession.setState({ member, today: '2026-11-22', status: 'ready' })
  useAuthorize.setState({ documentType, documentNumber, name, relation, promiseAccepted: true, owner: member!.ref, proofs: [] })
  renderPage(routes.authorizeConfirm)
  await screen.findByRole('list', { name: '授权信息核对' })
  return screen.queryByRole('note', { name: '监护人同意' })?.textContent ?? null
}

describe('监护人同意 on 确认提交 (PIPL art. 31, domain.md Guardian consent)', () => {
  it.each([
    ['居民身份证, 子女 under 14: he consents as guardian', 'residentId', '360602202503081133', '李小宝', 'child', '您作为监护人，同意为孩子办理授权'],
    ['居民身份证, 孙子女 under 14: he confirms the guardian agrees', 'residentId', '360602202503081133', '李小宝', 'grandchildPaternal', '请确认孩子的监护人（如父母）已同意'],
    ['出生医学证明, 子女: a newborn, so consent too', 'birthCertificate', 'A123456789', '李小宝', 'child', '您作为监护人，同意为孩子办理授权'],
    ['出生医学证明, 外孙子女: the guardian agrees', 'birthCertificate', 'A123456789', '李小宝', 'grandchildMaternal', '与本人关系：“外孙子女”'],
    ['居民身份证, an adult: nothing to consent', 'residentId', '360602198809212424', '王秀英', 'spouse', null],
  ] as [string, DocumentType, string, string, Relation, string | null][])('%s', async (_n, type, number, name, relation, words) => {
    const note = await confirmFor(type, number, name, relation)
    if (words === null) expect(note).toBeNull()
    else expect(note).toContain(words)
    if (relation !== 'child' && note) expect(note).not.toContain('您作为监护人')
  })

  it.each([
    ['13 years old on the day', { type: 'residentId' as const, birthDate: '2012-11-23' }, '2026-11-22', true],
    ['14 on the day', { type: 'residentId' as const, birthDate: '2012-11-22' }, '2026-11-22', false],
    ['a 出生医学证明 (issued since 2023-04-01): under 14 until 2037-04-01', { type: 'birthCertificate' as const }, '2037-03-31', true],
    ['…and not judged from the format after that', { type: 'birthCertificate' as const }, '2037-04-01', false],
  ])('needsGuardianConsent: %s', (_n, doc, day, expected) => expect(needsGuardianConsent(doc, day)).toBe(expected))
})
