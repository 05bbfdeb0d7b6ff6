// The backend contract: behaviour every adapter (the mock today, HTTP later) must show through the
// Backend interface alone. The harness supplies a fresh backend on the demo family and a way to move
// the server's day forward.
import type { Backend, Outcome, RegisterAuthorizationRequest } from '@/services/backend'
import { BackendError } from '@/services/backend'

export interface ContractHarness {
  backend: Backend
  nextDay(): void
  /** Test hook: sets a member's 历年余额 (an HTTP test server needs the same hook). */
  setCarriedOver(idNumber: string, fen: number): void
}

const FULL_IDS = ['360602198604151314', '360602198809212424', '360602202503081133', '360602195807021516', '360602196003182626', '330106198305111753', '360681199008262843', '360902197901051178']
const FULL_NAMES = ['李建国', '王秀英', '李小宝', '李德明', '张桂兰', '李建华', '李建芳', '周志强']

let keySeq = 0
const key = () => `test-key-${++keySeq}-${Math.random().toString(36).slice(2)}`

function registration(documentNumber: string, name: string, relation: RegisterAuthorizationRequest['relation'], extra: Partial<RegisterAuthorizationRequest> = {}): RegisterAuthorizationRequest {
  return { documentType: 'residentId', documentNumber, name, relation, promiseVersion: '2025-01', proofIds: [], idempotencyKey: key(), ...extra }
}

function codesOf<T>(o: Outcome<T, { code: string }>): string[] {
  return o.ok ? [] : o.reasons.map((r) => r.code)
}

/** Nothing a backend returns to the app carries a full ID number or full name of the demo family. */
export function expectNoPersonalData(value: unknown): void {
  const text = JSON.stringify(value)
  for (const id of FULL_IDS) expect(text).not.toContain(id)
  for (const name of FULL_NAMES) expect(text).not.toContain(name)
}

async function loginAs(b: Backend, maskedName: string) {
  const members = await b.listDemoMembers()
  const m = members.find((x) => x.maskedName === maskedName)
  if (!m) throw new Error(`no demo member ${maskedName}`)
  return b.login(m.ref)
}

export function backendContract(name: string, makeHarness: () => ContractHarness): void {
  describe(`backend contract: ${name}`, () => {
    let h: ContractHarness
    let b: Backend
    beforeEach(() => {
      h = makeHarness()
      b = h.backend
    })

    describe('session', () => {
      it('starts as 李建国 (masked) and lists the three demo logins', async () => {
        const m = await b.currentMember()
        expect(m).toMatchObject({ maskedName: '李*国', maskedId: '3606**********1314', scheme: 'employee', city: 'yingtan' })
        const demo = await b.listDemoMembers()
        expect(demo.map((d) => d.maskedName)).toEqual(['李*国', '王*英', '周*强'])
        expectNoPersonalData(demo)
      })
      it('switches to 王秀英 and 周志强', async () => {
        expect(await loginAs(b, '王*英')).toMatchObject({ scheme: 'resident', maskedId: '3606**********2424' })
        expect(await loginAs(b, '周*强')).toMatchObject({ scheme: 'employee', city: 'yichun' })
        expect(await b.currentMember()).toMatchObject({ maskedName: '周*强' })
      })
    })

    describe('look-up', () => {
      it.each([
        ['李小宝', '360602202503081133', { found: true, nameMatches: true, insuredInJiangxi: true, scheme: 'resident', status: 'normal' }],
        ['李小包', '360602202503081133', { found: true, nameMatches: false }],
        ['李建华', '330106198305111753', { found: true, nameMatches: true, insuredInJiangxi: false }],
        ['张桂兰', '360602196003182626', { found: true, status: 'suspended' }],
        ['赵六', '11010519491231002X', { found: false }],
      ])('%s %s', async (personName, id, expected) => {
        expect(await b.lookupPerson({ documentType: 'residentId', documentNumber: id, name: personName })).toMatchObject(expected)
      })
    })

    describe('授权登记 (domain.md demo outcomes)', () => {
      it('binds 李小宝 as 子女 and returns only masked data', async () => {
        const r = await b.registerAuthorization(registration('360602202503081133', '李小宝', 'child'))
        expect(r.ok).toBe(true)
        if (r.ok) expect(r.value).toMatchObject({ status: 'active', relation: 'child', user: { maskedName: '李*宝', maskedId: '3606**********1133' } })
        expectNoPersonalData(r)
        const list = await b.listAuthorizations()
        expect(list.asAuthorizer.filter((a) => a.status === 'active').map((a) => a.user.maskedName).sort()).toEqual(['李*宝', '李*明'])
        expectNoPersonalData(list)
      })

      it.each([
        ['张桂兰 (暂停)', '360602196003182626', '张桂兰', 'parent', ['USER_INACTIVE']],
        ['李建华 (浙江)', '330106198305111753', '李建华', 'sibling', ['USER_NOT_IN_JIANGXI']],
        ['李建芳 (bound by 周志强)', '360681199008262843', '李建芳', 'sibling', ['BOUND_ELSEWHERE']],
        ['李德明 (already bound to him)', '360602195807021516', '李德明', 'parent', ['ALREADY_BOUND']],
        ['himself', '360602198604151314', '李建国', 'sibling', ['SELF']],
        ['nobody insured', '11010519491231002X', '赵六', 'sibling', ['IDENTITY_UNVERIFIED']],
        ['wrong name', '360602202503081133', '李小包', 'child', ['IDENTITY_UNVERIFIED']],
      ] as const)('refuses %s', async (_n, id, personName, relation, codes) => {
        const r = await b.registerAuthorization(registration(id, personName, relation))
        expect(codesOf(r)).toEqual(codes)
        if (!r.ok) for (const reason of r.reasons) expect(reason.message).toMatch(/[\u4e00-\u9fff]/)
      })

      it('refuses a registration by a resident-scheme member (rule 1)', async () => {
        await loginAs(b, '王*英')
        expect(codesOf(await b.registerAuthorization(registration('360602202503081133', '李小宝', 'child')))).toEqual(['AUTHORIZER_NOT_EMPLOYEE'])
      })

      it('registers once for a double tap with one idempotency key', async () => {
        const req = registration('360602202503081133', '李小宝', 'child')
        const [a, c] = await Promise.all([b.registerAuthorization(req), b.registerAuthorization(req)])
        expect(a).toEqual(c)
        const list = await b.listAuthorizations()
        expect(list.asAuthorizer.filter((x) => x.user.maskedName === '李*宝')).toHaveLength(1)
      })

      it('rejects one idempotency key reused for another request', async () => {
        const req = registration('360602202503081133', '李小宝', 'child')
        await b.registerAuthorization(req)
        await expect(b.registerAuthorization({ ...req, relation: 'sibling' })).rejects.toMatchObject({ code: 'IDEMPOTENCY_CONFLICT' })
      })

      it('requires proof in Yichun and accepts it once uploaded (seed 001)', async () => {
        await loginAs(b, '周*强')
        expect(codesOf(await b.registerAuthorization(registration('360602198809212424', '王秀英', 'sibling')))).toEqual(['PROOF_REQUIRED'])
        const proof = await b.uploadProof({ fileName: 'hukou.jpg', mimeType: 'image/jpeg', sizeBytes: 350_000 })
        expect(proof.ok).toBe(true)
        if (!proof.ok) return
        const r = await b.registerAuthorization(registration('360602198809212424', '王秀英', 'sibling', { proofIds: [proof.value.id] }))
        expect(r.ok).toBe(true)
      })

      it.each([
        [{ fileName: 'a.pdf', mimeType: 'application/pdf', sizeBytes: 1000 }, 'FILE_TYPE'],
        [{ fileName: 'a.jpg', mimeType: 'image/jpeg', sizeBytes: 0 }, 'FILE_EMPTY'],
        [{ fileName: 'a.png', mimeType: 'image/png', sizeBytes: 10 * 1024 * 1024 + 1 }, 'FILE_TOO_LARGE'],
      ])('refuses the proof file %j', async (file, code) => {
        expect(codesOf(await b.uploadProof(file))).toEqual([code])
      })
    })

    describe('cancelling', () => {
      it('cancels, refuses a rebind the same day, accepts it the next day (seed 001)', async () => {
        const bound = await b.registerAuthorization(registration('360602202503081133', '李小宝', 'child'))
        if (!bound.ok) throw new Error('bind failed')
        const cancelled = await b.cancelAuthorization({ authorizationId: bound.value.id, idempotencyKey: key() })
        expect(cancelled.ok && cancelled.value).toMatchObject({ status: 'cancelled', endReason: '授权人解除' })
        const today = cancelled.ok ? cancelled.value.endedOn : undefined
        expect(cancelled.ok && cancelled.value.rebindableFrom).not.toBe(today)
        expect(codesOf(await b.registerAuthorization(registration('360602202503081133', '李小宝', 'child')))).toEqual(['CANCELLED_TODAY'])
        h.nextDay()
        expect((await b.registerAuthorization(registration('360602202503081133', '李小宝', 'child'))).ok).toBe(true)
      })

      it('lets the user side see and cancel the binding', async () => {
        await b.registerAuthorization(registration('360602198809212424', '王秀英', 'spouse'))
        await loginAs(b, '王*英')
        const { asUser } = await b.listAuthorizations()
        expect(asUser).toHaveLength(1)
        expect(asUser[0]).toMatchObject({ status: 'active', authorizer: { maskedName: '李*国' }, drawableFen: 328050 })
        const r = await b.cancelAuthorization({ authorizationId: asUser[0].id, idempotencyKey: key() })
        expect(r.ok && r.value).toMatchObject({ status: 'cancelled', endReason: '使用人解除' })
      })

      it('shows a binding ended by a suspension as ended, with the reason', async () => {
        const { asAuthorizer } = await b.listAuthorizations()
        expect(asAuthorizer.find((a) => a.user.maskedName === '张*兰')).toMatchObject({ status: 'ended', endReason: expect.stringContaining('暂停') })
      })

      it("cannot reach another family's binding", async () => {
        const { asAuthorizer } = await b.listAuthorizations()
        await loginAs(b, '周*强')
        await expect(b.cancelAuthorization({ authorizationId: asAuthorizer[0].id, idempotencyKey: key() })).rejects.toBeInstanceOf(BackendError)
        await expect(b.cancelAuthorization({ authorizationId: asAuthorizer[0].id, idempotencyKey: key() })).rejects.toMatchObject({ code: 'NOT_FOUND' })
      })
    })

    describe('balances and spending', () => {
      it("shows 李建国's personal account and family", async () => {
        await b.registerAuthorization(registration('360602202503081133', '李小宝', 'child'))
        const bal = await b.getBalances()
        expect(bal.personalAccount).toEqual({ carriedOverFen: 328050, currentYearFen: 115000 })
        const baby = bal.family.find((f) => f.person.maskedName === '李*宝')
        expect(baby).toMatchObject({ relation: 'child', drawableFen: 328050, outpatientFamilyAccount: { allowanceFen: 9000, remainingFen: 9000 } })
        expectNoPersonalData(bal)
      })

      it('pages a year of spending records, own account first', async () => {
        const first = await b.listSpending({ page: 1, pageSize: 20 })
        expect(first.total).toBeGreaterThanOrEqual(300)
        expect(first.items).toHaveLength(20)
        const second = await b.listSpending({ page: 2, pageSize: 20 })
        expect(second.items[0].id).not.toBe(first.items[0].id)
        for (const r of [...first.items, ...second.items]) expect(r.ownFen + r.authorizerFen + r.outpatientFamilyFen).toBe(r.amountFen)
        expectNoPersonalData(first)
      })

      it('filters by member, kind and month', async () => {
        const all = await b.listSpending({ page: 1, pageSize: 100 })
        const father = all.items.find((r) => r.relation === 'parent')?.person.ref
        expect(father).toBeDefined()
        const byMember = await b.listSpending({ page: 1, pageSize: 100, personRef: father })
        expect(byMember.items.every((r) => r.person.ref === father)).toBe(true)
        const drugs = await b.listSpending({ page: 1, pageSize: 100, kind: 'drug' })
        expect(drugs.items.every((r) => r.kind === 'drug')).toBe(true)
        const month = all.items[0].day.slice(0, 7)
        const inMonth = await b.listSpending({ page: 1, pageSize: 100, month })
        expect(inMonth.total).toBeGreaterThan(0)
        expect(inMonth.items.every((r) => r.day.startsWith(month))).toBe(true)
      })

      it("never shows one family's records to another", async () => {
        await loginAs(b, '周*强')
        const r = await b.listSpending({ page: 1, pageSize: 100 })
        expect(r.items.every((x) => ['周*强', '李*芳'].includes(x.person.maskedName))).toBe(true)
      })
    })

    describe('代缴 and 惠民保', () => {
      it('pays 李小宝’s 2026 premium once, even when the request is repeated', async () => {
        await b.registerAuthorization(registration('360602202503081133', '李小宝', 'child'))
        const candidates = await b.premiumCandidates(2026)
        const baby = candidates.find((c) => c.person.maskedName === '李*宝')
        const father = candidates.find((c) => c.person.maskedName === '李*明')
        expect(baby).toMatchObject({ eligible: true, amountFen: 40000 })
        expect(father).toMatchObject({ eligible: false })
        expect(father?.reasons[0].message).toContain('已缴纳')
        const req = { year: 2026, personRefs: [baby!.person.ref], idempotencyKey: key() }
        const [p1, p2] = await Promise.all([b.payResidentPremium(req), b.payResidentPremium(req)])
        expect(p1).toEqual(p2)
        expect(p1.ok && p1.value).toMatchObject({ totalFen: 40000, balanceBeforeFen: 328050, balanceAfterFen: 288050 })
        expect((await b.getBalances()).personalAccount?.carriedOverFen).toBe(288050)
        const again = await b.payResidentPremium({ ...req, idempotencyKey: key() })
        expect(codesOf(again)).toEqual(['ALREADY_PAID'])
        expect((await b.getBalances()).personalAccount?.carriedOverFen).toBe(288050)
        const payments = await b.listPayments()
        expect(payments).toHaveLength(1)
        expectNoPersonalData(payments)
      })

      it('pays several relatives in one order, looked up by ID number and name', async () => {
        await loginAs(b, '周*强')
        const extra = [
          { documentType: 'residentId' as const, documentNumber: '360602198809212424', name: '王秀英' },
          { documentType: 'residentId' as const, documentNumber: '360602202503081133', name: '李小宝' },
        ]
        for (const e of extra) await b.premiumCandidates(2026, e)
        const eligible = (await b.premiumCandidates(2026)).filter((c) => c.eligible)
        expect(eligible.map((c) => c.person.maskedName).sort()).toEqual(['李*宝', '李*芳', '王*英'])
        const paid = await b.payResidentPremium({ year: 2026, personRefs: eligible.map((c) => c.person.ref), idempotencyKey: key() })
        expect(paid.ok && paid.value).toMatchObject({ totalFen: 120000, balanceBeforeFen: 152000, balanceAfterFen: 32000 })
      })

      it('refuses an order over the 历年余额 and debits nothing', async () => {
        await b.registerAuthorization(registration('360602202503081133', '李小宝', 'child'))
        h.setCarriedOver('360602198604151314', 39999)
        const baby = (await b.premiumCandidates(2026)).find((c) => c.person.maskedName === '李*宝')
        const r = await b.payResidentPremium({ year: 2026, personRefs: [baby!.person.ref], idempotencyKey: key() })
        expect(codesOf(r)).toEqual(['INSUFFICIENT'])
        expect((await b.getBalances()).personalAccount?.carriedOverFen).toBe(39999)
        expect(await b.listPayments()).toEqual([])
        expect((await b.premiumCandidates(2026)).find((c) => c.person.maskedName === '李*宝')?.eligible).toBe(true)
      })

      it('does not offer 惠民保 in Yichun (no product in the seeds)', async () => {
        await loginAs(b, '周*强')
        const candidates = await b.huiminbaoCandidates(2026)
        expect(candidates.length).toBeGreaterThan(0)
        expect(candidates.every((c) => !c.eligible && c.reasons.some((r) => r.code === 'NOT_AVAILABLE'))).toBe(true)
      })

      it('refuses paying a premium for someone the member never looked up', async () => {
        await loginAs(b, '周*强')
        const refs = (await b.listDemoMembers()).map((d) => d.ref)
        await expect(b.payResidentPremium({ year: 2026, personRefs: [refs[0]], idempotencyKey: key() })).rejects.toMatchObject({ code: 'NOT_FOUND' })
      })

      it('offers 惠民保 to 本人, 配偶, 父母 and 子女 only (seed 000 §三), and charges it once', async () => {
        const candidates = await b.huiminbaoCandidates(2026)
        const offered = (name: string) => candidates.find((c) => c.person.maskedName === name)
        for (const name of ['李*国', '王*英', '李*宝', '李*明']) expect(offered(name)?.eligible).toBe(true)
        for (const name of ['李*华', '李*芳']) {
          expect(offered(name)?.eligible).toBe(false)
          expect(offered(name)?.reasons.map((r) => r.code)).toContain('RELATION_NOT_COVERED')
        }
        const r = await b.payHuiminbao({ year: 2026, personRefs: ['self'], idempotencyKey: key() })
        expect(r.ok && r.value.totalFen).toBe(6900)
        expect(codesOf(await b.payHuiminbao({ year: 2026, personRefs: ['self'], idempotencyKey: key() }))).toEqual(['ALREADY_ENROLLED'])
        expect((await b.getBalances()).personalAccount?.carriedOverFen).toBe(328050 - 6900)
      })
    })
  })
}
