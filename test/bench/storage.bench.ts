// `npm run bench` (storage part): bytes the mock server keeps per key after the demo year and after 10,000
// records, and the figures of a long soak with its power checks. Prints; asserts only that it measured.
import { createMockServer } from '@/services/mock'
import { signedIn } from '../support/sessions'
import { fixedClock } from '@/services/mock/clock'
import { memoryStorage, utf8Bytes } from '@/services/mock/persist'
import { soak, type SoakReport } from '../support/soak'

const KB = (n: number) => `${(n / 1024).toFixed(1)} KB`
const LIMIT = 200 * 1024

function table(title: string, dump: Record<string, string>): string {
  const rows = Object.entries(dump)
    .map(([k, v]) => [k, utf8Bytes(k) + utf8Bytes(v)] as const)
    .sort((a, b) => a[0].localeCompare(b[0], 'en', { numeric: true }))
  const total = rows.reduce((n, [, b]) => n + b, 0)
  const lines = rows.map(([k, b]) => `  ${k.padEnd(32)} ${KB(b).padStart(10)}  ${b <= LIMIT ? 'within' : 'OVER'} 200 KB`)
  return [`${title}: ${rows.length} keys, ${KB(total)} in all`, ...lines].join('\n')
}

const soakLine = (name: string, r: SoakReport) =>
  `  ${name.padEnd(34)} ${String(r.operations).padStart(6)} ops ${String(r.calls).padStart(6)} calls | spends ${r.spends}, orders ${r.orders} (${r.multiPersonOrders} for several people), suspensions ${r.suspensions}, restarts ${r.restarts} | injected: ${r.injected.callFaults} lost answers/network failures, ${r.injected.storageFaults} failed writes (${r.injected.saveFailedAnswers} answered 保存失败) | problems reported: ${r.problems.length}${r.problems.length ? ` (first: ${r.problems[0]})` : ''}`

test('storage and soak figures', async () => {
  const clock = fixedClock('2026-11-23T02:00:00Z')
  const demo = memoryStorage()
  const server = await signedIn(createMockServer({ storage: demo, clock, faults: { latencyMinMs: 0, latencyMaxMs: 0 } }), '李建国')
  // The first write (the sign-in) stores everything: the demo year as it is kept.
  await server.spend({ personRef: 'self', place: 'pharmacy', placeName: '国药控股鹰潭大药房', kind: 'drug', amountFen: 1000, idempotencyKey: 'bench-first-write' })
  const big = memoryStorage()
  const bigServer = createMockServer({ storage: big, clock, faults: { latencyMinMs: 0, latencyMaxMs: 0 } })
  bigServer.control.setSpendingVolume(10_000)
  const records = (await (await signedIn(bigServer, '李建国')).listRecords({ pageSize: 1 })).total

  const base = { sequences: 1000, opsPerSequence: 16, seed: 7, callFaultRate: 0.15, storageFaultRate: 0.08 }
  const started = Date.now()
  const full = await soak(base)
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const noIdempotency = await soak({ ...base, sequences: 200, storageFaultRate: 0, idempotency: false })
  const noRollback = await soak({ ...base, sequences: 200, callFaultRate: 0, rollback: false })
  const noTickets = await soak({ ...base, sequences: 200, storageFaultRate: 0, tickets: false })
  const count = (r: SoakReport, word: string) => r.problems.filter((p) => p.includes(word)).length

  process.stdout.write(
    [
      '',
      table('Stored after the demo year (first write)', demo.dump()),
      '',
      table(`Stored with 10,000 records of 李建国's own (${records.toLocaleString('en')} records in his list)`, big.dump()),
      '',
      `Soak (${seconds} s):`,
      soakLine('all faults on, must report nothing', full),
      soakLine('idempotency switched off', noIdempotency),
      soakLine('failed writes kept in memory', noRollback),
      soakLine('tickets switched off', noTickets),
      `  sessions signed in again: ${full.signInsAgain}; tickets: ${full.tickets.verified} verified, ${full.tickets.wrongPasswords} wrong passwords, ${full.tickets.expired} expired before use, ${full.tickets.unverifiedRefused} attempts without a valid ticket refused`,
      `  power checks: idempotency off → ${count(noIdempotency, 'double debit')} double debits reported; rollback off → ${count(noRollback, 'half-applied')} half-applied calls reported; tickets off → ${count(noTickets, 'without a valid ticket')} payments without a valid ticket reported`,
      '',
    ].join('\n'),
  )
  expect(records).toBeGreaterThan(10_000)
}, 600_000)
