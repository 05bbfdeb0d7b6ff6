// Bindings on the mock server (src/services/mock/authorizations.ts), through the wire: automatic ends by either side,
// the list's order and receipts, refusals and their words, 变更 and its history, proofs that are dropped or used
// (issue 20 item 9: tests found missing by mutation testing).
import { createMockServer, type MockServer } from '@/services/mock'
import { systemClock } from '@/services/mock/clock'
import { memoryStorage } from '@/services/mock/persist'
import type { Outcome, RegisterAuthorizationRequest } from '@/services/backend'
import { PEOPLE, signedIn, type SignedIn } from '../support/sessions'

const noLatency = { latencyMinMs: 0, latencyMaxMs: 0, timeoutMs: 0 }
let seq = 0
const key = () => `mut-auth-${++seq}-${Math.random().toString(36).slice(2, 8)}`
const codes = <T>(o: Outcome<T, { code: string }>) => (o.ok ? [] : o.reasons.map((r) => r.code))
// The developer panel's day moves (shiftDays) are not time that passed: sessions stay open across them.
const server = (): MockServer => createMockServer({ storage: memoryStorage(), clock: systemClock(() => Date.parse('2026-11-22T02:00:00Z')), faults: noLatency })
type Registration = Omit<RegisterAuthorizationRequest, 'ticket'>
const registration = (documentNumber: string, name: string, relation: Registration['relation'], extra: Partial<Registration> = {}): Registration => ({ documentType: 'residentId', documentNumber, name, relation, promiseVersion: '2026-12', proofIds: [], idempotencyKey: key(), ...extra })
const WIFE = ['360602198809212424', '王秀英'] as const
const BABY = ['360602202503081133', '李小宝'] as const
const mine = async (b: SignedIn) => (await b.listAuthorizations()).asAuthorizer
const bindingOf = async (b: SignedIn, maskedName: string) => (await mine(b)).find((a) => a.user.maskedName === maskedName && a.status === 'active')

describe('bindings end by themselves when either side’s insurance stops', () => {
  it('the authorizer suspended: all his bindings end, saying it was his side, and advising him how to bind again', async () => {
    // Mutants: the side chosen in sweep; the '授权人'/'使用人' words; the viewer side of the advice.
    const s = server()
    const li = await signedIn(s, '李建国')
    await li.registerAuthorization(registration(...WIFE, 'spouse'))
    s.control.setInsuranceStatus('360602198604151314', 'terminated')
    const list = await mine(li)
    const ended = list.filter((a) => a.endedOn === '2026-11-22')
    expect(ended.map((a) => a.user.maskedName).sort()).toEqual(['李*明', '王*英'])
    for (const a of ended) expect(a).toMatchObject({ status: 'ended', endReason: '授权人医保关系终止，共济关系自动终止', rebindAdvice: '您到参保地医保经办机构重新参保后，可重新办理授权登记' })
    expect(ended.every((a) => a.drawableFen === undefined && a.rebindableFrom === undefined)).toBe(true)
    const wang = await signedIn(s, '王秀英')
    expect((await wang.listAuthorizations()).asUser[0]).toMatchObject({ status: 'ended', rebindAdvice: '待对方（授权人）重新参保后，可重新办理授权登记' })
  })

  it('the user suspended: her binding ends with the user’s words; the authorizer is told to wait for her', async () => {
    const s = server()
    const li = await signedIn(s, '李建国')
    await li.registerAuthorization(registration(...WIFE, 'spouse'))
    s.control.setInsuranceStatus(WIFE[0], 'suspended')
    const ended = (await mine(li)).find((a) => a.user.maskedName === '王*英')
    expect(ended).toMatchObject({ status: 'ended', endReason: '使用人医保关系暂停，共济关系自动终止', rebindAdvice: '待对方（使用人）恢复参保后，可重新办理授权登记' })
    const wang = await signedIn(s, '王秀英')
    expect((await wang.listAuthorizations()).asUser[0].rebindAdvice).toBe('您到参保地医保经办机构恢复参保后，可重新办理授权登记')
  })
})

describe('the list', () => {
  it('active first, newest first within each status; each with its receipt number JX<since><sequence>', async () => {
    // Mutants: the sort order of listAuthorizations; the receipt number.
    const s = server()
    const li = await signedIn(s, '李建国')
    s.control.clock.shiftDays(1)
    const wife = await li.registerAuthorization(registration(...WIFE, 'spouse'))
    if (!wife.ok) throw new Error('not bound')
    expect(wife.value.receiptNo).toMatch(/^JX20261123\d{6}$/)
    expect(Number(wife.value.receiptNo.slice(10))).toBe(Number(wife.value.id.split('-')[1]))
    const list = await mine(li)
    expect(list.map((a) => [a.user.maskedName, a.status])).toEqual([
      ['王*英', 'active'],
      ['李*明', 'active'],
      ['张*兰', 'ended'],
    ])
    expect(list[0].drawableFen).toBe(328050)
  })
})

describe('refusals of a registration', () => {
  it.each([
    ['a relation that is not one', { relation: 'cousin' }],
    ['no promise version', { promiseVersion: '' }],
    ['a malformed name', { name: 'x' }],
    ['a malformed number', { documentNumber: '123' }],
  ])('%s is a bad request, in its words', async (_n, patch) => {
    const li = await signedIn(server(), '李建国')
    await expect(li.registerAuthorization({ ...registration(...WIFE, 'spouse'), ...(patch as Partial<Registration>) })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: '提交的信息不完整，请核对后重试' })
  })

  it('proofs not his, already used, or more than 9 are a bad request; nothing is bound', async () => {
    const s = server()
    const zhou = await signedIn(s, '周志强')
    const li = await signedIn(s, '李建国')
    const file = { fileName: 'hukou.jpg', mimeType: 'image/jpeg', sizeBytes: 1000 }
    const hisProof = await zhou.uploadProof(file)
    if (!hisProof.ok) throw new Error('no upload')
    const invalid = { code: 'BAD_REQUEST', message: '证明材料无效，请重新上传' }
    await expect(li.registerAuthorization(registration(...WIFE, 'spouse', { proofIds: [hisProof.value.id] }))).rejects.toMatchObject(invalid)
    const ids: string[] = []
    for (let i = 0; i < 10; i++) {
      const p = await li.uploadProof(file)
      if (p.ok) ids.push(p.value.id)
    }
    await expect(li.registerAuthorization(registration(...WIFE, 'spouse', { proofIds: ids }))).rejects.toMatchObject(invalid)
    expect((await li.registerAuthorization(registration(...WIFE, 'spouse', { proofIds: ids.slice(0, 9) }))).ok).toBe(true)
    await expect(li.registerAuthorization(registration(...BABY, 'child', { proofIds: [ids[0]] }))).rejects.toMatchObject(invalid)
    expect((await mine(li)).some((a) => a.user.maskedName === '李*宝')).toBe(false)
  })

  it('keeps at most 18 unsubmitted proofs of a member: the oldest are dropped, the newest still usable', async () => {
    // Mutants: dropUnsubmittedProofs (how many are kept, which go).
    const s = server()
    const li = await signedIn(s, '李建国')
    const ids: string[] = []
    for (let i = 0; i < 20; i++) {
      const p = await li.uploadProof({ fileName: `p${i}.jpg`, mimeType: 'image/jpeg', sizeBytes: 1000 })
      expect(p.ok && p.value.fileName).toBe(`p${i}.jpg`)
      if (p.ok) ids.push(p.value.id)
    }
    const kept = s.control.snapshot().proofs.filter((p) => p.ownerRef === PEOPLE.李建国).map((p) => p.id)
    expect(kept).toEqual(ids.slice(2))
    await expect(li.registerAuthorization(registration(...WIFE, 'spouse', { proofIds: [ids[1]] }))).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    expect((await li.registerAuthorization(registration(...WIFE, 'spouse', { proofIds: [ids[2], ids[19]] }))).ok).toBe(true)
    // The file's name is never kept.
    expect(JSON.stringify(s.control.snapshot().proofs)).not.toContain('p19.jpg')
  })

  it('a rebind the day after a cancel is refused while any cancel of that user was today', async () => {
    // Mutant: lastCancelled's latest day (sort().pop()).
    const s = server()
    const li = await signedIn(s, '李建国')
    const first = await li.registerAuthorization(registration(...BABY, 'child'))
    if (!first.ok) throw new Error('not bound')
    await li.cancelAuthorization({ authorizationId: first.value.id, idempotencyKey: key() })
    s.control.clock.shiftDays(1)
    const second = await li.registerAuthorization(registration(...BABY, 'child'))
    if (!second.ok) throw new Error('not bound again')
    await li.cancelAuthorization({ authorizationId: second.value.id, idempotencyKey: key() })
    expect(codes(await li.registerAuthorization(registration(...BABY, 'child')))).toEqual(['CANCELLED_TODAY'])
  })
})

describe('cancelling', () => {
  it('an ended binding cannot be cancelled again, in its words', async () => {
    const li = await signedIn(server(), '李建国')
    const zhang = (await mine(li)).find((a) => a.user.maskedName === '张*兰')!
    expect(await li.cancelAuthorization({ authorizationId: zhang.id, idempotencyKey: key() })).toEqual({ ok: false, reasons: [{ code: 'NOT_ACTIVE', message: '该共济关系已解除或已失效，无需再次解除' }] })
  })
})

describe('变更', () => {
  const change = async (b: SignedIn, authorizationId: string, relation: string, extra: object = {}) =>
    b.changeAuthorization({ authorizationId, relation: relation as never, proofIds: [], promiseVersion: '2026-12', idempotencyKey: key(), ...extra })

  it('keeps the binding active from its first day, records what changed and when, adds the proofs and uses them up', async () => {
    const s = server()
    const li = await signedIn(s, '李建国')
    await li.registerAuthorization(registration(...BABY, 'grandchildPaternal'))
    const before = (await bindingOf(li, '李*宝'))!
    s.control.clock.shiftDays(3)
    const proof = await li.uploadProof({ fileName: 'birth.jpg', mimeType: 'image/jpeg', sizeBytes: 1000 })
    if (!proof.ok) throw new Error('no upload')
    const r = await change(li, before.id, 'child', { proofIds: [proof.value.id] })
    expect(r.ok && r.value).toMatchObject({ status: 'active', relation: 'child', since: before.since, history: [{ day: '2026-11-25', change: '与本人关系由“孙子女”变更为“子女”' }] })
    const row = s.control.snapshot().authorizations.find((a) => a.id === before.id)!
    expect(row.proofIds).toEqual([proof.value.id])
    expect(s.control.snapshot().proofs.find((p) => p.id === proof.value.id)?.usedBy).toBe(before.id)
    await expect(li.registerAuthorization(registration(...WIFE, 'spouse', { proofIds: [proof.value.id] }))).rejects.toMatchObject({ code: 'BAD_REQUEST' })
  })

  it('only the authorizer changes a binding; an ended one is not changed; a bad relation or proof list is a bad request', async () => {
    const s = server()
    const li = await signedIn(s, '李建国')
    await li.registerAuthorization(registration(...WIFE, 'spouse'))
    await li.registerAuthorization(registration('360902197901051178', '周志强', 'sibling'))
    const wifeBinding = (await bindingOf(li, '王*英'))!
    const zhouBinding = (await bindingOf(li, '周*强'))!
    const zhou = await signedIn(s, '周志强')
    expect(await change(zhou, zhouBinding.id, 'parent')).toMatchObject({ ok: false, reasons: [{ code: 'NOT_AUTHORIZER', message: '只有授权人可以变更与使用人的关系', next: '请联系授权人办理变更' }] })
    const zhang = (await mine(li)).find((a) => a.user.maskedName === '张*兰')!
    expect(await change(li, zhang.id, 'sibling')).toMatchObject({ ok: false, reasons: [{ code: 'NOT_ACTIVE', message: '该共济关系已解除或已失效，不能变更', next: '请重新办理授权登记' }] })
    await expect(change(li, wifeBinding.id, 'cousin')).rejects.toMatchObject({ code: 'BAD_REQUEST', message: '提交的信息不完整，请核对后重试' })
    await expect(change(li, wifeBinding.id, 'sibling', { proofIds: 'p-1' })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    await expect(change(li, wifeBinding.id, 'sibling', { proofIds: ['f-404'] })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: '证明材料无效，请重新上传' })
    expect(codes(await change(li, wifeBinding.id, 'sibling', { promiseVersion: '2020-01' }))).toEqual(['PROMISE_OUTDATED'])
    expect(await bindingOf(li, '王*英')).toMatchObject({ relation: 'spouse' })
    expect((await bindingOf(li, '王*英'))?.history).toBeUndefined()
  })

  it('a 变更 to 配偶 while another 配偶 binding is active is refused SPOUSE_EXISTS, changing nothing', async () => {
    // Mutant: hasActiveSpouse's other bindings (rule 10) for a 变更.
    const li = await signedIn(server(), '李建国')
    await li.registerAuthorization(registration(...WIFE, 'spouse'))
    await li.registerAuthorization(registration('360902197901051178', '周志强', 'sibling'))
    const zhou = (await bindingOf(li, '周*强'))!
    expect(codes(await change(li, zhou.id, 'spouse'))).toContain('SPOUSE_EXISTS')
    expect(await bindingOf(li, '周*强')).toMatchObject({ relation: 'sibling' })
  })
})

/** 周志强 (宜春: proof required) ends his 配偶 binding with 李建芳 and registers 李建国 as his 配偶. */
async function zhouFreeThenBinds(s: MockServer, expectOk: boolean) {
  const zhou = await signedIn(s, '周志强')
  const own = (await zhou.listAuthorizations()).asAuthorizer.find((a) => a.status === 'active' && a.relation === 'spouse')!
  expect((await zhou.cancelAuthorization({ authorizationId: own.id, idempotencyKey: key() })).ok).toBe(true)
  const proof = await zhou.uploadProof({ fileName: 'jiehunzheng.jpg', mimeType: 'image/jpeg', sizeBytes: 1000 })
  if (!proof.ok) throw new Error('no upload')
  const r = await zhou.registerAuthorization(registration('360602198604151314', '李建国', 'spouse', { proofIds: [proof.value.id] }))
  expect(r.ok).toBe(expectOk)
  return r
}

describe('rule 10: one 配偶 at a time, whoever registered it (review: a binding the other way round was not counted)', () => {

  it('李建国, registered as 周志强’s 配偶, cannot register 王秀英 as his own 配偶', async () => {
    const s = server()
    await zhouFreeThenBinds(s, true)
    const li = await signedIn(s, '李建国')
    expect(codes(await li.registerAuthorization(registration(...WIFE, 'spouse')))).toEqual(['SPOUSE_EXISTS'])
    expect(await bindingOf(li, '王*英')).toBeUndefined()
    // Any other relation is still open to him.
    expect((await li.registerAuthorization(registration(...BABY, 'child'))).ok).toBe(true)
  })

  it('李建国 with 王秀英 as his 配偶 cannot be registered as 周志强’s 配偶: the user already has one', async () => {
    const s = server()
    const li = await signedIn(s, '李建国')
    expect((await li.registerAuthorization(registration(...WIFE, 'spouse'))).ok).toBe(true)
    const r = await zhouFreeThenBinds(s, false)
    expect(codes(r)).toEqual(['USER_SPOUSE_EXISTS'])
    expect(r.ok ? undefined : r.reasons[0].message).toBe('该使用人已有一位有效的“配偶”共济关系，同一时间只能登记一位配偶')
  })

  it('a 变更 to 配偶 of a user who has a 配偶 of his own is refused USER_SPOUSE_EXISTS', async () => {
    const s = server()
    const li = await signedIn(s, '李建国')
    // 周志强 has 李建芳 as his 配偶 (seed); 李建国 binds him as 兄弟姐妹, then tries to make it 配偶.
    expect((await li.registerAuthorization(registration('360902197901051178', '周志强', 'sibling'))).ok).toBe(true)
    const zhou = (await bindingOf(li, '周*强'))!
    const toSpouse = (id: string) => li.changeAuthorization({ authorizationId: id, relation: 'spouse', proofIds: [], promiseVersion: '2026-12', idempotencyKey: key() })
    expect(codes(await toSpouse(zhou.id))).toEqual(['USER_SPOUSE_EXISTS'])
    expect(await bindingOf(li, '周*强')).toMatchObject({ relation: 'sibling' })
  })

  it('a 变更 to 配偶 by a member registered as someone’s 配偶 is refused SPOUSE_EXISTS', async () => {
    const s = server()
    await zhouFreeThenBinds(s, true)
    const li = await signedIn(s, '李建国')
    const father = (await bindingOf(li, '李*明'))!
    expect(codes(await li.changeAuthorization({ authorizationId: father.id, relation: 'spouse', proofIds: [], promiseVersion: '2026-12', idempotencyKey: key() }))).toContain('SPOUSE_EXISTS')
    expect(await bindingOf(li, '李*明')).toMatchObject({ relation: 'parent' })
  })
})

describe('what a 变更 must show, for the authorizer only (review: the proof kind and the guardian’s consent)', () => {
  it('李小宝 (1 year old) is under 14, 李德明 is not; the user side and an ended binding get nothing', async () => {
    const s = server()
    const li = await signedIn(s, '李建国')
    expect((await li.registerAuthorization(registration(...BABY, 'child'))).ok).toBe(true)
    expect((await li.registerAuthorization(registration(...WIFE, 'spouse'))).ok).toBe(true)
    expect((await bindingOf(li, '李*宝'))?.forChange).toMatchObject({ userHasIdCard: true, userUnderGuardianAge: true })
    expect((await bindingOf(li, '李*明'))?.forChange).toMatchObject({ userHasIdCard: true, userUnderGuardianAge: false })
    // What it cannot become, whatever is uploaded: a 1-year-old as 配偶, 父母, 祖父母, 兄弟姐妹 (the first reason each).
    const baby = (await bindingOf(li, '李*宝'))!.forChange!.notAllowed
    expect(Object.keys(baby).sort()).toEqual(['grandparentMaternal', 'grandparentPaternal', 'parent', 'sibling', 'spouse'])
    expect(baby.spouse).toContain('法定结婚年龄')
    expect(baby.parent).toBe('与本人关系选的是“父母”，但证件上的出生日期不早于您本人。请核对与本人关系和证件号码')
    const ended = (await mine(li)).filter((a) => a.status !== 'active')
    expect(ended.length).toBeGreaterThan(0)
    expect(ended.every((a) => a.forChange === undefined)).toBe(true)
    const wang = await signedIn(s, '王秀英')
    const asUser = (await wang.listAuthorizations()).asUser
    expect(asUser.length).toBeGreaterThan(0)
    expect(asUser.every((a) => a.forChange === undefined)).toBe(true)
  })
})

describe('spouses may authorize each other (review: the one-配偶 rule refused the second binding of one couple)', () => {
  it('周志强 registers 李建国 as 配偶, then 李建国 registers 周志强 as 配偶: both bindings active, one couple', async () => {
    const s = server()
    await zhouFreeThenBinds(s, true)
    const li = await signedIn(s, '李建国')
    expect(codes(await li.registerAuthorization(registration('360902197901051178', '周志强', 'spouse')))).toEqual([])
    expect(await bindingOf(li, '周*强')).toMatchObject({ relation: 'spouse', status: 'active' })
    // A third person as 配偶 is still refused for both.
    expect(codes(await li.registerAuthorization(registration(...WIFE, 'spouse')))).toEqual(['SPOUSE_EXISTS'])
  })
})

describe('each side lists only its own bindings (mutation: the list filters)', () => {
  it('李建国, also registered as 周志强’s 配偶: his users under asAuthorizer, 周志强 under asUser, nothing else of anyone', async () => {
    const s = server()
    await zhouFreeThenBinds(s, true)
    const li = await signedIn(s, '李建国')
    const list = await li.listAuthorizations()
    expect(list.asAuthorizer.length).toBeGreaterThan(0)
    expect(list.asAuthorizer.every((a) => a.authorizer.maskedName === '李*国')).toBe(true)
    expect(list.asAuthorizer.map((a) => a.user.maskedName).sort()).toEqual(['张*兰', '李*明'])
    expect(list.asUser.map((a) => [a.authorizer.maskedName, a.user.maskedName, a.relation])).toEqual([['周*强', '李*国', 'spouse']])
    // Active first, then by start date, newest first.
    expect(list.asAuthorizer.map((a) => a.status)).toEqual(['active', 'ended'])
  })

  it('a 变更 with another member’s proof is a bad request; nothing changes', async () => {
    const s = server()
    const zhou = await signedIn(s, '周志强')
    const hisProof = await zhou.uploadProof({ fileName: 'hukou.jpg', mimeType: 'image/jpeg', sizeBytes: 1000 })
    if (!hisProof.ok) throw new Error('no upload')
    const li = await signedIn(s, '李建国')
    const father = (await bindingOf(li, '李*明'))!
    await expect(li.changeAuthorization({ authorizationId: father.id, relation: 'grandparentPaternal', proofIds: [hisProof.value.id], promiseVersion: '2026-12', idempotencyKey: key() })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: '证明材料无效，请重新上传' })
    expect(await bindingOf(li, '李*明')).toMatchObject({ relation: 'parent' })
  })
})
