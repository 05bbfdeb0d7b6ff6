// Issue 20 item 2: 变更 — the authorizer changes an active binding's relation in one operation (domain.md Authorization).
import type { ChangeAuthorizationRequest } from '@/services/backend'
import { mockWithClient, PASSWORDS, type ServerWithClient as MockBackend } from '../support/sessions'
import { fixedClock } from '@/services/mock/clock'
import { memoryStorage } from '@/services/mock/persist'
import type { Relation } from '@/domain/relations'

const noLatency = { latencyMinMs: 0, latencyMaxMs: 0, timeoutMs: 0 }
let seq = 0
const key = () => `change-key-${++seq}`

function server(at = '2026-11-22T02:00:00Z', tickets = true): MockBackend {
  return mockWithClient({ storage: memoryStorage(), clock: fixedClock(at), faults: noLatency, tickets })
}
async function bind(b: MockBackend, documentNumber: string, name: string, relation: Relation, proofIds: string[] = []) {
  const r = await b.registerAuthorization({ documentType: 'residentId', documentNumber, name, relation, promiseVersion: '2026-12', proofIds, idempotencyKey: key() })
  if (!r.ok) throw new Error(`could not bind ${name}: ${r.reasons.map((x) => x.code).join()}`)
  return r.value
}
const change = (b: MockBackend, authorizationId: string, relation: Relation, extra: Partial<ChangeAuthorizationRequest> = {}) =>
  b.changeAuthorization({ authorizationId, relation, proofIds: [], promiseVersion: '2026-12', idempotencyKey: key(), ...extra })
const codes = (o: { ok: boolean; reasons?: { code: string }[] }) => (o.ok ? [] : (o.reasons ?? []).map((r) => r.code))

describe('变更: every rule checked for the new relation (domain.md Authorization 1–10)', () => {
  const BABY = ['360602202503081133', '李小宝'] as const
  it.each([
    ['孙子女 → 子女: allowed (the NOT_PARENT case of issue 20)', BABY, 'grandchildPaternal', 'child', [], []],
    ['rule 9: 子女 → 父母 for a baby', BABY, 'child', 'parent', [], ['RELATION_AGE']],
    ['rule 10 (art. 1047): 子女 → 配偶 for a baby', BABY, 'child', 'spouse', [], ['SPOUSE_UNDER_AGE']],
    ['rule 10 (art. 1041): a second 配偶', BABY, 'child', 'spouse', ['wife'], ['SPOUSE_UNDER_AGE', 'SPOUSE_EXISTS']],
    ['plausibility (WHO 15–49): 子女 → 兄弟姐妹 for a baby', BABY, 'child', 'sibling', [], ['SIBLING_AGE_GAP']],
    ['the same relation: nothing to change', BABY, 'child', 'child', [], ['SAME_RELATION']],
    ['rule 9: 父母 → 子女 for 李德明 (born 1958)', ['360602195807021516', '李德明'], 'parent', 'child', [], ['RELATION_AGE']],
    ['配偶 → 兄弟姐妹 for 王秀英: allowed, no other 配偶 in the way', ['360602198809212424', '王秀英'], 'spouse', 'sibling', [], []],
  ] as [string, readonly [string, string], Relation, Relation, string[], string[]][])('%s', async (_n, [id, name], from, to, others, expected) => {
    const b = server()
    if (others.includes('wife')) await bind(b, '360602198809212424', '王秀英', 'spouse')
    const existing = id === '360602195807021516' ? (await b.listAuthorizations()).asAuthorizer.find((a) => a.user.maskedName === '李*明')! : await bind(b, id, name, from)
    expect(existing.relation).toBe(from)
    const r = await change(b, existing.id, to)
    expect(codes(r)).toEqual(expected)
    const after = (await b.listAuthorizations()).asAuthorizer.find((a) => a.id === existing.id)!
    expect(after).toMatchObject({ status: 'active', since: existing.since, relation: expected.length === 0 ? to : from })
  })

  it('keeps the binding, its start date, no next-day wait; the history says what changed and when; then the 免缴确认 works', async () => {
    const b = server()
    const baby = await bind(b, '360602202503081133', '李小宝', 'grandchildPaternal')
    const offer = await b.premiumCandidates()
    expect(offer.candidates.find((c) => c.person.ref === baby.user.ref)?.exemption?.reason?.next).toContain('变更关系')
    const r = await change(b, baby.id, 'child')
    expect(r.ok && r.value).toMatchObject({ id: baby.id, status: 'active', since: '2026-11-22', relation: 'child', history: [{ day: '2026-11-22', change: '与本人关系由“孙子女”变更为“子女”' }] })
    expect((await b.confirmNewbornExemption({ personRef: baby.user.ref, idempotencyKey: key() })).ok).toBe(true)
    expect((await b.listAuthorizations()).asAuthorizer.filter((a) => a.user.ref === baby.user.ref)).toHaveLength(1)
  })

  it('Yichun (seed 001): proof again for the new relation; with it, changed', async () => {
    const b = server()
    await b.login('周志强')
    const fang = (await b.listAuthorizations()).asAuthorizer.find((a) => a.user.maskedName === '李*芳')!
    expect(codes(await change(b, fang.id, 'sibling'))).toEqual(['PROOF_REQUIRED'])
    const proof = await b.uploadProof({ fileName: 'hukou.jpg', mimeType: 'image/jpeg', sizeBytes: 300_000 })
    expect(codes(await change(b, fang.id, 'sibling', { proofIds: [proof.ok ? proof.value.id : ''] }))).toEqual([])
  })

  it.each([
    ['the 使用人 cannot change it (the authorizer does)', 'user', ['NOT_AUTHORIZER']],
    ['a cancelled binding cannot be changed', 'cancelled', ['NOT_ACTIVE']],
    ['an old 个人郑重承诺', 'promise', ['PROMISE_OUTDATED']],
  ] as const)('%s', async (_n, how, expected) => {
    const b = server()
    const wife = await bind(b, '360602198809212424', '王秀英', 'spouse')
    if (how === 'user') {
      // 王秀英 (城乡居民医保) has no 医保支付密码, so no ticket: refused before the rule is reached ...
      await b.login('王秀英')
      expect(codes(await change(b, wife.id, 'sibling'))).toEqual(['VERIFICATION_REQUIRED'])
      // ... which is checked on its own with the ticket check off.
      const open = server(undefined, false)
      const bound = await bind(open, '360602198809212424', '王秀英', 'spouse')
      await open.login('王秀英')
      expect(codes(await change(open, bound.id, 'sibling'))).toEqual(expected)
      return
    }
    if (how === 'cancelled') await b.cancelAuthorization({ authorizationId: wife.id, idempotencyKey: key() })
    expect(codes(await change(b, wife.id, 'sibling', how === 'promise' ? { promiseVersion: '2025-01' } : {}))).toEqual(expected)
  })

  it("another family's binding is not found; a double tap changes once; a new ticket is the same request", async () => {
    const b = server()
    const wife = await bind(b, '360602198809212424', '王秀英', 'spouse')
    const req: Omit<ChangeAuthorizationRequest, 'ticket'> = { authorizationId: wife.id, relation: 'sibling', proofIds: [], promiseVersion: '2026-12', idempotencyKey: key() }
    // Two real tickets for the same request: the second tap is answered with the first answer, changed once.
    const ticket = async () => {
      const t = await b.verifyPassword({ operation: 'changeAuthorization', request: req, password: PASSWORDS.李建国! })
      if (!t.ok) throw new Error(t.reasons[0].code)
      return t.value.ticket
    }
    const [t1, t2] = [await ticket(), await ticket()]
    const [a, c] = await Promise.all([b.changeAuthorization({ ...req, ticket: t1 }), b.changeAuthorization({ ...req, ticket: t2 })])
    expect(a.ok).toBe(true)
    expect(c).toEqual(a)
    expect((a.ok && a.value.history) || []).toHaveLength(1)
    await b.login('周志强')
    await expect(change(b, wife.id, 'spouse')).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
