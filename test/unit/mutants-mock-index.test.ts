// The mock server's controls and its call-as-a-whole (src/services/mock/index.ts): the developer panel's and the
// tests' furniture, held to what it promises (issue 20 item 9, mutation testing).
import { createMockServer, type MockOptions } from '@/services/mock'
import { systemClock } from '@/services/mock/clock'
import { memoryStorage, type KeyValueStorage } from '@/services/mock/persist'
import { client, PEOPLE, signedIn } from '../support/sessions'

const noLatency = { latencyMinMs: 0, latencyMaxMs: 0, timeoutMs: 0 }
const MIN = 60_000

function setup(options: Partial<MockOptions> = {}) {
  let now = Date.parse('2026-11-22T02:00:00Z')
  const server = createMockServer({ storage: memoryStorage(), clock: systemClock(() => now), faults: noLatency, ...options })
  return { server, advance: (ms: number) => (now += ms) }
}

describe('setCarriedOver: a booked adjustment of a member’s 历年余额', () => {
  it('sets the balance and books the difference in the ledger (ADJ), by ID number or by ref', async () => {
    const { server } = setup()
    const li = await signedIn(server, '李建国')
    server.control.setCarriedOver('360602198604151314', 300000)
    expect((await li.getBalances()).personalAccount?.carriedOverFen).toBe(300000)
    server.control.setCarriedOverOf(PEOPLE.李建国, 310000)
    expect((await li.getBalances()).personalAccount?.carriedOverFen).toBe(310000)
    const adj = server.control.snapshot().ledger.filter((e) => e.ref === 'ADJ')
    expect(adj.map((e) => [e.account, e.deltaFen])).toEqual([
      [`${PEOPLE.李建国}:carried`, 300000 - 328050],
      [`${PEOPLE.李建国}:carried`, 10000],
    ])
  })

  it('refuses someone unknown and someone without a personal account, changing nothing', () => {
    const { server } = setup()
    expect(() => server.control.setCarriedOver('11010519491231002X', 1)).toThrow(expect.objectContaining({ code: 'NOT_FOUND', message: '未找到该人员' }))
    expect(() => server.control.setCarriedOver('360602198809212424', 1)).toThrow(expect.objectContaining({ code: 'NOT_FOUND', message: '该人员没有个人账户' }))
    expect(server.control.snapshot().ledger.filter((e) => e.ref === 'ADJ')).toEqual([])
  })
})

describe('sessionMember: whose open session a token is, without a call', () => {
  it('answers the member while the session is open, nothing for no token, a wrong one or an ended session', async () => {
    const { server, advance } = setup()
    const li = await signedIn(server, '李建国')
    expect(server.control.sessionMember(li.token)).toBe(PEOPLE.李建国)
    expect(server.control.sessionMember(undefined)).toBeUndefined()
    expect(server.control.sessionMember('f'.repeat(32))).toBeUndefined()
    advance(31 * MIN)
    expect(server.control.sessionMember(li.token)).toBeUndefined()
  })
})

describe('setInsuranceStatus: the 医保 system changes a status, bindings end', () => {
  it('suspending 李德明 ends his binding to 李建国 at once', async () => {
    const { server } = setup()
    server.control.setInsuranceStatus('360602195807021516', 'suspended')
    const ended = server.control.snapshot().authorizations.find((a) => a.userRef === PEOPLE.李德明 && a.authorizerRef === PEOPLE.李建国)
    expect(ended).toMatchObject({ status: 'ended', endedOn: '2026-11-22', automaticEnd: { side: 'user', status: 'suspended' } })
    expect(() => server.control.setInsuranceStatus('11010519491231002X', 'suspended')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }))
  })
})

describe('setSpendingVolume: starts over with more records of 李建国’s own', () => {
  it('stores them; a store that cannot take them answers SAVE_FAILED and the demo family is back', async () => {
    const { server } = setup()
    server.control.setSpendingVolume(700)
    const li = await signedIn(server, '李建国')
    expect((await li.listRecords({ pageSize: 1 })).total).toBeGreaterThan(700)
    const inner = memoryStorage()
    const full: KeyValueStorage = { ...inner, setItem: (k, v) => (k.includes('#') ? (() => { throw new Error('setStorage:fail exceed storage max size') })() : inner.setItem(k, v)) }
    const small = createMockServer({ storage: full, clock: systemClock(() => Date.parse('2026-11-22T02:00:00Z')), faults: noLatency })
    const seedRecords = setup().server.control.snapshot().spending.length
    expect(() => small.control.setSpendingVolume(700)).toThrow(expect.objectContaining({ code: 'SAVE_FAILED' }))
    expect(small.control.snapshot().spending).toHaveLength(seedRecords)
  })
})

describe('without rollback (test switch): a call that cannot be stored stays in memory', () => {
  it('rollback off: SAVE_FAILED, yet the purchase is in memory; rollback on (default): it is not', async () => {
    for (const rollback of [false, true]) {
      const inner = memoryStorage()
      let broken = false
      const storage: KeyValueStorage = { ...inner, setItem: (k, v) => (broken && !k.endsWith(':sessions') ? (() => { throw new Error('setStorage:fail') })() : inner.setItem(k, v)) }
      const server = createMockServer({ storage, clock: systemClock(() => Date.parse('2026-11-22T02:00:00Z')), faults: noLatency, rollback })
      const li = await signedIn(server, '李建国')
      await li.getBalances()
      broken = true
      await expect(li.spend({ personRef: 'self', place: 'pharmacy', placeName: '国药控股鹰潭大药房', kind: 'drug', amountFen: 1000, idempotencyKey: `key-rollback-${rollback}` })).rejects.toMatchObject({ code: 'SAVE_FAILED' })
      expect(server.control.snapshot().accounts[PEOPLE.李建国].currentYearFen).toBe(rollback ? 115000 : 114000)
    }
  })
})

describe('calls answer for the session their token names', () => {
  it('a public call needs no token; any other without one is UNAUTHENTICATED', async () => {
    const { server } = setup()
    const anonymous = client(server)
    expect((await anonymous.listDemoMembers()).length).toBe(3)
    await expect(anonymous.getBalances()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
  })
})
