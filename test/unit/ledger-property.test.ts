// Property-style test: 1,000 random operation sequences against the mock server with faults on
// (failures before the work, timeouts after it) and random retries must never break the books.
import { createMockBackend, type MockBackend } from '@/services/mock'
import { fixedClock } from '@/services/mock/clock'
import { memoryStorage } from '@/services/mock/persist'
import { seedState } from '@/services/mock/seed'
import { seededRandom } from '@/services/mock/spending'
import { RELATIONS } from '@/domain/relations'

const PEOPLE = seedState().people.map((p) => ({ id: p.idNumber, name: p.name }))
const SEQUENCES = 1000
const OPS_PER_SEQUENCE = 12

async function attempt<T>(call: () => Promise<T>, random: () => number): Promise<void> {
  // A client that retries failed calls with the same request (same idempotency key) up to 3 times.
  for (let i = 0; i < 3; i++) {
    try {
      await call()
      return
    } catch {
      if (random() < 0.3) return // gave up
    }
  }
}

async function randomOp(b: MockBackend, random: () => number, seq: number, n: number): Promise<void> {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]
  const key = `s${seq}-op${n}-${Math.floor(random() * 1e9)}`
  const op = Math.floor(random() * 7)
  if (op === 0) {
    const members = await b.listDemoMembers().catch(() => [])
    if (members.length) await attempt(() => b.login(pick(members).ref), random)
  } else if (op === 1) {
    const p = pick(PEOPLE)
    await attempt(() => b.registerAuthorization({ documentType: 'residentId', documentNumber: p.id, name: p.name, relation: pick(RELATIONS), promiseVersion: '2025-01', proofIds: [], idempotencyKey: key }), random)
  } else if (op === 2) {
    const list = await b.listAuthorizations().catch(() => undefined)
    const active = [...(list?.asAuthorizer ?? []), ...(list?.asUser ?? [])].filter((a) => a.status === 'active')
    if (active.length) {
      const id = pick(active).id
      await attempt(() => b.cancelAuthorization({ authorizationId: id, idempotencyKey: key }), random)
    }
  } else if (op === 3 || op === 4) {
    const offer = await b.premiumCandidates().catch(() => undefined)
    const refs = (offer?.candidates ?? []).filter(() => random() < 0.6).map((c) => c.person.ref)
    // Sometimes a stranger's ref too: the server refuses the whole order.
    if (random() < 0.1) refs.push(pick(PEOPLE).id)
    if (refs.length) await attempt(() => b.payResidentPremium({ personRefs: refs, idempotencyKey: key }), random)
  } else if (op === 5) {
    const candidates = (await b.huiminbaoCandidates().catch(() => undefined))?.candidates ?? []
    // Mostly people who may be covered, sometimes one who may not (the whole order is then refused).
    const refs = candidates.filter((c) => (c.eligible || random() < 0.1) && random() < 0.5).map((c) => c.person.ref)
    if (refs.length) await attempt(() => b.payHuiminbao({ personRefs: refs, idempotencyKey: key }), random)
  } else {
    b.control.clock.shiftDays(1)
  }
}

function checkBooks(b: MockBackend, seq: number, startFen: Record<string, number>): void {
  const s = b.control.snapshot()
  const initial = Object.fromEntries(s.people.filter((p) => p.idNumber in startFen).map((p) => [p.ref, startFen[p.idNumber]]))
  const context = `sequence ${seq}`
  for (const [ref, account] of Object.entries(s.accounts)) {
    expect({ context, ref, negative: account.carriedOverFen < 0 }).toEqual({ context, ref, negative: false })
    const debits = s.ledger.filter((l) => l.accountRef === ref).reduce((a, l) => a + l.deltaFen, 0)
    expect({ context, ref, balance: account.carriedOverFen }).toEqual({ context, ref, balance: initial[ref] + debits })
  }
  // Sum of debits equals what was paid; one debit per order.
  const paid = s.payments.reduce((a, p) => a + p.totalFen, 0)
  const debited = s.ledger.reduce((a, l) => a - l.deltaFen, 0)
  expect({ context, paid }).toEqual({ context, paid: debited })
  expect(new Set(s.ledger.map((l) => l.orderNo)).size).toBe(s.ledger.length)
  // A premium is paid once per person per year.
  const premiumLines = s.payments.filter((p) => p.kind === 'residentPremium').flatMap((p) => p.lines.map((l) => `${l.personRef}:${p.year}`))
  expect({ context, duplicates: premiumLines.length - new Set(premiumLines).size }).toEqual({ context, duplicates: 0 })
  const hmbLines = s.payments.filter((p) => p.kind === 'huiminbao').flatMap((p) => p.lines.map((l) => `${l.personRef}:${p.year}`))
  expect({ context, duplicates: hmbLines.length - new Set(hmbLines).size }).toEqual({ context, duplicates: 0 })
  // Every binding state is legal: one active authorizer per user, never oneself, never a suspended party.
  const active = s.authorizations.filter((a) => a.status === 'active')
  expect({ context, users: new Set(active.map((a) => a.userRef)).size }).toEqual({ context, users: active.length })
  for (const a of active) {
    expect(a.userRef).not.toBe(a.authorizerRef)
    const statuses = [a.authorizerRef, a.userRef].map((r) => s.people.find((p) => p.ref === r)?.insurance.status)
    expect({ context, statuses }).toEqual({ context, statuses: ['normal', 'normal'] })
  }
}

function faultCount(b: MockBackend): number {
  return b.control.faultsInjected()
}

describe('ledger property: random operations with faults never break the books', () => {
  it(`holds over ${SEQUENCES} random sequences`, async () => {
    let payments = 0
    let faulted = 0
    for (let seq = 0; seq < SEQUENCES; seq++) {
      const random = seededRandom(1000 + seq)
      const b = createMockBackend({
        storage: memoryStorage(),
        clock: fixedClock('2026-11-22T02:00:00Z'),
        faults: { latencyMinMs: 0, latencyMaxMs: 0, timeoutMs: 0, failureRate: 0.1, timeoutRate: 0.1 },
        random,
      })
      // Small balances make "no overdraft" bite: a few premiums exceed them.
      const start = { '360602198604151314': Math.floor(random() * 200000), '360902197901051178': Math.floor(random() * 200000) }
      for (const [id, fen] of Object.entries(start)) b.control.setCarriedOver(id, fen)
      for (let n = 0; n < OPS_PER_SEQUENCE; n++) await randomOp(b, random, seq, n)
      checkBooks(b, seq, start)
      payments += b.control.snapshot().payments.length
      faulted += faultCount(b)
    }
    // The sequences really moved money.
    expect(payments).toBeGreaterThan(SEQUENCES / 2)
    // …and faults really happened (failures and lost answers).
    expect(faulted).toBeGreaterThan(SEQUENCES)
  })
})
