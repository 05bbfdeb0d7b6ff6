import { createMockServer } from '@/services/mock'
import { fixedClock } from '@/services/mock/clock'
import { memoryStorage } from '@/services/mock/persist'
import type { AuthorizationRow } from '@/services/mock/state'
import { PEOPLE, signedIn } from '../support/sessions'

// 共济使用明细 names who a person paid for is to the payer the same way in the list and in its totals: the binding
// between them active when the order was paid, else the latest one.
const noLatency = { latencyMinMs: 0, latencyMaxMs: 0, timeoutMs: 0 }

describe('the relation of a person paid for, in listRecords and recordTotals alike', () => {
  it.each([
    ['an older, ended binding before the one of the day', 'before'],
    ['a later binding after the payment', 'after'],
  ])('is the binding active when paid (%s)', async (_, where) => {
    const server = createMockServer({ storage: memoryStorage(), clock: fixedClock('2026-11-22T02:00:00Z'), faults: noLatency })
    const b = await signedIn(server, '李建国')
    const dad = PEOPLE.李德明
    const paid = await b.payHuiminbao({ personRefs: [dad], idempotencyKey: 'relation-pay-dad' })
    expect(paid.ok).toBe(true)
    // Another binding between the two, in the books (relations of the same two people in other times).
    const rows = server.control.snapshot().authorizations as AuthorizationRow[]
    const other: AuthorizationRow = { id: 'a-other', authorizerRef: PEOPLE.李建国, userRef: dad, relation: 'child', status: 'cancelled', promiseVersion: '2026-12', proofIds: [], ...(where === 'before' ? { since: '2024-01-02', endedOn: '2024-06-01' } : { since: '2026-12-01', endedOn: '2026-12-02' }) }
    if (where === 'before') rows.unshift(other)
    else rows.push(other)
    const listed = (await b.listRecords({ pageSize: 100, personRef: dad, kind: 'huiminbao' })).items.filter((r) => r.type === 'payment')
    expect(listed.length).toBeGreaterThan(0)
    expect(listed.every((r) => r.relation === 'parent')).toBe(true)
    const totals = await b.recordTotals({ personRef: dad, kind: 'huiminbao' })
    expect(totals.byPerson.map((p) => p.relation)).toEqual(['parent'])
  })
})
