// A soak that can fail: random sequences of calls through the JSON wire against the mock server, with
// lost answers, network failures, failing storage writes, restarts, suspensions, sessions that end mid-run (the
// client signs in again) and 医保支付密码 tickets (sometimes a wrong password first, sometimes a ticket that expires
// before it is used, sometimes an attempt with no valid ticket at all, which must be refused), by a client that
// retries with the same key until it knows the answer. It keeps its own books from the answers it got and compares
// them with the server's: balances per account, every record and order answered exactly once, every record
// matched by its debits, nothing in memory that storage does not hold. It reports problems; it does not throw.
import { yearOf } from '@/domain/day'
import { PLACES, type Place, type SpendingKind } from '@/domain/policy'
import type { Relation } from '@/domain/relations'
import { BackendError, type Backend, type Outcome, type Payment, type SpendingRecord, type TicketOperation } from '@/services/backend'
import { createMockServer, type MockServer } from '@/services/mock'
import { fixedClock } from '@/services/mock/clock'
import { seededRandom } from '@/services/mock/demo-year'
import { memoryStorage, type KeyValueStorage } from '@/services/mock/persist'
import type { ServerState } from '@/services/mock/state'
import { client as clientOf, PASSWORDS, whoIs } from './sessions'
import { DEMO_PEOPLE, payHuiminbao, paymentRequest, payPremium } from './soak-calls'

export interface SoakOptions {
  sequences: number
  opsPerSequence: number
  seed: number
  /** Lost answers and network failures, each at this rate, on every call. */
  callFaultRate: number
  /** Storage writes that fail, at this rate. */
  storageFaultRate: number
  /** Test-only switches of the mock, for the power checks. */
  idempotency?: boolean
  rollback?: boolean
  tickets?: boolean
}

export interface SoakReport {
  sequences: number
  operations: number
  calls: number
  answered: { ok: number; refused: number; error: number }
  spends: number
  orders: number
  multiPersonOrders: number
  suspensions: number
  restarts: number
  /** Sessions that ended mid-run (idle or a day on) and were signed in again. */
  signInsAgain: number
  /** Tickets used: got with the password, expired before use, attempts with no valid ticket refused. */
  tickets: { verified: number; wrongPasswords: number; expired: number; unverifiedRefused: number }
  injected: { callFaults: number; storageFaults: number; saveFailedAnswers: number }
  problems: string[]
}

type Answer<T> = { kind: 'ok'; value: T } | { kind: 'refused'; codes: string[] } | { kind: 'error'; code: string }
const MINUTE_IN_DAYS = 1 / (24 * 60)
const RETRIABLE = ['NETWORK', 'TIMEOUT', 'SAVE_FAILED']

const clone = (s: Readonly<ServerState>): ServerState => JSON.parse(JSON.stringify(s)) as ServerState
const ownOf = (s: ServerState, ref: string) => (s.accounts[ref] ? s.accounts[ref].carriedOverFen + s.accounts[ref].currentYearFen : 0)

export function emptyReport(): SoakReport {
  return { sequences: 0, operations: 0, calls: 0, answered: { ok: 0, refused: 0, error: 0 }, spends: 0, orders: 0, multiPersonOrders: 0, suspensions: 0, restarts: 0, signInsAgain: 0, tickets: { verified: 0, wrongPasswords: 0, expired: 0, unverifiedRefused: 0 }, injected: { callFaults: 0, storageFaults: 0, saveFailedAnswers: 0 }, problems: [] }
}

export async function soak(options: SoakOptions, report: SoakReport = emptyReport()): Promise<SoakReport> {
  for (let n = 0; n < options.sequences; n++) await sequence(n, options, report)
  return report
}

async function sequence(n: number, o: SoakOptions, report: SoakReport): Promise<void> {
  const random = seededRandom(o.seed * 100_003 + n)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]
  const problem = (text: string) => report.problems.push(`sequence ${n}: ${text}`)
  const disk = memoryStorage()
  let failing = false
  const flaky = (write: () => void) => {
    if (failing && random() < o.storageFaultRate) {
      report.injected.storageFaults += 1
      throw new Error('setStorage:fail')
    }
    write()
  }
  const storage: KeyValueStorage = {
    getItem: (k) => disk.getItem(k),
    setItem: (k, v) => flaky(() => disk.setItem(k, v)),
    removeItem: (k) => flaky(() => disk.removeItem(k)),
    keys: () => disk.keys?.() ?? [],
  }
  const clock = fixedClock('2026-11-23T02:00:00Z')
  const boot = () => createMockServer({ storage, clock, faults: { latencyMinMs: 0, latencyMaxMs: 0, timeoutMs: 0 }, random, idempotency: o.idempotency, rollback: o.rollback, tickets: o.tickets })
  let server: MockServer = boot()
  // The client's session: its token outlives a restart of the server (sessions are kept in storage).
  let token: string | undefined
  let client: Backend = clientOf(server, () => token)
  let faultsBefore = 0
  const countFaults = () => {
    report.injected.callFaults += server.control.faultsInjected() - faultsBefore
    faultsBefore = server.control.faultsInjected()
  }

  // Small balances, so that "no overdraft" bites.
  for (const p of [DEMO_PEOPLE.lijianguo, DEMO_PEOPLE.zhouzhiqiang]) server.control.setCarriedOver(p.id, Math.floor(random() * 150_000))
  const start = clone(server.control.snapshot())
  const refOf = (id: string) => start.people.find((p) => p.idNumber === id)!.ref
  const households = Object.fromEntries(start.people.map((p) => [p.ref, p.household]))
  const model: Record<string, number> = {}
  for (const ref of Object.keys(start.accounts)) model[`own:${ref}`] = ownOf(start, ref)
  const modelPool = (household: string, year: number) => `pool:${household}:${year}`
  const draw = (account: string, fen: number) => {
    model[account] = (model[account] ?? 0) - fen
  }
  const records = new Map<string, number>()
  const orders = new Map<string, number>()
  let session = refOf(DEMO_PEOPLE.lijianguo.id)

  /** Signs in as `ref` (the demo sign-in), trying again after a fault; the last try with faults off. */
  async function signIn(ref: string): Promise<boolean> {
    for (let attempt = 0; attempt < 7; attempt++) {
      const last = attempt === 6
      server.control.setFaults(last ? { failureRate: 0, timeoutRate: 0 } : { failureRate: o.callFaultRate, timeoutRate: o.callFaultRate })
      failing = !last
      try {
        token = (await client.signIn({ memberRef: ref, platform: 'h5' })).token
        session = ref
        return true
      } catch (e) {
        if (!(e instanceof BackendError && RETRIABLE.includes(e.code))) return false
      } finally {
        countFaults()
        failing = false
        server.control.setFaults({ failureRate: 0, timeoutRate: 0 })
      }
    }
    return false
  }
  await signIn(session)

  /**
   * Sends until an answer arrives; the last try is made with faults off (the app keeps the key until it knows).
   * A session that ended meanwhile is signed in again (as the app does) and the call sent again.
   */
  async function settle<T>(send: () => Promise<Outcome<T, { code: string }>>): Promise<Answer<T>> {
    for (let attempt = 0; attempt < 7; attempt++) {
      const last = attempt === 6
      server.control.setFaults(last ? { failureRate: 0, timeoutRate: 0 } : { failureRate: o.callFaultRate, timeoutRate: o.callFaultRate })
      failing = !last
      report.calls += 1
      try {
        const r = await send()
        countFaults()
        return r.ok ? { kind: 'ok', value: r.value } : { kind: 'refused', codes: r.reasons.map((x) => x.code) }
      } catch (e) {
        countFaults()
        const code = e instanceof BackendError ? e.code : 'INTERNAL'
        if (code === 'UNAUTHENTICATED') {
          failing = false
          server.control.setFaults({ failureRate: 0, timeoutRate: 0 })
          if (!(await signIn(session))) return { kind: 'error', code }
          report.signInsAgain += 1
          continue
        }
        if (code === 'SAVE_FAILED') {
          report.injected.saveFailedAnswers += 1
          checkStored('after a write that could not be stored')
        }
        if (!RETRIABLE.includes(code)) return { kind: 'error', code }
      } finally {
        failing = false
        server.control.setFaults({ failureRate: 0, timeoutRate: 0 })
      }
    }
    return { kind: 'error', code: 'NO_ANSWER' }
  }
  const tally = (a: Answer<unknown>) => {
    report.answered[a.kind] += 1
  }

  /** What memory holds must be what storage holds: a fresh start from storage sees the same books. */
  function checkStored(when: string) {
    const fresh = createMockServer({ storage: memoryStorage(disk.dump()), clock, faults: { latencyMinMs: 0, latencyMaxMs: 0 } })
    const a = fresh.control.snapshot() as unknown as Record<string, unknown>
    const b = server.control.snapshot() as unknown as Record<string, unknown>
    const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    if (fields.length > 0) problem(`half-applied: memory and storage differ ${when} (${fields.join(', ')})`)
  }

  /**
   * A visit, settled for the patient only: by her own session ('self'), or by a designated place on her behalf
   * (any of the family); a session naming someone else must be refused (PATIENT_ONLY) and nothing move.
   */
  async function spend() {
    const family = [DEMO_PEOPLE.lijianguo, DEMO_PEOPLE.lideming, DEMO_PEOPLE.lixiaobao, DEMO_PEOPLE.wangxiuying, DEMO_PEOPLE.zhouzhiqiang, DEMO_PEOPLE.lijianfang].map((p) => refOf(p.id))
    const kind: SpendingKind = pick(['drug', 'drug', 'outpatient', 'outpatient', 'selfPay', 'inpatient'] as const)
    const place: Place = kind === 'drug' ? 'pharmacy' : pick(PLACES.filter((p) => p !== 'pharmacy'))
    const visit = { place, placeName: '模拟定点机构', kind, amountFen: 500 + Math.floor(random() * 60_000), idempotencyKey: `spend-${n}-${report.operations}` }
    const how = random()
    const other = pick(family.filter((r) => r !== session))
    const a =
      how < 0.5
        ? await settle(() => client.spend({ ...visit, personRef: 'self' }))
        : how < 0.9
          ? await settle(() => server.control.settleAtPlace({ ...visit, patientRef: pick(family) }))
          : await settle(() => client.spend({ ...visit, personRef: other }))
    tally(a)
    if (how >= 0.9 && a.kind !== 'refused') problem(`a session settled another member's visit (${other}): ${a.kind}`)
    if (a.kind !== 'ok') return
    const r: SpendingRecord = a.value
    report.spends += 1
    records.set(r.id, (records.get(r.id) ?? 0) + 1)
    const spender = r.person.ref
    draw(`own:${spender}`, r.ownFen)
    const household = households[spender]
    if (household) draw(modelPool(household, yearOf(r.day)), r.outpatientFamilyFen)
    if (r.authorizer) draw(`own:${r.authorizer.ref}`, r.authorizerFen)
  }

  /** A 代缴 order for several bound relatives at once, or 惠民保 for the member and several relatives. */
  async function order() {
    const premium = random() < 0.5
    const offer = await (premium ? client.premiumCandidates() : client.huiminbaoCandidates()).catch(() => undefined)
    const candidates = offer?.candidates ?? []
    // Mostly people who may be paid for, sometimes one who may not (the whole order is then refused).
    const chosen = candidates.filter((c) => c.eligible || random() < 0.1).filter(() => random() < 0.8)
    if (chosen.length === 0) return
    const refs = chosen.map((c) => c.person.ref)
    const key = `order-${n}-${report.operations}`
    const req = paymentRequest(refs, key, offer, premium ? 'residentPremium' : 'huiminbao')
    const a = await verified(premium ? 'payResidentPremium' : 'payHuiminbao', req, (ticket) => (premium ? payPremium : payHuiminbao)(client, req, ticket))
    tally(a)
    if (a.kind !== 'ok') return
    const p: Payment = a.value
    report.orders += 1
    if (p.lines.length > 1) report.multiPersonOrders += 1
    orders.set(p.orderNo, (orders.get(p.orderNo) ?? 0) + 1)
    draw(`own:${p.payer.ref}`, p.totalFen)
  }

  /** Binds a relative; in Yichun with the proof uploaded first (seed 001). */
  async function bind() {
    const yichun = session === refOf(DEMO_PEOPLE.zhouzhiqiang.id)
    const choices: [{ id: string; name: string }, Relation][] = yichun
      ? [[DEMO_PEOPLE.wangxiuying, 'sibling'], [DEMO_PEOPLE.lixiaobao, 'child']]
      : [[DEMO_PEOPLE.wangxiuying, 'spouse'], [DEMO_PEOPLE.lixiaobao, 'child'], [DEMO_PEOPLE.lideming, 'parent']]
    const [p, relation] = pick(choices)
    const proofIds: string[] = []
    if (yichun) {
      const proof = await settle(() => client.uploadProof({ fileName: 'hukou.jpg', mimeType: 'image/jpeg', sizeBytes: 300_000 }))
      if (proof.kind === 'ok') proofIds.push(proof.value.id)
    }
    const req = { documentType: 'residentId' as const, documentNumber: p.id, name: p.name, relation, promiseVersion: '2026-12', proofIds, idempotencyKey: `bind-${n}-${report.operations}` }
    tally(await verified('registerAuthorization', req, (ticket) => client.registerAuthorization({ ...req, ticket })))
  }

  /** A ticket for `request` with the member's password (sometimes a wrong one first, as people do). */
  async function ticketFor(operation: TicketOperation, request: object): Promise<string | undefined> {
    const who = whoIs(session)
    const password = who ? PASSWORDS[who] : undefined
    if (random() < 0.15) {
      const wrong = await settle(() => client.verifyPassword({ operation, request, password: '000000' }))
      if (wrong.kind === 'ok') problem('a wrong 医保支付密码 got a ticket')
      else report.tickets.wrongPasswords += 1
    }
    const t = await settle(() => client.verifyPassword({ operation, request, password: password ?? '111111' }))
    if (t.kind !== 'ok') return undefined
    report.tickets.verified += 1
    return t.value.ticket
  }

  /**
   * An operation that needs the 医保支付密码. Now and then it is first sent with no valid ticket: that must be
   * refused and nothing done (the power check turns tickets off and sees it caught). Now and then the ticket
   * expires before it is sent: refused, and the same request (same key) is sent again with a fresh one.
   */
  async function verified<T>(operation: TicketOperation, request: { idempotencyKey: string }, send: (ticket: string) => Promise<Outcome<T, { code: string }>>): Promise<Answer<T>> {
    if (random() < 0.15) {
      const forged = await settle(() => send(`forged-${request.idempotencyKey}`))
      if (forged.kind === 'ok') problem(`payment without a valid ticket: ${operation} ${request.idempotencyKey} was carried out`)
      if (forged.kind === 'refused') report.tickets.unverifiedRefused += 1
    }
    for (let round = 0; round < 3; round++) {
      const ticket = await ticketFor(operation, request)
      if (ticket === undefined) return { kind: 'refused', codes: ['NO_TICKET'] }
      if (random() < 0.1) {
        clock.shiftDays(6 * MINUTE_IN_DAYS)
        report.tickets.expired += 1
      }
      const a = await settle(() => send(ticket))
      if (a.kind === 'refused' && a.codes.includes('VERIFICATION_REQUIRED')) continue
      return a
    }
    return { kind: 'refused', codes: ['VERIFICATION_REQUIRED'] }
  }

  async function cancel() {
    const list = await client.listAuthorizations().catch(() => undefined)
    const active = [...(list?.asAuthorizer ?? []), ...(list?.asUser ?? [])].filter((x) => x.status === 'active')
    if (active.length > 0) {
      const id = pick(active).id
      tally(await settle(() => client.cancelAuthorization({ authorizationId: id, idempotencyKey: `cancel-${n}-${report.operations}` })))
    }
  }

  /** The 医保 system suspends or restores a member; every binding with a suspended party must end then. */
  function suspendOrRestore() {
    const p = pick([DEMO_PEOPLE.lideming, DEMO_PEOPLE.lixiaobao, DEMO_PEOPLE.wangxiuying, DEMO_PEOPLE.lijianfang, DEMO_PEOPLE.zhouzhiqiang])
    const now = server.control.snapshot().people.find((x) => x.idNumber === p.id)!.insurance.status
    failing = true
    try {
      server.control.setInsuranceStatus(p.id, now === 'normal' ? 'suspended' : 'normal')
      report.suspensions += now === 'normal' ? 1 : 0
    } catch {
      report.injected.saveFailedAnswers += 1
    } finally {
      failing = false
    }
    const s = server.control.snapshot()
    const status = (ref: string) => s.people.find((x) => x.ref === ref)!.insurance.status
    for (const b of s.authorizations) {
      if (b.status === 'active' && (status(b.authorizerRef) !== 'normal' || status(b.userRef) !== 'normal')) problem(`binding ${b.id} still active with a suspended party`)
    }
  }

  async function login() {
    const who = pick([DEMO_PEOPLE.lijianguo, DEMO_PEOPLE.lijianguo, DEMO_PEOPLE.wangxiuying, DEMO_PEOPLE.zhouzhiqiang])
    await signIn(refOf(who.id))
  }

  for (let i = 0; i < o.opsPerSequence; i++) {
    report.operations += 1
    const x = random()
    if (x < 0.4) await spend()
    else if (x < 0.55) await order()
    else if (x < 0.65) await bind()
    else if (x < 0.7) await cancel()
    else if (x < 0.8) suspendOrRestore()
    else if (x < 0.87) await login()
    else if (x < 0.91) clock.shiftDays(1)
    // The person leaves the phone for over half an hour: the session ends.
    else if (x < 0.95) clock.shiftDays(31 * MINUTE_IN_DAYS)
    else {
      report.restarts += 1
      countFaults()
      server = boot()
      faultsBefore = 0
      client = clientOf(server, () => token)
    }
  }
  countFaults()
  report.sequences += 1

  // The books.
  checkStored('at the end')
  const end = server.control.snapshot()
  for (const ref of Object.keys(end.accounts)) {
    if (ownOf(end, ref) !== model[`own:${ref}`]) problem(`account ${ref}: the server holds ${ownOf(end, ref)}, the answers add up to ${model[`own:${ref}`]}`)
    for (const part of ['carried', 'current'] as const) {
      const field = part === 'carried' ? 'carriedOverFen' : 'currentYearFen'
      const booked = end.ledger.filter((l) => l.account === `${ref}:${part}`).reduce((a, l) => a + l.deltaFen, end.accounts[ref].opening[field])
      if (booked !== end.accounts[ref][field]) problem(`ledger of ${ref}:${part} adds up to ${booked}, the balance is ${end.accounts[ref][field]}`)
      if (end.accounts[ref][field] < 0) problem(`${ref}:${part} overdrawn`)
    }
  }
  for (const [key, pool] of Object.entries(end.pools)) {
    const [household, year] = key.split(':')
    const startPool = start.pools[key] ?? { usedFen: 0 }
    const expected = -(model[modelPool(household, Number(year))] ?? 0)
    if (pool.usedFen - startPool.usedFen !== expected) problem(`门诊家庭账户 ${key}: the server used ${pool.usedFen - startPool.usedFen} in the run, the answers ${expected}`)
    if (pool.usedFen > pool.allowanceFen) problem(`门诊家庭账户 ${key} overdrawn`)
  }
  for (const r of end.spending.slice(start.spending.length)) {
    const told = records.get(r.id) ?? 0
    if (told !== 1) problem(`double debit: record ${r.id} (${r.amountFen}) was charged, and ${told} answers reported it`)
    const debits = end.ledger.filter((l) => l.ref === r.id)
    const sum = (pred: (account: string) => boolean) => -debits.filter((l) => pred(l.account)).reduce((a, l) => a + l.deltaFen, 0)
    const matches =
      sum(() => true) === r.amountFen &&
      sum((acc) => acc.startsWith(`${r.personRef}:`)) === r.ownFen &&
      sum((acc) => acc.startsWith('pool:')) === r.outpatientFamilyFen &&
      (r.authorizerRef ? sum((acc) => acc === `${r.authorizerRef}:carried`) : 0) === r.authorizerFen
    if (!matches) problem(`record ${r.id} does not match its debits`)
  }
  for (const p of end.payments.slice(start.payments.length)) {
    const told = orders.get(p.orderNo) ?? 0
    if (told !== 1) problem(`double debit: order ${p.orderNo} (${p.totalFen}) was charged, and ${told} answers reported it`)
    const debit = end.ledger.filter((l) => l.ref === p.orderNo).reduce((a, l) => a + l.deltaFen, 0)
    if (-debit !== p.totalFen) problem(`order ${p.orderNo} does not match its debit`)
  }
  const lines = end.payments.flatMap((p) => p.lines.map((l) => `${p.kind}:${l.personRef}:${p.year}`))
  if (new Set(lines).size !== lines.length) problem('a premium paid twice for one person and year')
  const active = end.authorizations.filter((a) => a.status === 'active')
  if (new Set(active.map((a) => a.userRef)).size !== active.length) problem('a user with two active authorizers')
}
