// 共济使用明细 and its totals on the mock server (src/services/mock/records.ts, household.ts), through the wire: the
// page size it takes, the cursors it refuses, who an order was for on its day, totals in order (issue 20 item 9,
// tests found missing by mutation testing).
import { createMockServer, type MockServer } from '@/services/mock'
import { systemClock } from '@/services/mock/clock'
import { memoryStorage } from '@/services/mock/persist'
import { signedIn, type SignedIn } from '../support/sessions'

const noLatency = { latencyMinMs: 0, latencyMaxMs: 0, timeoutMs: 0 }
let seq = 0
const key = () => `mut-rec-${++seq}-${Math.random().toString(36).slice(2, 8)}`
const server = (): MockServer => createMockServer({ storage: memoryStorage(), clock: systemClock(() => Date.parse('2026-11-22T02:00:00Z')), faults: noLatency })
const bindWife = async (b: SignedIn) => {
  const r = await b.registerAuthorization({ documentType: 'residentId', documentNumber: '360602198809212424', name: '王秀英', relation: 'spouse', promiseVersion: '2026-12', proofIds: [], idempotencyKey: key() })
  if (!r.ok) throw new Error('not bound')
  return r.value
}

describe('listRecords takes any page size as a whole number from 1 to 100', () => {
  it.each([
    [-5, 1],
    [2.9, 2],
    [1000, 100],
    [100, 100],
  ])('pageSize %s → %i records, and a cursor to the rest', async (pageSize, n) => {
    const li = await signedIn(server(), '李建国')
    const page = await li.listRecords({ pageSize })
    expect(page.items).toHaveLength(n)
    expect(page.total).toBeGreaterThan(100)
    expect(page.nextCursor).toMatch(/^\d+\.\d+$/)
  })


  it.each(['1.2.3', `${'9'.repeat(16)}.0`, '5.1234', ' 5.1'])('refuses the cursor %j in its words', async (cursor) => {
    const li = await signedIn(server(), '李建国')
    await expect(li.listRecords({ pageSize: 5, cursor })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: '明细位置无效，请刷新后重试' })
  })
})

describe('who an order was for, as its record says', () => {
  it('the relation of the binding active on the day of the order, as it reads now (after a 变更), also once it has ended', async () => {
    const s = server()
    const li = await signedIn(s, '李建国')
    const binding = await bindWife(li)
    expect((await li.payResidentPremium({ personRefs: [binding.user.ref], idempotencyKey: key() })).ok).toBe(true)
    s.control.clock.shiftDays(1)
    expect((await li.changeAuthorization({ authorizationId: binding.id, relation: 'sibling', proofIds: [], promiseVersion: '2026-12', idempotencyKey: key() })).ok).toBe(true)
    const relationOfOrder = async () => (await li.listRecords({ pageSize: 5, kind: 'residentPremium' })).items.map((r) => r.relation)
    expect(await relationOfOrder()).toEqual(['sibling'])
    await li.cancelAuthorization({ authorizationId: binding.id, idempotencyKey: key() })
    expect(await relationOfOrder()).toEqual(['sibling'])
    const totals = await li.recordTotals({ kind: 'residentPremium' })
    expect(totals.byPerson.map((p) => [p.person.maskedName, p.relation, p.totalFen])).toEqual([['王*英', 'sibling', 40000]])
  })
})

describe('an order for several people', () => {
  it('is listed one record a person, numbered after the order: -1, -2', async () => {
    const li = await signedIn(server(), '李建国')
    const wife = await bindWife(li)
    const paid = await li.payHuiminbao({ personRefs: ['self', wife.user.ref], idempotencyKey: key() })
    if (!paid.ok) throw new Error('not paid')
    const page = await li.listRecords({ pageSize: 10, kind: 'huiminbao' })
    expect(page.items.map((r) => r.id).sort()).toEqual([`${paid.value.orderNo}-1`, `${paid.value.orderNo}-2`])
  })
})

describe('recordTotals', () => {
  it('the member first, then the others by total; months newest first; this month’s sum', async () => {
    const s = server()
    const li = await signedIn(s, '李建国')
    const t = await li.recordTotals({})
    expect(t.byPerson.length).toBeGreaterThan(1)
    expect(t.byPerson[0].relation).toBe('self')
    const others = t.byPerson.slice(1).map((p) => p.totalFen)
    expect(others).toEqual([...others].sort((a, b) => b - a))
    const months = t.byMonth.map((m) => m.month)
    expect(months.length).toBeGreaterThan(2)
    expect(months).toEqual([...months].sort().reverse())
    expect(t.month).toBe('2026-11')
    expect(t.monthFen).toBe(t.byMonth.find((m) => m.month === '2026-11')?.totalFen ?? 0)
    expect(t.totalFen).toBe(t.byMonth.reduce((n, m) => n + m.totalFen, 0))
    expect(t.count).toBe((await li.listRecords({ pageSize: 1 })).total)
  })

  it('answers an order number that is not text, or nobody’s, as not found, in its words', async () => {
    const li = await signedIn(server(), '李建国')
    await expect(li.getPayment(7 as never)).rejects.toMatchObject({ code: 'NOT_FOUND', message: '未找到该缴费记录' })
    await expect(li.getPayment('JX20261122000001')).rejects.toMatchObject({ code: 'NOT_FOUND', message: '未找到该缴费记录' })
  })
})
