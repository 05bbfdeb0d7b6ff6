import { fixedClock } from '@/services/mock/clock'
import { memoryStorage } from '@/services/mock/persist'
import type { SpendRequest } from '@/services'
import { mockWithClient } from '../support/sessions'

// 共济使用明细 is read page by page from a cursor (a stable position in the server's one sequence), not an offset:
// a record added while the person reads is neither shown twice nor missed.
const noLatency = { latencyMinMs: 0, latencyMaxMs: 0, timeoutMs: 0 }
const make = () => mockWithClient({ storage: memoryStorage(), clock: fixedClock('2026-11-22T02:00:00Z'), faults: noLatency })
const drug = (amountFen: number, idempotencyKey: string): SpendRequest => ({ personRef: 'self', place: 'pharmacy', placeName: '国药控股鹰潭大药房', kind: 'drug', amountFen, idempotencyKey })

describe('listRecords by cursor', () => {
  it('reads on after the last record shown when a record is added between pages: none twice, none missed', async () => {
    const b = make()
    const before = (await b.listRecords({ pageSize: 60 })).items.map((r) => r.id)
    expect(before).toHaveLength(60)
    const first = await b.listRecords({ pageSize: 20 })
    expect(first.nextCursor).toBeDefined()
    // A visit is settled while the person reads the first page.
    const added = await b.spend(drug(1234, 'cursor-test-visit-1'))
    if (!added.ok) throw new Error('the visit was not settled')
    const second = await b.listRecords({ pageSize: 20, cursor: first.nextCursor })
    const third = await b.listRecords({ pageSize: 20, cursor: second.nextCursor })
    const read = [...first.items, ...second.items, ...third.items].map((r) => r.id)
    expect(new Set(read).size).toBe(read.length)
    expect(read).toEqual(before)
    expect(second.total).toBe(first.total + 1)
    // Read again from the top, the new record comes first.
    expect((await b.listRecords({ pageSize: 1 })).items[0].id).toBe(added.value.id)
  })

  it('pages one record at a time through payments and visits alike, each read once', async () => {
    const b = make()
    const bind = (documentNumber: string, name: string, relation: 'spouse') =>
      b.registerAuthorization({ documentType: 'residentId', documentNumber, name, relation, promiseVersion: '2026-12', proofIds: [], idempotencyKey: `cursor-bind-${documentNumber}` })
    const wife = await bind('360602198809212424', '王秀英', 'spouse')
    if (!wife.ok) throw new Error('could not bind')
    const refs = [wife.value.user.ref]
    expect((await b.payResidentPremium({ personRefs: refs, idempotencyKey: 'cursor-pay-1' })).ok).toBe(true)
    const whole = (await b.listRecords({ pageSize: 10 })).items.map((r) => r.id)
    const paged: string[] = []
    let cursor: string | undefined
    do {
      const r = await b.listRecords({ pageSize: 1, cursor })
      paged.push(...r.items.map((x) => x.id))
      cursor = r.nextCursor
    } while (cursor && paged.length < 10)
    expect(paged).toEqual(whole)
  })

  it.each([
    ['a 2-line order (本人, 配偶)', ['self', 'wife']],
    ['a 3-line order (本人, 配偶, 父亲)', ['self', 'wife', 'father']],
  ])('pages one line at a time through %s in the order the whole list gives them', async (_, who) => {
    const b = make()
    const wife = await b.registerAuthorization({ documentType: 'residentId', documentNumber: '360602198809212424', name: '王秀英', relation: 'spouse', promiseVersion: '2026-12', proofIds: [], idempotencyKey: 'cursor-lines-bind' })
    if (!wife.ok) throw new Error('could not bind')
    const father = (await b.listAuthorizations()).asAuthorizer.find((a) => a.relation === 'parent')
    if (!father) throw new Error('no parent bound in the seed')
    const refs: Record<string, string> = { self: 'self', wife: wife.value.user.ref, father: father.user.ref }
    expect((await b.payHuiminbao({ personRefs: who.map((w) => refs[w]), idempotencyKey: 'cursor-lines-pay' })).ok).toBe(true)
    const whole = (await b.listRecords({ pageSize: 12 })).items.map((r) => r.id)
    expect(whole.filter((id) => id.startsWith('JX'))).toHaveLength(who.length)
    const paged: string[] = []
    let cursor: string | undefined
    do {
      const r = await b.listRecords({ pageSize: 1, cursor })
      paged.push(...r.items.map((x) => x.id))
      cursor = r.nextCursor
    } while (cursor && paged.length < 12)
    expect(paged).toEqual(whole)
  })

  it('says there is no more after the last record', async () => {
    const b = make()
    const all = await b.listRecords({ pageSize: 100, month: '2026-11' })
    expect(all.items.length).toBeGreaterThan(0)
    expect(all.items.length).toBeLessThan(100)
    expect(all.nextCursor).toBeUndefined()
  })
})
