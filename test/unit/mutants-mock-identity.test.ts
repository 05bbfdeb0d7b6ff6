// Sign-in, sessions and the 医保支付密码's tickets on the mock server (src/services/mock/identity.ts, tickets.ts),
// through the wire (issue 20 item 9, tests found missing by mutation testing).
import { createMockServer, type MockServer } from '@/services/mock'
import { systemClock } from '@/services/mock/clock'
import { memoryStorage, SESSIONS_KEY } from '@/services/mock/persist'
import { client, PEOPLE, signedIn } from '../support/sessions'

const noLatency = { latencyMinMs: 0, latencyMaxMs: 0, timeoutMs: 0 }
const MIN = 60_000

function setup() {
  let now = Date.parse('2026-11-22T02:00:00Z')
  const storage = memoryStorage()
  const server: MockServer = createMockServer({ storage, clock: systemClock(() => now), faults: noLatency })
  return { server, storage, advance: (ms: number) => (now += ms) }
}

describe('sign-in', () => {
  it('answers the member as the app may see him: masked, his scheme, kind, status and place', async () => {
    const { server } = setup()
    const session = await client(server).signIn({ memberRef: PEOPLE.李建国, platform: 'h5' })
    expect(session.member).toEqual({ ref: PEOPLE.李建国, maskedName: '李*国', maskedId: '3606**********1314', birthDate: '1986-04-15', scheme: 'employee', employeeKind: 'active', status: 'normal', city: 'yingtan', cityName: '鹰潭' })
  })

  it('lists the demo sign-ins with their roles and the demo passwords of those who have one', async () => {
    const { server } = setup()
    const demo = await client(server).listDemoMembers()
    expect(demo.map((d) => [d.maskedName, d.demoPassword])).toEqual([
      ['李*国', '135790'],
      ['王*英', undefined],
      ['周*强', '246801'],
    ])
    expect(demo.every((d) => d.role.length > 0)).toBe(true)
  })

  it.each([
    ['no member ref', { platform: 'h5' }],
    ['a member ref that is not text', { memberRef: 7, platform: 'h5' }],
    ['no platform', { memberRef: PEOPLE.李建国 }],
  ])('refuses %s as a bad request, in its words', async (_n, credential) => {
    const { server } = setup()
    await expect(client(server).signIn(credential as never)).rejects.toMatchObject({ code: 'BAD_REQUEST', message: '登录信息不完整，请重新选择身份' })
  })

  it.each([
    ['nothing at all', null],
    ['no member', { platform: 'h5' }],
    ['an unknown platform', { memberRef: PEOPLE.李建国, platform: 'pc' }],
  ])('refuses a sign-in with %s as a bad request, opening no session', async (_n, credential) => {
    const { server, storage } = setup()
    await expect(client(server).signIn(credential as never)).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    expect(storage.getItem(SESSIONS_KEY)).toBeNull()
  })

  it('takes a mini-program login code of up to 256 characters, not more', async () => {
    const { server } = setup()
    expect((await client(server).signIn({ memberRef: PEOPLE.李建国, platform: 'weapp', code: 'c'.repeat(256) })).token).toMatch(/^[0-9a-f]{32}$/)
    await expect(client(server).signIn({ memberRef: PEOPLE.李建国, platform: 'weapp', code: 'c'.repeat(257) })).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: '登录凭证无效，请重新登录' })
  })

  it('keeps at most 50 open sessions: the one used longest ago ends first', async () => {
    const { server, advance } = setup()
    const first = await signedIn(server, '周志强')
    const tokens: string[] = []
    for (let i = 0; i < 49; i++) {
      advance(1000)
      tokens.push((await client(server).signIn({ memberRef: PEOPLE.李建国, platform: 'h5' })).token)
    }
    expect(server.control.sessionMember(first.token)).toBe(PEOPLE.周志强)
    advance(1000)
    await client(server).signIn({ memberRef: PEOPLE.李建国, platform: 'h5' })
    expect(server.control.sessionMember(first.token)).toBeUndefined()
    expect(server.control.sessionMember(tokens[0])).toBe(PEOPLE.李建国)
  })
})

describe('sessions', () => {
  it('notes a call at most once a minute: a read within the minute writes nothing; after it, the last call is kept', async () => {
    const { server, storage, advance } = setup()
    const li = await signedIn(server, '李建国')
    const at = () => Object.values(JSON.parse(storage.getItem(SESSIONS_KEY) ?? '{}') as Record<string, { lastSeenAt: number }>)[0].lastSeenAt
    const signedInAt = at()
    advance(MIN - 1)
    await li.currentMember()
    expect(at()).toBe(signedInAt)
    advance(1)
    await li.currentMember()
    expect(at()).toBe(signedInAt + MIN)
  })


  it('sign-out ends only its own session', async () => {
    const { server } = setup()
    const a = await signedIn(server, '李建国')
    const b = await signedIn(server, '李建国')
    await a.signOut()
    expect(server.control.sessionMember(a.token)).toBeUndefined()
    expect(server.control.sessionMember(b.token)).toBe(PEOPLE.李建国)
  })
})

describe('tickets', () => {
  it.each([
    ['an operation that needs none', { operation: 'spend', request: {}, password: '135790' }],
    ['a password that is not text', { operation: 'payHuiminbao', request: {}, password: 135790 }],
    ['nothing at all', null],
    ['a list', [{ operation: 'payHuiminbao', request: {}, password: '135790' }]],
  ])('refuses %s as a bad request, in its words', async (_n, req) => {
    const { server } = setup()
    const li = await signedIn(server, '李建国', { autoTicket: false })
    await expect(li.verifyPassword(req as never)).rejects.toMatchObject({ code: 'BAD_REQUEST', message: '无法识别的验证请求' })
  })

  it('says a password that is not six digits in its words, counting no try', async () => {
    const { server } = setup()
    const li = await signedIn(server, '李建国', { autoTicket: false })
    expect(await li.verifyPassword({ operation: 'payHuiminbao', request: {}, password: '13579' })).toEqual({ ok: false, reasons: [{ code: 'PASSWORD_FORMAT', message: '请输入6位数字医保支付密码' }] })
    expect(server.control.snapshot().attempts).toEqual({})
  })

  it('counts only today’s wrong passwords: four yesterday and one today do not lock', async () => {
    const { server, advance } = setup()
    const li = await signedIn(server, '李建国', { autoTicket: false })
    for (let i = 0; i < 4; i++) expect((await li.verifyPassword({ operation: 'payHuiminbao', request: {}, password: '000000' })).ok).toBe(false)
    // The next China day, in time that passed (a session ends after 30 idle minutes: signed in again).
    advance(24 * 60 * MIN)
    const today = await signedIn(server, '李建国', { autoTicket: false })
    const wrong = await today.verifyPassword({ operation: 'payHuiminbao', request: {}, password: '000000' })
    expect(wrong.ok ? [] : wrong.reasons.map((r) => r.message)).toEqual(['医保支付密码不正确，今天还可以再试4次'])
    expect((await today.verifyPassword({ operation: 'payHuiminbao', request: {}, password: '135790' })).ok).toBe(true)
  })

  it('a ticket that is not text, empty or too long is no ticket: the operation asks for the password, nothing is paid', async () => {
    const { server } = setup()
    const li = await signedIn(server, '李建国', { autoTicket: false })
    const required = { ok: false, reasons: [{ code: 'VERIFICATION_REQUIRED', message: '请重新输入医保支付密码' }] }
    for (const ticket of [42, '', 'x'.repeat(129), null]) {
      expect(await li.payHuiminbao({ personRefs: ['self'], year: 2027, totalFen: 6900, promiseVersion: '2026-12', idempotencyKey: `key-bad-ticket-${String(ticket).length}-${typeof ticket}`, ticket: ticket as never })).toEqual(required)
    }
    expect(await li.listPayments()).toEqual([])
  })

  it('keeps no used-up or expired ticket, and no count of an earlier day', async () => {
    const { server, advance } = setup()
    const li = await signedIn(server, '李建国', { autoTicket: false })
    expect((await li.verifyPassword({ operation: 'payHuiminbao', request: {}, password: '000000' })).ok).toBe(false)
    expect((await li.verifyPassword({ operation: 'payHuiminbao', request: {}, password: '135790' })).ok).toBe(true)
    expect(Object.keys(server.control.snapshot().tickets)).toHaveLength(1)
    expect(server.control.snapshot().attempts[PEOPLE.李建国]).toEqual({ day: '2026-11-22', wrong: 1 })
    advance(5 * MIN)
    server.control.clock.shiftDays(1)
    const again = await signedIn(server, '李建国', { autoTicket: false })
    expect((await again.verifyPassword({ operation: 'payHuiminbao', request: {}, password: '135790' })).ok).toBe(true)
    expect(Object.keys(server.control.snapshot().tickets)).toHaveLength(1)
    expect(server.control.snapshot().attempts).toEqual({})
  })
})
