import { mockWithClient, type ServerWithClient } from '../support/sessions'
import { fixedClock } from '@/services/mock/clock'
import { memoryStorage, STATE_KEY, STATE_VERSION } from '@/services/mock/persist'
import { seedState } from '@/services/mock/seed'

const noLatency = { latencyMinMs: 0, latencyMaxMs: 0, timeoutMs: 0 }
const make = (storage = memoryStorage()) => ({ storage, backend: mockWithClient({ storage, clock: fixedClock('2026-11-22T02:00:00Z'), faults: noLatency }) })

async function bindBaby(b: ServerWithClient, key = 'key-bind-baby-1') {
  return b.registerAuthorization({ documentType: 'residentId', documentNumber: '360602202503081133', name: '李小宝', relation: 'child', promiseVersion: '2026-12', proofIds: [], idempotencyKey: key })
}

describe('mock server persistence (a key per concern, committed by one manifest key)', () => {
  it('keeps its state across restarts through the storage port', async () => {
    const { storage, backend } = make()
    await bindBaby(backend)
    const again = mockWithClient({ storage, clock: fixedClock('2026-11-22T02:00:00Z'), faults: noLatency })
    expect((await again.listAuthorizations()).asAuthorizer.some((a) => a.user.maskedName === '李*宝')).toBe(true)
    expect(again.control.takeNotice()).toBeUndefined()
  })

  it.each([
    ['unreadable JSON', '{not json', '无法读取'],
    ['wrong shape', JSON.stringify({ version: STATE_VERSION, state: { people: 'x' } }), '无法读取'],
    ['old version', JSON.stringify({ version: 0, state: seedState() }), '版本已更新'],
  ])('resets %s to the demo family with a notice', async (_n, raw, text) => {
    const { backend } = make(memoryStorage({ [STATE_KEY]: raw }))
    expect(backend.control.takeNotice()).toContain(text)
    expect(backend.control.takeNotice()).toBeUndefined()
    expect(await backend.currentMember()).toMatchObject({ maskedName: '李*国' })
  })

  it('removes the one-key store of version 1 and starts from the demo family, saying so', () => {
    const storage = memoryStorage({ 'jx-mock-server': JSON.stringify({ version: 1, state: {} }) })
    const { backend } = make(storage)
    expect(backend.control.takeNotice()).toContain('版本已更新')
    // The old key is gone; the demo family made anew is stored at once in the current layout (read by the next start).
    expect(storage.getItem('jx-mock-server')).toBeNull()
    expect(JSON.parse(storage.getItem('jx-mock') as string)).toMatchObject({ version: STATE_VERSION })
  })

  it('reads back only what the manifest committed: items written ahead into a chunk by a failed commit are not read', async () => {
    const { storage, backend } = make()
    await bindBaby(backend)
    const chunk = Object.keys(storage.dump()).filter((k) => k.startsWith('jx-mock:spending#')).sort().pop() as string
    const items = JSON.parse(storage.getItem(chunk) as string) as unknown[]
    storage.setItem(chunk, JSON.stringify([...items, { id: 's-ahead', amountFen: 1 }]))
    const again = mockWithClient({ storage, clock: fixedClock('2026-11-22T02:00:00Z'), faults: noLatency })
    expect(again.control.snapshot().spending).toEqual(backend.control.snapshot().spending)
    storage.setItem(chunk, JSON.stringify(items.slice(1)))
    const cut = mockWithClient({ storage, clock: fixedClock('2026-11-22T02:00:00Z'), faults: noLatency })
    expect(cut.control.takeNotice()).toContain('无法读取')
  })

  it('reads its books (or makes the demo year) on the first call, not when created: the first screen paints first', async () => {
    const storage = memoryStorage()
    const read = jest.spyOn(storage, 'getItem')
    const opened = jest.spyOn(storage as Required<typeof storage>, 'keys')
    const backend = mockWithClient({ storage, clock: fixedClock('2026-11-22T02:00:00Z'), faults: noLatency })
    expect(backend.control.clock.today()).toBe('2026-11-22')
    expect(read).not.toHaveBeenCalled()
    // A fresh device has no notice to show: asking does not open the books (nor make the demo year) either.
    expect(backend.control.takeNotice()).toBeUndefined()
    expect(opened).not.toHaveBeenCalled()
    await backend.currentMember()
    expect(read).toHaveBeenCalled()
  })

  it('resets to the demo family on 重置演示数据', async () => {
    const { backend } = make()
    await bindBaby(backend)
    backend.control.reset()
    expect((await backend.listAuthorizations()).asAuthorizer.some((a) => a.user.maskedName === '李*宝')).toBe(false)
  })
})

describe('mock server faults', () => {
  it('a network failure changes nothing', async () => {
    const { backend } = make()
    backend.control.setFaults({ failNext: 'network' })
    await expect(bindBaby(backend)).rejects.toMatchObject({ code: 'NETWORK' })
    expect((await backend.listAuthorizations()).asAuthorizer.some((a) => a.user.maskedName === '李*宝')).toBe(false)
  })

  it('a timeout after the work is done is answered by a retry with the same key, once', async () => {
    const { backend } = make()
    await bindBaby(backend)
    await backend.registerAuthorization({ documentType: 'residentId', documentNumber: '360602198809212424', name: '王秀英', relation: 'spouse', promiseVersion: '2026-12', proofIds: [], idempotencyKey: 'key-bind-wife-1' })
    const wife = (await backend.premiumCandidates()).candidates.find((c) => c.person.maskedName === '王*英')!
    const req = { personRefs: [wife.person.ref], idempotencyKey: 'pay-wife-2027-a' }
    backend.control.setFaults({ failNext: 'timeout' })
    await expect(backend.payResidentPremium(req)).rejects.toMatchObject({ code: 'TIMEOUT' })
    const retry = await backend.payResidentPremium(req)
    expect(retry.ok && retry.value.balanceAfterFen).toBe(288050)
    expect((await backend.getBalances()).personalAccount?.carriedOverFen).toBe(288050)
    expect(await backend.listPayments()).toHaveLength(1)
  })

  it('adds latency within the configured range', async () => {
    const storage = memoryStorage()
    const b = mockWithClient({ storage, clock: fixedClock('2026-11-22T02:00:00Z'), random: () => 0.5 })
    await b.login('李建国')
    jest.useFakeTimers()
    try {
      let done = false
      const p = b.currentMember().then(() => (done = true))
      await jest.advanceTimersByTimeAsync(200)
      expect(done).toBe(false)
      await jest.advanceTimersByTimeAsync(100)
      await p
      expect(done).toBe(true)
    } finally {
      jest.useRealTimers()
    }
  })

  it('ends bindings automatically when an insurance is suspended (domain.md)', async () => {
    const { backend } = make()
    backend.control.setInsuranceStatus('360602195807021516', 'terminated')
    const father = (await backend.listAuthorizations()).asAuthorizer.find((a) => a.user.maskedName === '李*明')
    expect(father).toMatchObject({ status: 'ended', endReason: '使用人医保关系终止，共济关系自动终止', rebindAdvice: '待对方（使用人）重新参保后，可重新办理授权登记' })
    // Insured again the same day: he can be bound again at once; rule 5's next day is for a 解除 only.
    backend.control.setInsuranceStatus('360602195807021516', 'normal')
    // The advice stays what ended it: his insurance today is not told to his former authorizer.
    const later = (await backend.listAuthorizations()).asAuthorizer.find((a) => a.user.maskedName === '李*明')
    expect(later?.rebindAdvice).toBe('待对方（使用人）重新参保后，可重新办理授权登记')
    const again = await backend.registerAuthorization({ documentType: 'residentId', documentNumber: '360602195807021516', name: '李德明', relation: 'parent', promiseVersion: '2026-12', proofIds: [], idempotencyKey: 'key-rebind-father' })
    expect(again.ok).toBe(true)
  })
})

describe('listRecords never trusts the page it is asked for', () => {
  it('answers a fractional page size (it crashed on records[2.5]) as the whole size below it', async () => {
    const { backend } = make()
    const r = await backend.listRecords({ pageSize: 2.5 })
    expect(r.items.map((i) => i.id)).toEqual((await backend.listRecords({ pageSize: 2 })).items.map((i) => i.id))
    expect(r.items).toHaveLength(2)
  })

  it.each([['not a position', 'abc'], ['a number', 12], ['an object', { seq: 1 }]])('refuses a cursor that is %s', async (_n, cursor) => {
    const { backend } = make()
    await expect(backend.listRecords({ pageSize: 2, cursor: cursor as string })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
  })
})

describe('首页 待办 (dueItems): worked out by the server from its clock and the family it knows', () => {
  it('lists the unpaid wife with the days left by the server clock, then the 等待期 once the window has passed', async () => {
    const { backend } = make()
    await backend.registerAuthorization({ documentType: 'residentId', documentNumber: '360602198809212424', name: '王秀英', relation: 'spouse', promiseVersion: '2026-12', proofIds: [], idempotencyKey: 'due-bind-wife' })
    const due = await backend.dueItems()
    expect(due.summary?.year).toBe(2027)
    expect(due.summary?.items.map((i) => i.text)).toContain('王*英的2027年度居民医保费还没交（¥400.00）')
    // 2026-11-22 (server clock) to 2027-02-28, both counted.
    expect(due.summary?.deadline).toContain('集中征缴期还剩 99 天')
    backend.control.clock.shiftDays(120)
    expect((await backend.dueItems()).summary?.deadline).toContain('等待期')
  })

  it('has nothing due for a member who cannot pay for others (城乡居民 王秀英)', async () => {
    const { backend } = make()
    await backend.login('王秀英')
    expect(await backend.dueItems()).toEqual({ exemptChildren: 0 })
  })
})

describe('共济使用明细 after a restart', () => {
  it('reads a 代缴 back as the same record: records are made from the stored books, not kept on their own', async () => {
    const { storage, backend } = make()
    const wife = await backend.registerAuthorization({ documentType: 'residentId', documentNumber: '360602198809212424', name: '王秀英', relation: 'spouse', promiseVersion: '2026-12', proofIds: [], idempotencyKey: 'key-bind-wife-1' })
    if (!wife.ok) throw new Error('could not bind 王秀英')
    expect((await backend.payResidentPremium({ personRefs: [wife.value.user.ref], idempotencyKey: 'key-pay-wife-1' })).ok).toBe(true)
    const before = await backend.listRecords({ pageSize: 3 })
    expect(before.items[0]).toMatchObject({ type: 'payment', kind: 'residentPremium', amountFen: 40000 })
    const again = mockWithClient({ storage, clock: fixedClock('2026-11-22T02:00:00Z'), faults: noLatency })
    expect(await again.listRecords({ pageSize: 3 })).toEqual(before)
    expect(again.control.takeNotice()).toBeUndefined()
  })
})
