// The backend contract: behaviour every adapter (the mock today, HTTP later) must show through the
// Backend interface alone. The harness supplies a fresh backend on the demo family and a way to move
// the server's day forward.
import type { Backend, Outcome, RecordQuery, RegisterAuthorizationRequest, SpendingRecord, SpendRequest, TicketOperation, UsageRecord } from '@/services/backend'
import { BackendError } from '@/services/backend'
import { PAYMENT_PROMISES } from '@/domain/promise'
import type { SignedIn, SignInOptions } from '../../support/sessions'

export interface ContractHarness {
  /** A client that sends the token `token` answers (none: not signed in). */
  client(token?: () => string | undefined): Backend
  /** A client of a new session of the demo member `memberRef` (H5 credential). */
  signIn(memberRef: string, options?: SignInOptions): Promise<SignedIn>
  nextDay(): void
  /** Moves the server's day by whole days (collection windows). */
  shiftDays(days: number): void
  /** Moves the server's clock by `ms` (sessions, tickets). */
  advance(ms: number): void
  /** Test hook: sets a member's 历年余额 (an HTTP test server needs the same hook). */
  setCarriedOver(idNumber: string, fen: number): void
  /** A designated place settles a visit for the patient (in real life the institution's channel). */
  settleAtPlace(patientRef: string, visit: Omit<SpendRequest, 'personRef'>): Promise<Outcome<SpendingRecord>>
}

const FULL_IDS = ['360602198604151314', '360602198809212424', '360602202503081133', '360602195807021516', '360602196003182626', '330106198305111753', '360681199008262843', '360902197901051178']
const FULL_NAMES = ['李建国', '王秀英', '李小宝', '李德明', '张桂兰', '李建华', '李建芳', '周志强']

let keySeq = 0
const key = () => `test-key-${++keySeq}-${Math.random().toString(36).slice(2)}`

type Registration = Omit<RegisterAuthorizationRequest, 'ticket'>

function registration(documentNumber: string, name: string, relation: RegisterAuthorizationRequest['relation'], extra: Partial<RegisterAuthorizationRequest> = {}): Registration {
  return { documentType: 'residentId', documentNumber, name, relation, promiseVersion: '2026-12', proofIds: [], idempotencyKey: key(), ...extra }
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

/** Binds 李小宝 to 李建国 and returns his ref (a real person who is not a demo login). */
async function bindBabyAndRef(b: SignedIn): Promise<string> {
  const r = await b.registerAuthorization(registration('360602202503081133', '李小宝', 'child'))
  if (!r.ok) throw new Error('could not bind 李小宝')
  return r.value.user.ref
}

/** The ref of a demo sign-in, by masked name. */
async function demoRef(b: Backend, maskedName: string): Promise<string> {
  const members = await b.listDemoMembers()
  const m = members.find((x) => x.maskedName === maskedName)
  if (!m) throw new Error(`no demo member ${maskedName}`)
  return m.ref
}

export function backendContract(name: string, makeHarness: () => ContractHarness): void {
  describe(`backend contract: ${name}`, () => {
    let h: ContractHarness
    let b: SignedIn
    /** Signs in as the demo member (a new session) and makes it the one the test talks through. */
    const loginAs = async (maskedName: string) => {
      b = await h.signIn(await demoRef(h.client(), maskedName))
      return b.currentMember()
    }
    beforeEach(async () => {
      h = makeHarness()
      await loginAs('李*国')
    })

    describe('session', () => {
      it('starts as 李建国 (masked) and lists the three demo logins', async () => {
        const m = await b.currentMember()
        expect(m).toMatchObject({ maskedName: '李*国', maskedId: '3606**********1314', scheme: 'employee', city: 'yingtan' })
        const demo = await b.listDemoMembers()
        expect(demo.map((d) => d.maskedName)).toEqual(['李*国', '王*英', '周*强'])
        expectNoPersonalData(demo)
      })
      it('refuses a sign-in that is not a demo member in one way, whether or not the ref names someone', async () => {
        const baby = await bindBabyAndRef(b)
        const errorOf = (ref: string) => h.client().signIn({ memberRef: ref, platform: 'h5' }).then(() => undefined, (e: BackendError) => [e.code, e.message])
        expect(await errorOf(baby)).toEqual(['NOT_FOUND', '该身份不是演示账号'])
        expect(await errorOf('p-nobody')).toEqual(await errorOf(baby))
      })
      it('switches to 王秀英 and 周志强', async () => {
        expect(await loginAs('王*英')).toMatchObject({ scheme: 'resident', maskedId: '3606**********2424' })
        expect(await loginAs('周*强')).toMatchObject({ scheme: 'employee', city: 'yichun' })
        expect(await b.currentMember()).toMatchObject({ maskedName: '周*强' })
      })
    })

    describe('sessions on the wire (domain.md "Sign-in, sessions and the 医保支付密码")', () => {
      const MIN = 60_000
      const unauthenticated = { code: 'UNAUTHENTICATED', message: '登录已过期，请重新登录' }
      const balance = async () => (await b.getBalances()).personalAccount?.carriedOverFen
      const drug = (amountFen: number): SpendRequest => ({ personRef: 'self', place: 'pharmacy', placeName: '国药控股鹰潭大药房', kind: 'drug', amountFen, idempotencyKey: key() })

      it('answers every call but the sign-in ones without a token with UNAUTHENTICATED, and does nothing', async () => {
        const anonymous = h.client()
        expect((await anonymous.listDemoMembers()).length).toBe(3)
        await expect(anonymous.currentMember()).rejects.toMatchObject(unauthenticated)
        await expect(anonymous.getBalances()).rejects.toMatchObject(unauthenticated)
        await expect(anonymous.spend(drug(1000))).rejects.toMatchObject(unauthenticated)
        await expect(anonymous.signOut()).rejects.toMatchObject(unauthenticated)
        expect((await b.getBalances()).personalAccount).toEqual({ carriedOverFen: 328050, currentYearFen: 115000 })
      })

      it('refuses a forged token (made up, altered, empty, too long) in the same words, and does nothing', async () => {
        for (const forged of ['0'.repeat(32), `${b.token.slice(0, -1)}${b.token.endsWith('0') ? '1' : '0'}`, b.token.toUpperCase(), '', 'x'.repeat(1000)]) {
          const c = h.client(() => forged)
          await expect(c.currentMember()).rejects.toMatchObject(unauthenticated)
          await expect(c.spend(drug(1000))).rejects.toMatchObject(unauthenticated)
        }
        expect((await b.getBalances()).personalAccount?.currentYearFen).toBe(115000)
      })

      it("keeps several sessions open; another session's token works only as that session", async () => {
        const li = b
        const zhou = await h.signIn(await demoRef(h.client(), '周*强'))
        expect(await h.client(() => zhou.token).currentMember()).toMatchObject({ maskedName: '周*强' })
        expect(await h.client(() => li.token).currentMember()).toMatchObject({ maskedName: '李*国' })
        // His token spends his money only.
        expect((await h.client(() => zhou.token).spend(drug(1000))).ok).toBe(true)
        expect((await li.getBalances()).personalAccount).toEqual({ carriedOverFen: 328050, currentYearFen: 115000 })
        expect((await zhou.listRecords({ pageSize: 1 })).items[0]).toMatchObject({ amountFen: 1000, person: { maskedName: '周*强' } })
        // A second session of the same member (another window) is its own.
        const second = await h.signIn(li.member.ref)
        expect(second.token).not.toBe(li.token)
        await second.signOut()
        expect(await li.currentMember()).toMatchObject({ maskedName: '李*国' })
      })

      it('answers the session: an opaque token, the member (masked), its absolute end 12 hours on', async () => {
        const session = await h.client().signIn({ memberRef: await demoRef(h.client(), '周*强'), platform: 'h5' })
        expect(session.token).toMatch(/^[0-9a-f]{32}$/)
        expect(session.member).toMatchObject({ maskedName: '周*强', city: 'yichun' })
        expect(Date.parse(session.expiresAt) - Date.parse((await b.getBalances()).asOf)).toBe(12 * 60 * MIN)
        expectNoPersonalData(session)
      })

      it('takes the platform login code on WeChat and Alipay, none on H5', async () => {
        const ref = await demoRef(h.client(), '周*强')
        const c = h.client()
        expect((await c.signIn({ memberRef: ref, platform: 'weapp', code: 'wx-code-1' })).member.maskedName).toBe('周*强')
        expect((await c.signIn({ memberRef: ref, platform: 'alipay', code: 'ali-auth-code' })).member.maskedName).toBe('周*强')
        await expect(c.signIn({ memberRef: ref, platform: 'weapp' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
        await expect(c.signIn({ memberRef: ref, platform: 'alipay', code: '' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
        await expect(c.signIn({ memberRef: ref, platform: 'h5', code: 'x' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
        await expect(c.signIn({ memberRef: ref, platform: 'ios' } as never)).rejects.toMatchObject({ code: 'BAD_REQUEST' })
      })

      it('ends a session 30 minutes (and at most a minute more) after its last call (server clock), and nothing is done with it then', async () => {
        h.advance(29 * MIN)
        expect(await b.currentMember()).toMatchObject({ maskedName: '李*国' })
        h.advance(29 * MIN)
        expect(await balance()).toBe(328050)
        // 30 minutes and the minute allowed for noting calls only once a minute.
        h.advance(31 * MIN)
        await expect(b.currentMember()).rejects.toMatchObject(unauthenticated)
        await expect(b.spend(drug(1000))).rejects.toMatchObject(unauthenticated)
        await loginAs('李*国')
        expect((await b.getBalances()).personalAccount?.currentYearFen).toBe(115000)
      })

      it('counts the 30 minutes from the last call itself, though the server notes a call only once a minute', async () => {
        h.advance(59_000)
        expect(await b.currentMember()).toMatchObject({ maskedName: '李*国' })
        h.advance(30 * MIN + 30_000 - 59_000)
        expect(await b.currentMember()).toMatchObject({ maskedName: '李*国' })
        h.advance(31 * MIN + 1000)
        await expect(b.currentMember()).rejects.toMatchObject(unauthenticated)
      })

      it('ends a session 12 hours after sign-in however busy', async () => {
        for (let t = 0; t < 12 * 60 - 20; t += 20) {
          h.advance(20 * MIN)
          expect(await balance()).toBe(328050)
        }
        h.advance(20 * MIN)
        await expect(b.getBalances()).rejects.toMatchObject(unauthenticated)
      })

      it('ends a session at sign-out: its token is refused from then on, other sessions stay open', async () => {
        const other = await h.signIn(await demoRef(h.client(), '王*英'))
        await b.signOut()
        await expect(b.currentMember()).rejects.toMatchObject(unauthenticated)
        await expect(b.signOut()).rejects.toMatchObject(unauthenticated)
        expect(await other.currentMember()).toMatchObject({ maskedName: '王*英' })
      })
    })

    describe('the 医保支付密码 and its tickets', () => {
      const MIN = 60_000
      let raw: SignedIn
      let wife: string
      beforeEach(async () => {
        await b.registerAuthorization(registration('360602198809212424', '王秀英', 'spouse'))
        wife = (await b.premiumCandidates()).candidates.find((c) => c.person.maskedName === '王*英')!.person.ref
        raw = await h.signIn(b.member.ref, { autoTicket: false })
      })
      // What the person saw (issue 20): 王秀英's 2027 premium, 400.00, benefits from 2027-01-01.
      const premium = () => ({ personRefs: [wife], year: 2027, totalFen: 40000, coverageFrom: '2027-01-01', promiseVersion: PAYMENT_PROMISES.residentPremium.version, idempotencyKey: key() })
      const ticketFor = async (as: SignedIn, operation: TicketOperation, request: object, password = '135790') => {
        const t = await as.verifyPassword({ operation, request, password })
        if (!t.ok) throw new Error(JSON.stringify(t.reasons))
        return t.value.ticket
      }
      const balance = async () => (await b.getBalances()).personalAccount?.carriedOverFen
      const required = { ok: false, reasons: [{ code: 'VERIFICATION_REQUIRED', message: '请重新输入医保支付密码' }] }

      it('pays with a ticket for exactly that request, valid 5 minutes (server clock)', async () => {
        const req = premium()
        const t = await raw.verifyPassword({ operation: 'payResidentPremium', request: req, password: '135790' })
        expect(t.ok && Date.parse(t.value.expiresAt) - Date.parse((await b.getBalances()).asOf)).toBe(5 * MIN)
        h.advance(5 * MIN - 1000)
        const paid = await raw.payResidentPremium({ ...req, ticket: t.ok ? t.value.ticket : '' })
        expect(paid.ok).toBe(true)
        expect(await balance()).toBe(328050 - 40000)
      })

      it('refuses a payment, a 惠民保 and a registration without a ticket, charging and binding nothing', async () => {
        expect(await raw.payResidentPremium({ ...premium(), ticket: '' })).toEqual(required)
        expect(await raw.payHuiminbao({ personRefs: ['self'], idempotencyKey: key(), ticket: 'no-such-ticket' })).toEqual(required)
        expect(await raw.registerAuthorization({ ...registration('360602202503081133', '李小宝', 'child'), ticket: '' })).toEqual(required)
        const withoutField = { personRefs: ['self'], idempotencyKey: key() } as unknown as Parameters<Backend['payHuiminbao']>[0]
        expect(await raw.payHuiminbao(withoutField)).toEqual(required)
        expect(await balance()).toBe(328050)
        expect((await b.listAuthorizations()).asAuthorizer.some((a) => a.user.maskedName === '李*宝')).toBe(false)
        expect(await b.listPayments()).toEqual([])
      })

      it('uses a ticket once: a request refused after its ticket was checked needs a new one', async () => {
        const req = premium()
        const ticket = await ticketFor(raw, 'payResidentPremium', req)
        h.setCarriedOver('360602198604151314', 39999)
        expect(codesOf(await raw.payResidentPremium({ ...req, ticket }))).toEqual(['INSUFFICIENT'])
        h.setCarriedOver('360602198604151314', 328050)
        expect(await raw.payResidentPremium({ ...req, ticket })).toEqual(required)
        expect(await balance()).toBe(328050)
        expect((await raw.payResidentPremium({ ...req, ticket: await ticketFor(raw, 'payResidentPremium', req) })).ok).toBe(true)
      })

      it('a used ticket is good for nothing else', async () => {
        const first = premium()
        const seen = { year: 2027, totalFen: 6900, promiseVersion: PAYMENT_PROMISES.huiminbao.version }
        const ticket = await ticketFor(raw, 'payHuiminbao', { personRefs: ['self'], ...seen, idempotencyKey: first.idempotencyKey })
        expect((await raw.payHuiminbao({ personRefs: ['self'], ...seen, idempotencyKey: first.idempotencyKey, ticket })).ok).toBe(true)
        expect(await raw.payResidentPremium({ ...premium(), ticket })).toEqual(required)
        const again = { personRefs: [wife], idempotencyKey: key() }
        expect(await raw.payHuiminbao({ ...again, ticket })).toEqual(required)
        expect(await balance()).toBe(328050 - 6900)
      })

      it('refuses a ticket for another request (other people, other key), and it stays usable for its own', async () => {
        const req = premium()
        const ticket = await ticketFor(raw, 'payResidentPremium', req)
        expect(await raw.payResidentPremium({ ...req, personRefs: ['self'], idempotencyKey: key(), ticket })).toEqual(required)
        expect(await raw.payResidentPremium({ ...req, idempotencyKey: key(), ticket })).toEqual(required)
        expect(await balance()).toBe(328050)
        expect((await raw.payResidentPremium({ ...req, ticket })).ok).toBe(true)
      })

      it('binds a key to its request also when the ticket check refused it: another request under that key is a conflict, the same one goes through (issue 20 item 6)', async () => {
        const req = premium()
        expect(await raw.payResidentPremium({ ...req, ticket: 'forged-ticket-0123456789' })).toEqual(required)
        const other = { ...req, personRefs: ['self'] }
        await expect(raw.payResidentPremium({ ...other, ticket: await ticketFor(raw, 'payResidentPremium', other) })).rejects.toMatchObject({ code: 'IDEMPOTENCY_CONFLICT', message: '请求编号已被其他请求使用' })
        expect(await balance()).toBe(328050)
        expect((await raw.payResidentPremium({ ...req, ticket: await ticketFor(raw, 'payResidentPremium', req) })).ok).toBe(true)
        expect(await balance()).toBe(328050 - 40000)
      })

      it('refuses a ticket for another operation', async () => {
        const req = { personRefs: [wife], idempotencyKey: key() }
        const ticket = await ticketFor(raw, 'payHuiminbao', req)
        expect(await raw.payResidentPremium({ ...req, ticket })).toEqual(required)
        expect(await balance()).toBe(328050)
      })

      // 变更 of a binding is among the operations that need the 医保支付密码 (domain.md).
      const spouseBinding = async () => (await b.listAuthorizations()).asAuthorizer.find((a) => a.user.maskedName === '王*英')!
      const toSibling = async () => ({ authorizationId: (await spouseBinding()).id, relation: 'sibling' as const, proofIds: [], promiseVersion: '2026-12', idempotencyKey: key() })

      it('refuses a 变更 without a ticket or with a forged one, changing nothing; with its ticket it is made', async () => {
        const req = await toSibling()
        expect(await raw.changeAuthorization({ ...req, ticket: '' })).toEqual(required)
        expect(await raw.changeAuthorization({ ...req, ticket: 'forged-ticket-0123456789' })).toEqual(required)
        expect(await raw.changeAuthorization(req as unknown as Parameters<Backend['changeAuthorization']>[0])).toEqual(required)
        expect(await spouseBinding()).toMatchObject({ status: 'active', relation: 'spouse' })
        expect((await spouseBinding()).history ?? []).toEqual([])
        const changed = await raw.changeAuthorization({ ...req, ticket: await ticketFor(raw, 'changeAuthorization', req) })
        expect(changed.ok && changed.value.relation).toBe('sibling')
      })

      it('refuses a 变更 sent with a ticket issued for 授权登记 (of the very same request text)', async () => {
        const req = await toSibling()
        const ticket = await ticketFor(raw, 'registerAuthorization', req)
        expect(await raw.changeAuthorization({ ...req, ticket })).toEqual(required)
        expect(await spouseBinding()).toMatchObject({ status: 'active', relation: 'spouse' })
        expect((await spouseBinding()).history ?? []).toEqual([])
      })

      it("refuses another member's ticket", async () => {
        const zhou = await h.signIn(await demoRef(h.client(), '周*强'), { autoTicket: false })
        const fang = (await zhou.premiumCandidates()).candidates.find((c) => c.person.maskedName === '李*芳')!.person.ref
        const req = { personRefs: [fang], year: 2027, totalFen: 40000, coverageFrom: '2027-01-01', promiseVersion: PAYMENT_PROMISES.residentPremium.version, idempotencyKey: key() }
        const hisTicket = await ticketFor(zhou, 'payResidentPremium', req, '246801')
        // 李建国 sends 周志强's ticket (for the same request text, under a key of his own): no.
        const his = { ...req, idempotencyKey: key() }
        expect(await raw.payResidentPremium({ ...his, ticket: await ticketFor(zhou, 'payResidentPremium', his, '246801') })).toEqual(required)
        const mine = await ticketFor(raw, 'payResidentPremium', req)
        expect(await zhou.payResidentPremium({ ...req, ticket: mine })).toEqual(required)
        expect((await zhou.payResidentPremium({ ...req, ticket: hisTicket })).ok).toBe(true)
      })

      it('refuses a ticket after its 5 minutes', async () => {
        const req = premium()
        const ticket = await ticketFor(raw, 'payResidentPremium', req)
        h.advance(5 * MIN)
        expect(await raw.payResidentPremium({ ...req, ticket })).toEqual(required)
        expect(await balance()).toBe(328050)
      })

      it('answers a retry of an answered request (same key) with the first answer: no second charge, no ticket used', async () => {
        const req = premium()
        const first = await raw.payResidentPremium({ ...req, ticket: await ticketFor(raw, 'payResidentPremium', req) })
        const fresh = await ticketFor(raw, 'payResidentPremium', req)
        expect(await raw.payResidentPremium({ ...req, ticket: fresh })).toEqual(first)
        expect(await raw.payResidentPremium({ ...req, ticket: 'used-or-not' })).toEqual(first)
        expect(await balance()).toBe(328050 - 40000)
      })

      it('cancelling a binding needs no password', async () => {
        const bound = (await b.listAuthorizations()).asAuthorizer.find((a) => a.user.maskedName === '王*英')!
        expect((await raw.cancelAuthorization({ authorizationId: bound.id, idempotencyKey: key() })).ok).toBe(true)
      })

      it('says how many tries are left, and locks these operations after 5 wrong passwords in one day until 00:00 the next day', async () => {
        const req = premium()
        const tryWith = (password: string) => raw.verifyPassword({ operation: 'payResidentPremium', request: req, password })
        const early = await ticketFor(raw, 'payResidentPremium', req)
        for (let n = 1; n <= 4; n++) expect(await tryWith('000000')).toEqual({ ok: false, reasons: [{ code: 'PASSWORD_WRONG', message: `医保支付密码不正确，今天还可以再试${5 - n}次` }] })
        const locked = await tryWith('000000')
        expect(locked).toEqual({ ok: false, reasons: [expect.objectContaining({ code: 'PASSWORD_LOCKED' })] })
        const text = JSON.stringify(locked)
        expect(text).toContain('2026年11月23日0时')
        expect(text).toContain('经办机构')
        expect(text).toContain('12393')
        // Locked: the right password too, and a ticket got before; 周志强 is not locked.
        expect(codesOf(await tryWith('135790'))).toEqual(['PASSWORD_LOCKED'])
        expect(codesOf(await raw.payResidentPremium({ ...req, ticket: early }))).toEqual(['PASSWORD_LOCKED'])
        const zhou = await h.signIn(await demoRef(h.client(), '周*强'), { autoTicket: false })
        expect((await zhou.verifyPassword({ operation: 'payHuiminbao', request: {}, password: '246801' })).ok).toBe(true)
        expect(await balance()).toBe(328050)
        // 2026-11-22 23:59:59 in China is still that day; 00:00 on the 23rd is the next.
        h.advance(Date.parse('2026-11-22T15:59:59Z') - Date.parse('2026-11-22T02:00:00Z'))
        const stillLocked = await h.signIn(b.member.ref, { autoTicket: false })
        expect(codesOf(await stillLocked.verifyPassword({ operation: 'payResidentPremium', request: req, password: '135790' }))).toEqual(['PASSWORD_LOCKED'])
        h.advance(1000)
        const nextDay = await h.signIn(b.member.ref, { autoTicket: false })
        const ticket = await ticketFor(nextDay, 'payResidentPremium', req)
        expect((await nextDay.payResidentPremium({ ...req, ticket })).ok).toBe(true)
      })

      it('does not count a password that is not 6 digits as a wrong one', async () => {
        const req = premium()
        for (const pw of ['12345', '1234567', 'abcdef', '']) expect(codesOf(await raw.verifyPassword({ operation: 'payResidentPremium', request: req, password: pw }))).toEqual(['PASSWORD_FORMAT'])
        expect(await raw.verifyPassword({ operation: 'payResidentPremium', request: req, password: '000000' })).toMatchObject({ reasons: [{ message: expect.stringContaining('还可以再试4次') }] })
      })
    })

    describe('what a refusal may reveal (domain.md)', () => {
      it('has no call that answers about another person by ID number', () => {
        expect('lookupPerson' in b).toBe(false)
      })

      it.each(FULL_IDS.map((id, i) => [FULL_NAMES[i], id]))('a wrong name for %s (%s) says only 「证件号码与姓名不一致或未查询到参保信息」', async (_who, id) => {
        const nobody = await b.registerAuthorization(registration('11010519491231002X', '张三', 'sibling'))
        for (const relation of ['parent', 'sibling', 'child'] as const) {
          const r = await b.registerAuthorization(registration(id, '张三', relation))
          expect(r).toEqual({ ok: false, reasons: [expect.objectContaining({ code: 'IDENTITY_UNVERIFIED', message: '证件号码与姓名不一致或未查询到参保信息' })] })
          // Word for word what a number nobody is insured under gets: no city, scheme, status or binding.
          expect(r).toEqual(nobody)
          expect(JSON.stringify(r)).not.toMatch(/暂停|终止|杭州|浙江|宜春|鹰潭|居民医保费|已被|已与您|本人/)
        }
      })

      it('a number nobody is insured under gets the very same answer', async () => {
        const nobody = await b.registerAuthorization(registration('11010519491231002X', '赵六', 'sibling'))
        const wrongName = await b.registerAuthorization(registration('360602196003182626', '张三', 'sibling'))
        expect(nobody.ok || nobody.reasons).toEqual(wrongName.ok || wrongName.reasons)
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
        ['王秀英 declared 父母 though younger (rule 9)', '360602198809212424', '王秀英', 'parent', ['RELATION_AGE']],
        ['李德明 declared 子女 though older (rule 9)', '360602195807021516', '李德明', 'child', ['ALREADY_BOUND', 'RELATION_AGE']],
      ] as const)('refuses %s', async (_n, id, personName, relation, codes) => {
        const r = await b.registerAuthorization(registration(id, personName, relation))
        expect(codesOf(r)).toEqual(codes)
        if (!r.ok) for (const reason of r.reasons) expect(reason.message).toMatch(/[\u4e00-\u9fff]/)
      })

      it('a resident-scheme member cannot register (rule 1): she has no 医保支付密码 to verify it with, and is told so', async () => {
        await loginAs('王*英')
        const req = registration('360602202503081133', '李小宝', 'child')
        expect(codesOf(await b.verifyPassword({ operation: 'registerAuthorization', request: req, password: '135790' }))).toEqual(['NO_PAYMENT_PASSWORD'])
        expect(codesOf(await b.registerAuthorization(req))).toEqual(['VERIFICATION_REQUIRED'])
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
        await loginAs('周*强')
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
        await loginAs('王*英')
        const { asUser } = await b.listAuthorizations()
        expect(asUser).toHaveLength(1)
        expect(asUser[0]).toMatchObject({ status: 'active', authorizer: { maskedName: '李*国' }, drawableFen: 328050 })
        const r = await b.cancelAuthorization({ authorizationId: asUser[0].id, idempotencyKey: key() })
        expect(r.ok && r.value).toMatchObject({ status: 'cancelled', endReason: '使用人解除' })
      })

      it('shows a binding ended by a suspension as ended, with the reason and what it takes to bind again: not a date', async () => {
        const { asAuthorizer } = await b.listAuthorizations()
        const ended = asAuthorizer.find((a) => a.user.maskedName === '张*兰')
        expect(ended).toMatchObject({ status: 'ended', endReason: expect.stringContaining('暂停'), rebindAdvice: '待对方（使用人）恢复参保后，可重新办理授权登记' })
        // The next-day rebind date belongs to a 解除 (rule 5), not to an automatic end.
        expect(ended?.rebindableFrom).toBeUndefined()
      })

      it("cannot reach another family's binding", async () => {
        const { asAuthorizer } = await b.listAuthorizations()
        await loginAs('周*强')
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
        expect(baby).toMatchObject({ relation: 'child', drawableFen: 328050, outpatientFamilyAccount: { allowanceFen: 27000 } })
        expectNoPersonalData(bal)
      })

      it('keeps one 门诊家庭账户 for the household 王秀英, 李小宝, 李德明: 270.00 for 2026, the same pool for each (domain.md)', async () => {
        await b.registerAuthorization(registration('360602202503081133', '李小宝', 'child'))
        const family = (await b.getBalances()).family
        const pools = ['李*宝', '李*明'].map((n) => family.find((f) => f.person.maskedName === n)?.outpatientFamilyAccount)
        await loginAs('王*英')
        const own = (await b.getBalances()).outpatientFamilyAccount
        // With the places it can be used at, as people read them (seed 000 §二 table, through the domain policy).
        expect(own).toMatchObject({ allowanceFen: 27000, year: 2026, places: ['乡卫生院', '社区卫生服务中心', '村卫生计生服务室', '县级中医院（中医药治疗）'] })
        expect(own!.remainingFen).toBeGreaterThan(0)
        expect(own!.remainingFen).toBeLessThan(27000)
        for (const pool of pools) expect(pool).toEqual({ allowanceFen: own!.allowanceFen, remainingFen: own!.remainingFen })
      })

      it('pages a year of spending records, own account first', async () => {
        const first = await b.listRecords({ pageSize: 20 })
        expect(first.total).toBeGreaterThanOrEqual(250)
        expect(first.items).toHaveLength(20)
        const second = await b.listRecords({ cursor: first.nextCursor, pageSize: 20 })
        expect(second.items[0].id).not.toBe(first.items[0].id)
        for (const r of [...first.items, ...second.items]) expect(r.type === 'spending' && r.ownFen + r.authorizerFen + r.outpatientFamilyFen).toBe(r.amountFen)
        expectNoPersonalData(first)
      })

      it('filters by member, kind and month', async () => {
        const all = await b.listRecords({ pageSize: 100 })
        const father = all.items.find((r) => r.relation === 'parent')?.person.ref
        expect(father).toBeDefined()
        // Each filter keeps some records and drops others: never an empty list that passes `.every` by itself.
        const byMember = await b.listRecords({ pageSize: 100, personRef: father })
        expect(byMember.items.length).toBeGreaterThan(0)
        expect(byMember.total).toBeLessThan(all.total)
        expect(byMember.items.every((r) => r.person.ref === father)).toBe(true)
        const drugs = await b.listRecords({ pageSize: 100, kind: 'drug' })
        expect(drugs.items.length).toBeGreaterThan(0)
        expect(drugs.total).toBeLessThan(all.total)
        expect(drugs.items.every((r) => r.kind === 'drug')).toBe(true)
        const month = all.items[0].day.slice(0, 7)
        const inMonth = await b.listRecords({ pageSize: 100, month })
        expect(inMonth.items.length).toBeGreaterThan(0)
        expect(inMonth.total).toBeLessThan(all.total)
        expect(inMonth.items.every((r) => r.day.startsWith(month))).toBe(true)
        // All three at once: what the three filters say together, and not nothing.
        const fatherDrugs = await b.listRecords({ pageSize: 100, personRef: father, kind: 'drug' })
        expect(fatherDrugs.items.length).toBeGreaterThan(0)
        expect(fatherDrugs.items.every((r) => r.person.ref === father && r.kind === 'drug')).toBe(true)
      })

      it("never shows one family's records to another", async () => {
        await loginAs('周*强')
        const r = await b.listRecords({ pageSize: 100 })
        const drugs = await b.listRecords({ pageSize: 100, kind: 'drug' })
        // His own and his relative's records are there (by kind too); nobody else's.
        for (const list of [r, drugs]) {
          expect(new Set(list.items.map((x) => x.person.maskedName))).toEqual(new Set(['周*强', '李*芳']))
          expect(list.items.every((x) => ['周*强', '李*芳'].includes(x.person.maskedName))).toBe(true)
        }
      })
    })

    describe('spending (共济使用): the deduction order on real balances (domain.md Spending)', () => {
      const fatherRef = async () => (await b.listAuthorizations()).asAuthorizer.find((a) => a.user.maskedName === '李*明' && a.status === 'active')!.user.ref
      const visit = (personRef: string, amountFen: number, extra: Partial<SpendRequest> = {}): SpendRequest => ({ personRef, place: 'communityCenter', placeName: '月湖区东湖社区卫生服务中心', kind: 'outpatient', amountFen, idempotencyKey: key(), ...extra })
      const place = (patientRef: string, req: SpendRequest) => h.settleAtPlace(patientRef, req)
      const poolOfFather = async () => (await b.getBalances()).family.find((f) => f.person.maskedName === '李*明')!.outpatientFamilyAccount!.remainingFen

      it("draws the household's 门诊家庭账户 first, then 李建国's 历年余额 for the rest, for every member of the household", async () => {
        const father = await fatherRef()
        const pool = await poolOfFather()
        const r = await place(father, visit('self', pool + 5000))
        // The place answers the patient: her own visit, paid by her household's pool, then by the authorizer bound to her.
        expect(r.ok && r.value).toMatchObject({ ownFen: 0, outpatientFamilyFen: pool, authorizerFen: 5000, relation: 'self', authorizer: { maskedName: '李*国' } })
        expectNoPersonalData(r)
        expect(await poolOfFather()).toBe(0)
        expect((await b.getBalances()).personalAccount?.carriedOverFen).toBe(328050 - 5000)
        const listed = (await b.listRecords({ pageSize: 1 })).items[0]
        expect(listed.id).toBe(r.ok && r.value.id)
        // Listed to the authorizer, his father's visit shows only what his 历年余额 paid.
        expect(listed).toMatchObject({ amountFen: 5000, ownFen: 0, outpatientFamilyFen: 0, authorizerFen: 5000 })
        await loginAs('王*英')
        expect((await b.getBalances()).outpatientFamilyAccount?.remainingFen).toBe(0)
      })

      it("uses the person's own account first: 李建国's own purchase comes from his 当年余额", async () => {
        const r = await b.spend(visit('self', 3000, { place: 'pharmacy', placeName: '国药控股鹰潭大药房', kind: 'drug' }))
        expect(r.ok && r.value).toMatchObject({ ownFen: 3000, authorizerFen: 0, outpatientFamilyFen: 0, relation: 'self' })
        expect((await b.getBalances()).personalAccount).toEqual({ carriedOverFen: 328050, currentYearFen: 115000 - 3000 })
      })

      it.each([
        ['Yingtan inpatient costs (seed 000: 住院费用 否)', { place: 'cityHospital', placeName: '鹰潭市人民医院', kind: 'inpatient' }, 100000, 'KIND_NOT_PAYABLE'],
        ['a visit outside Jiangxi (seed 001)', { place: 'outOfProvince', placeName: '浙江大学医学院附属第一医院', kind: 'outpatient' }, 100000, 'CROSS_PROVINCE'],
        ['more than the 历年余额 (不可透支)', { place: 'pharmacy', placeName: '国药控股鹰潭大药房', kind: 'drug' }, 328051, 'INSUFFICIENT'],
      ] as const)('refuses %s with its reason, and nothing moves', async (_n, where, amountFen, code) => {
        const father = await fatherRef()
        const before = await b.getBalances()
        const records = (await b.listRecords({ pageSize: 1 })).total
        const r = await place(father, visit('self', amountFen, where))
        expect(codesOf(r)).toEqual([code])
        if (!r.ok) expect(r.reasons[0].message).toMatch(/[\u4e00-\u9fff]/)
        expect(await b.getBalances()).toEqual({ ...before, asOf: expect.any(String) })
        expect((await b.listRecords({ pageSize: 1 })).total).toBe(records)
      })

      it('lets a resident with no binding draw only the household 门诊家庭账户, and refuses the rest (no overdraft)', async () => {
        await loginAs('王*英')
        const pool = (await b.getBalances()).outpatientFamilyAccount!.remainingFen
        expect(codesOf(await b.spend(visit('self', pool + 1)))).toEqual(['INSUFFICIENT'])
        expect(codesOf(await b.spend(visit('self', 1000, { place: 'cityHospital', placeName: '鹰潭市人民医院' })))).toEqual(['NOT_COVERED'])
        const r = await b.spend(visit('self', pool))
        expect(r.ok && r.value).toMatchObject({ ownFen: 0, authorizerFen: 0, outpatientFamilyFen: pool, relation: 'self' })
        expect((await b.getBalances()).outpatientFamilyAccount?.remainingFen).toBe(0)
      })

      it('settles a repeated request once', async () => {
        const father = await fatherRef()
        const req = visit('self', 40000, { place: 'pharmacy', placeName: '国药控股鹰潭大药房', kind: 'drug' })
        const [r1, r2] = await Promise.all([place(father, req), place(father, req)])
        expect(r1).toEqual(r2)
        expect((await b.getBalances()).personalAccount?.carriedOverFen).toBe(328050 - 40000)
        expect(await place(father, req)).toEqual(r1)
        await expect(place(father, { ...req, amountFen: 1 })).rejects.toMatchObject({ code: 'IDEMPOTENCY_CONFLICT' })
        const own = visit('self', 1000, { place: 'pharmacy', placeName: '国药控股鹰潭大药房', kind: 'drug' })
        expect((await b.spend(own)).ok).toBe(true)
        expect(await b.spend(own)).toEqual(await b.spend(own))
      })

      it("nobody settles another member's visit: not her authorizer, not a stranger; one answer that reveals nothing, and nothing moves", async () => {
        const father = await fatherRef()
        const before = await b.getBalances()
        const refusal = { ok: false, reasons: [{ code: 'PATIENT_ONLY', message: '就医结算只能为本人办理，请由就诊人本人或定点医药机构结算' }] }
        expect(await b.spend(visit(father, 1000))).toEqual(refusal)
        expect(await b.spend(visit('p-nobody', 1000))).toEqual(refusal)
        expect(await b.getBalances()).toEqual({ ...before, asOf: expect.any(String) })
        await loginAs('周*强')
        expect(await b.spend(visit(father, 1000))).toEqual(refusal)
        await loginAs('王*英')
        const wife = (await b.currentMember()).ref
        expect((await b.spend(visit(wife, 100))).ok).toBe(true)
      })
    })

    describe('代缴 and 惠民保: the server decides 年度, category and amount (domain.md)', () => {
      const bindWife = () => b.registerAuthorization(registration('360602198809212424', '王秀英', 'spouse'))
      const bindBaby = () => b.registerAuthorization(registration('360602202503081133', '李小宝', 'child'))
      const candidate = async (maskedName: string) => (await b.premiumCandidates()).candidates.find((c) => c.person.maskedName === maskedName)

      it('offers the 2027年度 in November 2026 (assumed: 「以医保部门公布为准」), covered from 2027-01-01', async () => {
        const offer = await b.premiumCandidates()
        expect(offer.collection).toEqual({ year: 2027, window: { opens: '2026-10-15', closes: '2027-02-28' }, assumed: true, coverage: { from: '2027-01-01', kind: 'wholeYear' } })
        expect(offer.closed).toBeUndefined()
      })

      it('lists only bound relatives, each with category and amount, or where it was paid', async () => {
        expect((await b.premiumCandidates()).candidates.map((c) => c.person.maskedName)).toEqual(['李*明'])
        const father = await candidate('李*明')
        expect(father).toMatchObject({ eligible: false, category: 'ordinary', reasons: [expect.objectContaining({ code: 'ALREADY_PAID' })] })
        expect(father?.reasons[0].message).toBe('2027年度居民医保费已缴纳（“赣服通”APP 医保专区），不能重复缴费')
        await bindWife()
        expect(await candidate('王*英')).toMatchObject({ eligible: true, relation: 'spouse', category: 'ordinary', amountFen: 40000 })
      })

      it("pays 王秀英's 2027 premium once for a double tap: ¥3,280.50 → ¥2,880.50", async () => {
        await bindWife()
        const wife = await candidate('王*英')
        const req = { personRefs: [wife!.person.ref], idempotencyKey: key() }
        const [p1, p2] = await Promise.all([b.payResidentPremium(req), b.payResidentPremium(req)])
        expect(p1).toEqual(p2)
        expect(p1.ok && p1.value).toMatchObject({ kind: 'residentPremium', year: 2027, totalFen: 40000, balanceBeforeFen: 328050, balanceAfterFen: 288050, assumed: true, coverage: { from: '2027-01-01', kind: 'wholeYear' } })
        expect((await b.getBalances()).personalAccount?.carriedOverFen).toBe(288050)
        const again = await b.payResidentPremium({ ...req, idempotencyKey: key() })
        expect(codesOf(again)).toEqual(['ALREADY_PAID'])
        expect(again.ok || again.reasons[0].message).toContain('本应用 家庭账户共济代缴')
        expect((await b.getBalances()).personalAccount?.carriedOverFen).toBe(288050)
        const payments = await b.listPayments()
        expect(payments).toHaveLength(1)
        expectNoPersonalData(payments)
      })

      it('refuses a malformed whom-to-pay as a bad request, charging nothing', async () => {
        await bindWife()
        const wife = await candidate('王*英')
        const asString = { personRefs: wife!.person.ref, idempotencyKey: key() } as unknown as Parameters<Backend['payResidentPremium']>[0]
        await expect(b.payResidentPremium(asString)).rejects.toMatchObject({ code: 'BAD_REQUEST' })
        await expect(b.payHuiminbao({ ...asString, idempotencyKey: key() })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
        const notAString = { personRef: [wife!.person.ref], idempotencyKey: key() } as unknown as Parameters<Backend['confirmNewbornExemption']>[0]
        await expect(b.confirmNewbornExemption(notAString)).rejects.toMatchObject({ code: 'BAD_REQUEST' })
        expect((await b.getBalances()).personalAccount?.carriedOverFen).toBe(328050)
      })

      it('takes no year or amount from the client: one it did not offer is refused with its own figures, nothing charged', async () => {
        await bindWife()
        const wife = await candidate('王*英')
        const forged = await b.payResidentPremium({ year: 2025, totalFen: 1, personRefs: [wife!.person.ref], idempotencyKey: key() })
        expect(forged.ok ? [] : forged.reasons).toEqual([expect.objectContaining({ code: 'OFFER_CHANGED', offer: { year: 2027, totalFen: 40000, coverageFrom: '2027-01-01' } })])
        const forgedHuiminbao = await b.payHuiminbao({ year: 2031, personRefs: ['self'], idempotencyKey: key() })
        expect(forgedHuiminbao.ok ? [] : forgedHuiminbao.reasons).toEqual([expect.objectContaining({ code: 'OFFER_CHANGED', offer: { year: 2027, totalFen: 6900 } })])
        expect((await b.getBalances()).personalAccount?.carriedOverFen).toBe(328050)
        expect(await b.listPayments()).toEqual([])
      })

      it('shows 李小宝 as 免缴 and records his 新生儿免缴确认 once, ¥0.00, balance unchanged', async () => {
        await bindBaby()
        const baby = await candidate('李*宝')
        expect(baby).toMatchObject({ eligible: false, category: 'newbornExempt', amountFen: 0, exemption: { confirmed: false, confirmable: true } })
        expect(codesOf(await b.payResidentPremium({ personRefs: [baby!.person.ref], idempotencyKey: key() }))).toEqual(['NEWBORN_EXEMPT'])
        const req = { personRef: baby!.person.ref, idempotencyKey: key() }
        const [c1, c2] = await Promise.all([b.confirmNewbornExemption(req), b.confirmNewbornExemption(req)])
        expect(c1).toEqual(c2)
        expect(c1.ok && c1.value).toMatchObject({ kind: 'newbornExemption', year: 2027, totalFen: 0, balanceBeforeFen: 328050, balanceAfterFen: 328050, lines: [{ amountFen: 0 }] })
        expect(codesOf(await b.confirmNewbornExemption({ ...req, idempotencyKey: key() }))).toEqual(['ALREADY_CONFIRMED'])
        expect((await candidate('李*宝'))?.exemption).toEqual({ confirmed: true, confirmable: false })
        expect((await b.getBalances()).personalAccount?.carriedOverFen).toBe(328050)
        expect((await b.listPayments()).map((p) => [p.kind, p.totalFen])).toEqual([['newbornExemption', 0]])
      })

      it('confirms only for a bound 子女 (not for 王秀英, not for an unbound child)', async () => {
        await bindWife()
        const wife = await candidate('王*英')
        expect(codesOf(await b.confirmNewbornExemption({ personRef: wife!.person.ref, idempotencyKey: key() }))).toEqual(['NOT_EXEMPT'])
        await loginAs('周*强')
        expect(codesOf(await b.confirmNewbornExemption({ personRef: wife!.person.ref, idempotencyKey: key() }))).toEqual(['NOT_BOUND_CHILD'])
      })

      it('refuses before the window opens (2026-10-14) with the reason, and offers nothing', async () => {
        await bindWife()
        const wife = await candidate('王*英')
        h.shiftDays(-39)
        const offer = await b.premiumCandidates()
        expect(offer.collection).toBeUndefined()
        expect(offer.candidates).toEqual([])
        expect(offer.closed?.message).toBe('2027年度城乡居民医保集中征缴期为2026年10月15日至2027年2月28日，现在还不能缴费')
        expect(codesOf(await b.payResidentPremium({ personRefs: [wife!.person.ref], idempotencyKey: key() }))).toEqual(['NO_COLLECTION'])
        expect((await b.getBalances()).personalAccount?.carriedOverFen).toBe(328050)
      })

      it('after the window (2027-03-01) still takes the 2027 premium, with a 3-month 等待期; no more 免缴确认', async () => {
        await bindWife()
        await bindBaby()
        h.shiftDays(99)
        const offer = await b.premiumCandidates()
        expect(offer.collection).toMatchObject({ year: 2027, coverage: { from: '2027-06-01', kind: 'waitingPeriod' } })
        const wife = offer.candidates.find((c) => c.person.maskedName === '王*英')
        const paid = await b.payResidentPremium({ personRefs: [wife!.person.ref], idempotencyKey: key() })
        expect(paid.ok && paid.value.coverage).toEqual({ from: '2027-06-01', kind: 'waitingPeriod' })
        const baby = offer.candidates.find((c) => c.person.maskedName === '李*宝')
        expect(baby?.exemption).toEqual({ confirmed: false, confirmable: false, reason: expect.objectContaining({ code: 'OUTSIDE_WINDOW' }) })
        expect(codesOf(await b.confirmNewbornExemption({ personRef: baby!.person.ref, idempotencyKey: key() }))).toEqual(['OUTSIDE_WINDOW'])
      })

      it('a newborn bound as 孙子女 shows 免缴 and why only a parent may confirm (inside the window); nothing is recorded', async () => {
        await b.registerAuthorization(registration('360602202503081133', '李小宝', 'grandchildPaternal'))
        const baby = await candidate('李*宝')
        expect(baby).toMatchObject({ relation: 'grandchildPaternal', eligible: false, category: 'newbornExempt', amountFen: 0 })
        expect(baby?.exemption).toEqual({ confirmed: false, confirmable: false, reason: expect.objectContaining({ code: 'NOT_PARENT' }) })
        expect(codesOf(await b.confirmNewbornExemption({ personRef: baby!.person.ref, idempotencyKey: key() }))).toEqual(['NOT_PARENT'])
        expect(await b.listPayments()).toEqual([])
      })

      it("pays only for relatives bound to the payer: 周志强 cannot pay 王秀英's, 李建国 cannot pay 李建芳's", async () => {
        const refs = Object.fromEntries((await b.listDemoMembers()).map((d) => [d.maskedName, d.ref]))
        await loginAs('周*强')
        const stranger = await b.payResidentPremium({ personRefs: [refs['王*英']], idempotencyKey: key() })
        expect(stranger).toEqual({ ok: false, reasons: [expect.objectContaining({ code: 'NOT_BOUND' })] })
        expect(JSON.stringify(stranger)).not.toMatch(/已缴纳|王\*英|暂停/)
        const fang = (await b.premiumCandidates()).candidates.find((c) => c.person.maskedName === '李*芳')
        expect(fang).toMatchObject({ eligible: true, amountFen: 40000 })
        await loginAs('李*国')
        expect(codesOf(await b.payResidentPremium({ personRefs: [fang!.person.ref], idempotencyKey: key() }))).toEqual(['NOT_BOUND'])
        expect((await b.getBalances()).personalAccount?.carriedOverFen).toBe(328050)
      })

      it('refuses an order over the 历年余额 and debits nothing', async () => {
        await bindWife()
        h.setCarriedOver('360602198604151314', 39999)
        const wife = await candidate('王*英')
        const r = await b.payResidentPremium({ personRefs: [wife!.person.ref], idempotencyKey: key() })
        expect(codesOf(r)).toEqual(['INSUFFICIENT'])
        expect((await b.getBalances()).personalAccount?.carriedOverFen).toBe(39999)
        expect(await b.listPayments()).toEqual([])
        expect((await candidate('王*英'))?.eligible).toBe(true)
      })

      it('a resident-scheme member has no account to pay from, and is told so', async () => {
        await loginAs('王*英')
        expect((await b.premiumCandidates()).closed?.code).toBe('PAYER_NOT_EMPLOYEE')
      })

      it('does not offer 惠民保 in Yichun (no product in the seeds)', async () => {
        await loginAs('周*强')
        const { candidates } = await b.huiminbaoCandidates()
        expect(candidates.length).toBeGreaterThan(0)
        expect(candidates.every((c) => !c.eligible && c.reasons.some((r) => r.code === 'NOT_AVAILABLE'))).toBe(true)
      })

      it('offers 惠民保 to 本人 and bound 配偶/父母/子女 only (seed 000 §三), for the open 年度, and charges it once', async () => {
        await bindWife()
        await bindBaby()
        const { candidates, collection } = await b.huiminbaoCandidates()
        expect(collection?.year).toBe(2027)
        expect(candidates.map((c) => [c.person.maskedName, c.eligible])).toEqual([
          ['李*国', true],
          ['李*明', true],
          ['王*英', true],
          ['李*宝', true],
        ])
        const r = await b.payHuiminbao({ personRefs: ['self'], idempotencyKey: key() })
        expect(r.ok && r.value).toMatchObject({ year: 2027, totalFen: 6900 })
        expect(codesOf(await b.payHuiminbao({ personRefs: ['self'], idempotencyKey: key() }))).toEqual(['ALREADY_ENROLLED'])
        expect((await b.getBalances()).personalAccount?.carriedOverFen).toBe(328050 - 6900)
      })

      it('refuses 惠民保 for anyone not bound (张桂兰, ended by 暂停; 李建芳, bound elsewhere), saying nothing else', async () => {
        const refs = Object.fromEntries((await b.listDemoMembers()).map((d) => [d.maskedName, d.ref]))
        const r = await b.payHuiminbao({ personRefs: [refs['周*强']], idempotencyKey: key() })
        expect(r).toEqual({ ok: false, reasons: [expect.objectContaining({ code: 'NOT_BOUND' })] })
        const { asAuthorizer } = await b.listAuthorizations()
        const zhang = asAuthorizer.find((a) => a.user.maskedName === '张*兰')
        expect(codesOf(await b.payHuiminbao({ personRefs: [zhang!.user.ref], idempotencyKey: key() }))).toEqual(['NOT_BOUND'])
        expect((await b.getBalances()).personalAccount?.carriedOverFen).toBe(328050)
      })
    })

    describe('共济使用明细: 代缴 and 新生儿免缴确认 are records too, made by the server (domain.md Proxy payment)', () => {
      const bindWife = () => b.registerAuthorization(registration('360602198809212424', '王秀英', 'spouse'))
      const refOf = async (maskedName: string) => (await b.listAuthorizations()).asAuthorizer.find((a) => a.user.maskedName === maskedName && a.status === 'active')!.user.ref
      const top = async (query: Partial<RecordQuery> = {}) => b.listRecords({ pageSize: 100, ...query })
      const paymentsIn = (page: { items: UsageRecord[] }) => page.items.filter((r) => r.type === 'payment')

      it("a double-tapped 代缴 is one record, at the top of the payer's list: for whom, what, ¥400.00, from his 历年余额", async () => {
        await bindWife()
        const before = (await top()).total
        const req = { personRefs: [await refOf('王*英')], idempotencyKey: key() }
        const [p1, p2] = await Promise.all([b.payResidentPremium(req), b.payResidentPremium(req)])
        expect(p1).toEqual(p2)
        const list = await top()
        expect(list.total).toBe(before + 1)
        expect(paymentsIn(list)).toHaveLength(1)
        expect(list.items[0]).toEqual({
          type: 'payment',
          id: expect.any(String),
          orderNo: p1.ok && p1.value.orderNo,
          day: '2026-11-22',
          kind: 'residentPremium',
          year: 2027,
          person: expect.objectContaining({ maskedName: '王*英' }),
          relation: 'spouse',
          amountFen: 40000,
          payer: expect.objectContaining({ maskedName: '李*国' }),
        })
        expectNoPersonalData(list)
      })

      it('a refusal makes no record: paid already, over the 历年余额, or a person not bound (for either side)', async () => {
        await bindWife()
        const wife = await refOf('王*英')
        expect((await b.payResidentPremium({ personRefs: [wife], idempotencyKey: key() })).ok).toBe(true)
        const before = await top()
        expect(codesOf(await b.payResidentPremium({ personRefs: [wife], idempotencyKey: key() }))).toEqual(['ALREADY_PAID'])
        h.setCarriedOver('360602198604151314', 6899)
        expect(codesOf(await b.payHuiminbao({ personRefs: ['self'], idempotencyKey: key() }))).toEqual(['INSUFFICIENT'])
        expect(await top()).toEqual(before)
        await loginAs('周*强')
        const mine = await top()
        expect(codesOf(await b.payResidentPremium({ personRefs: [wife], idempotencyKey: key() }))).toEqual(['NOT_BOUND'])
        expect(await top()).toEqual(mine)
        expect(paymentsIn(mine)).toEqual([])
        await loginAs('王*英')
        expect(paymentsIn(await top())).toHaveLength(1)
      })

      it('the 新生儿免缴确认 is a ¥0.00 record (免缴, nothing taken), once for a double tap', async () => {
        const baby = await bindBabyAndRef(b)
        const req = { personRef: baby, idempotencyKey: key() }
        await Promise.all([b.confirmNewbornExemption(req), b.confirmNewbornExemption(req)])
        const records = paymentsIn(await top({ personRef: baby }))
        expect(records).toEqual([expect.objectContaining({ kind: 'newbornExemption', year: 2027, amountFen: 0, relation: 'child', person: expect.objectContaining({ maskedName: '李*宝' }) })])
      })

      it('the person paid for sees her own line (from 李*国), not the rest of the order nor his own 惠民保', async () => {
        await bindWife()
        const wife = await refOf('王*英')
        const order = await b.payHuiminbao({ personRefs: ['self', wife], idempotencyKey: key() })
        expect(order.ok && order.value.lines).toHaveLength(2)
        expect(paymentsIn(await top()).map((r) => [r.kind, r.person.maskedName, r.relation, r.amountFen])).toEqual([
          ['huiminbao', '李*国', 'self', 6900],
          ['huiminbao', '王*英', 'spouse', 6900],
        ])
        await loginAs('王*英')
        const hers = paymentsIn(await top())
        expect(hers).toEqual([expect.objectContaining({ kind: 'huiminbao', relation: 'self', amountFen: 6900, person: expect.objectContaining({ maskedName: '王*英' }), payer: expect.objectContaining({ maskedName: '李*国' }) })])
        expectNoPersonalData(hers)
        await loginAs('周*强')
        expect(paymentsIn(await top())).toEqual([])
      })

      it("the authorizer's 'family' view: only what relatives took from his 历年余额 and what he paid for them; 'self' the rest", async () => {
        await bindWife()
        await b.payResidentPremium({ personRefs: [await refOf('王*英')], idempotencyKey: key() })
        await b.payHuiminbao({ personRefs: ['self'], idempotencyKey: key() })
        const me = await b.currentMember()
        const family = await top({ personRef: 'family' })
        const self = await top({ personRef: 'self' })
        expect(family.total + self.total).toBe((await top()).total)
        expect(family.total).toBeGreaterThan(10)
        for (const r of family.items) {
          expect(r.person.ref).not.toBe(me.ref)
          if (r.type === 'spending') expect([r.authorizer?.ref, r.authorizerFen > 0]).toEqual([me.ref, true])
        }
        expect(paymentsIn(family).map((r) => r.kind)).toEqual(['residentPremium'])
        expect(self.items.every((r) => r.relation === 'self')).toBe(true)
        expect(paymentsIn(self).map((r) => r.kind)).toEqual(['huiminbao'])
      })

      it('filters payments by kind and month like spending, and pages the merged list newest first without gaps or repeats', async () => {
        await bindWife()
        await b.spend({ personRef: 'self', place: 'pharmacy', placeName: '国药控股鹰潭大药房', kind: 'drug', amountFen: 1000, idempotencyKey: key() })
        await b.payResidentPremium({ personRefs: [await refOf('王*英')], idempotencyKey: key() })
        await b.spend({ personRef: 'self', place: 'pharmacy', placeName: '国药控股鹰潭大药房', kind: 'drug', amountFen: 2000, idempotencyKey: key() })
        const all = await top()
        expect(all.items.slice(0, 3).map((r) => [r.kind, r.amountFen])).toEqual([
          ['drug', 2000],
          ['residentPremium', 40000],
          ['drug', 1000],
        ])
        expect((await top({ kind: 'residentPremium' })).items.map((r) => r.type)).toEqual(['payment'])
        expect(paymentsIn(await top({ kind: 'drug' }))).toEqual([])
        expect(paymentsIn(await top({ month: '2026-10' }))).toEqual([])
        expect(paymentsIn(await top({ month: '2026-11' }))).toHaveLength(1)
        const paged: string[] = []
        let cursor: string | undefined
        for (let page = 1; page <= 14; page++) {
          const r = await b.listRecords({ cursor, pageSize: 7 })
          paged.push(...r.items.map((x) => x.id))
          cursor = r.nextCursor
        }
        expect(paged).toEqual(all.items.slice(0, 98).map((r) => r.id))
      })
    })
  })
}
