// The soak (test/support/soak.ts) must hold with every fault on, and must be able to fail: with idempotency
// switched off it reports a double debit; with writes kept in memory when storage fails, a half-applied call;
// with tickets switched off, a payment or binding carried out without a valid ticket.
import { soak, type SoakOptions } from '../support/soak'

const base: SoakOptions = { sequences: 150, opsPerSequence: 16, seed: 1, callFaultRate: 0.15, storageFaultRate: 0.08 }

describe('soak: random calls with lost answers, failing storage, restarts and suspensions', () => {
  it('keeps the books exact: balances, records, orders, debits, bindings, memory and storage', async () => {
    const r = await soak(base)
    if (process.env.SOAK_REPORT) process.stdout.write(`${JSON.stringify({ ...r, problems: r.problems.length })}\n`)
    expect(r.problems.slice(0, 5)).toEqual([])
    // The run really did what it claims.
    expect(r.spends).toBeGreaterThan(250)
    expect(r.orders).toBeGreaterThan(60)
    expect(r.multiPersonOrders).toBeGreaterThan(25)
    expect(r.suspensions).toBeGreaterThan(50)
    expect(r.restarts).toBeGreaterThan(50)
    expect(r.injected.callFaults).toBeGreaterThan(200)
    expect(r.injected.storageFaults).toBeGreaterThan(100)
    expect(r.injected.saveFailedAnswers).toBeGreaterThan(50)
    expect(r.signInsAgain).toBeGreaterThan(50)
    expect(r.tickets.verified).toBeGreaterThan(80)
    expect(r.tickets.wrongPasswords).toBeGreaterThan(10)
    expect(r.tickets.expired).toBeGreaterThan(5)
    expect(r.tickets.unverifiedRefused).toBeGreaterThan(10)
  })

  it('reports a payment without a valid ticket when tickets are switched off (test-only option)', async () => {
    const r = await soak({ ...base, sequences: 40, storageFaultRate: 0, tickets: false })
    if (process.env.SOAK_REPORT) process.stdout.write(`tickets off: ${r.problems.filter((p) => p.includes('without a valid ticket')).length} of ${r.problems.length} problems\n`)
    expect(r.problems.some((p) => p.includes('payment without a valid ticket'))).toBe(true)
  })

  it('reports a double debit when idempotency is switched off (test-only option)', async () => {
    const r = await soak({ ...base, sequences: 40, storageFaultRate: 0, idempotency: false })
    if (process.env.SOAK_REPORT) process.stdout.write(`idempotency off: ${r.problems.filter((p) => p.includes('double debit')).length} double debits of ${r.problems.length} problems\n`)
    expect(r.problems.some((p) => p.includes('double debit'))).toBe(true)
  })

  it('reports a half-applied call when a failed write is kept in memory (test-only option)', async () => {
    const r = await soak({ ...base, sequences: 40, callFaultRate: 0, rollback: false })
    if (process.env.SOAK_REPORT) process.stdout.write(`rollback off: ${r.problems.filter((p) => p.includes('half-applied')).length} half-applied of ${r.problems.length} problems\n`)
    expect(r.problems.some((p) => p.includes('half-applied'))).toBe(true)
  })
})
