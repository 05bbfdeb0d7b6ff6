// Storage a real client can live with (issue 15, point 2): a key per concern, each under Alipay's 200 KB,
// written before the answer; a failed write changes nothing; idempotency results expire and are capped;
// nothing of a stranger's is kept after a refusal.
import { mockWithClient, type ServerWithClient } from '../support/sessions'
import { fixedClock, systemClock, type AdjustableClock } from '@/services/mock/clock'
import { IDEMPOTENCY_CAP } from '@/services/mock/idempotency'
import { MAX_KEY_BYTES, memoryStorage, utf8Bytes, type KeyValueStorage } from '@/services/mock/persist'
import type { SpendRequest } from '@/services/backend'

const noLatency = { latencyMinMs: 0, latencyMaxMs: 0, timeoutMs: 0 }
const KB = 1024
const MB = 1024 * KB

function server(storage: KeyValueStorage, clock: AdjustableClock = fixedClock('2026-11-23T02:00:00Z')): ServerWithClient {
  return mockWithClient({ storage, clock, faults: noLatency })
}

const drug = (amountFen: number, idempotencyKey: string): SpendRequest => ({ personRef: 'self', place: 'pharmacy', placeName: '国药控股鹰潭大药房', kind: 'drug', amountFen, idempotencyKey })

/** A copy of what the server keeps in `storage` (without other apps' data). */
const serverKeys = (storage: { dump(): Record<string, string> }) => memoryStorage(Object.fromEntries(Object.entries(storage.dump()).filter(([k]) => k.startsWith('jx-mock'))))

/** Every field of the books, compared one by one (key order aside). */
function sameBooks(a: ServerWithClient, b: ServerWithClient): string[] {
  const x = a.control.snapshot() as unknown as Record<string, unknown>
  const y = b.control.snapshot() as unknown as Record<string, unknown>
  return [...new Set([...Object.keys(x), ...Object.keys(y)])].filter((k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]))
}

describe('a key per concern, each under 200 KB', () => {
  it('keeps identity, authorizations, payments, accounts, idempotency and the logs under their own keys', async () => {
    const storage = memoryStorage()
    await server(storage).spend(drug(1000, 'spend-key-0001'))
    const concerns = new Set(Object.keys(storage.dump()).map((k) => k.replace(/\.\d+$/, '').replace(/#\d+$/, '#n')))
    expect([...concerns].sort()).toEqual(['jx-mock', 'jx-mock:accounts', 'jx-mock:authorizations', 'jx-mock:idempotency', 'jx-mock:identity', 'jx-mock:ledger#n', 'jx-mock:payments', 'jx-mock:security', 'jx-mock:sessions', 'jx-mock:spending#n'])
  })

  it('writes nothing for reads, and only what changed for a write', async () => {
    const storage = memoryStorage()
    const b = server(storage)
    await b.login('李建国')
    const signedIn = storage.dump()
    await b.getBalances()
    await b.listRecords({ pageSize: 20 })
    expect(storage.dump()).toEqual(signedIn)
    await b.spend(drug(1000, 'spend-key-0001'))
    const first = storage.dump()
    await b.login('王秀英')
    const second = storage.dump()
    const changed = Object.keys(second).filter((k) => second[k] !== first[k])
    // A sign-in writes its small key of open sessions only.
    expect(changed).toEqual(['jx-mock:sessions'])
  })

  it('keeps 10,000 records in chunks, every key under Alipay’s 200 KB, and reads them back', async () => {
    const storage = memoryStorage({}, { maxKeyBytes: 200 * KB })
    const b = server(storage)
    b.control.setSpendingVolume(10_000)
    const sizes = Object.entries(storage.dump()).map(([k, v]) => utf8Bytes(k) + utf8Bytes(v))
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_KEY_BYTES)
    expect(Object.keys(storage.dump()).filter((k) => k.startsWith('jx-mock:spending#')).length).toBeGreaterThan(10)
    const again = server(storage)
    expect(sameBooks(b, again)).toEqual([])
    expect((await again.listRecords({ pageSize: 1 })).total).toBeGreaterThan(10_000)
    // Appends after a restart go on from the last chunk, across chunk boundaries, and read back the same.
    for (let i = 0; i < 700; i++) await again.spend(drug(100, `spend-after-${String(i).padStart(4, '0')}`))
    expect(sameBooks(again, server(storage))).toEqual([])
    expect(Math.max(...Object.entries(storage.dump()).map(([k, v]) => utf8Bytes(k) + utf8Bytes(v)))).toBeLessThanOrEqual(MAX_KEY_BYTES)
  })
})

describe('written before the answer; a failed write changes nothing', () => {
  function breakable() {
    const inner = memoryStorage()
    let broken = false
    const storage: KeyValueStorage = {
      ...inner,
      setItem: (k, v) => {
        if (broken) throw new Error('setStorage:fail')
        inner.setItem(k, v)
      },
    }
    return { inner, storage, breakWrites: (on: boolean) => (broken = on) }
  }

  it('answers 「保存失败，本次办理未生效，请重试」 and leaves memory and storage as they were; the retry applies once', async () => {
    const { inner, storage, breakWrites } = breakable()
    const live = server(storage)
    const client = live
    await client.spend(drug(1000, 'warm-up-key-1'))
    const before = JSON.stringify(inner.dump())
    const balances = await client.getBalances()
    breakWrites(true)
    await expect(client.spend(drug(5000, 'spend-key-0002'))).rejects.toMatchObject({ code: 'SAVE_FAILED', message: '保存失败，本次办理未生效，请重试' })
    expect(JSON.stringify(inner.dump())).toBe(before)
    expect(await client.getBalances()).toEqual({ ...balances, asOf: expect.any(String) })
    expect(sameBooks(live, server(memoryStorage(inner.dump())))).toEqual([])
    breakWrites(false)
    const retry = await client.spend(drug(5000, 'spend-key-0002'))
    expect(retry.ok).toBe(true)
    expect((await client.getBalances()).personalAccount?.currentYearFen).toBe((balances.personalAccount?.currentYearFen ?? 0) - 5000)
  })

  it('fails the same way for a registration and a payment: the binding and the order do not exist', async () => {
    const { storage, breakWrites } = breakable()
    const live = server(storage)
    const client = live
    breakWrites(true)
    await expect(client.registerAuthorization({ documentType: 'residentId', documentNumber: '360602202503081133', name: '李小宝', relation: 'child', promiseVersion: '2026-12', proofIds: [], idempotencyKey: 'bind-key-0001' })).rejects.toMatchObject({ code: 'SAVE_FAILED' })
    breakWrites(false)
    expect((await client.listAuthorizations()).asAuthorizer.some((a) => a.user.maskedName === '李*宝')).toBe(false)
  })
})

describe('idempotency results: kept 24 hours of the mock clock, at most a capped number', () => {
  it('answers a retry within 24 hours with the first result, and forgets it after', async () => {
    const clock = fixedClock('2026-11-23T02:00:00Z')
    const b = server(memoryStorage(), clock)
    const first = await b.spend(drug(1000, 'spend-key-0003'))
    clock.shiftDays(0.99)
    expect(await b.spend(drug(1000, 'spend-key-0003'))).toEqual(first)
    expect(Object.keys(b.control.snapshot().idempotency)).toContain('spend-key-0003')
    clock.shiftDays(0.02)
    await b.spend(drug(1000, 'spend-key-0004'))
    expect(Object.keys(b.control.snapshot().idempotency)).not.toContain('spend-key-0003')
  })

  it("counts the 24 hours in time that passed, not the days the developer panel moved the date: no second charge", async () => {
    let t = Date.parse('2026-11-23T02:00:00Z')
    const clock = systemClock(() => t)
    const b = server(memoryStorage(), clock)
    const before = (await b.getBalances()).personalAccount?.currentYearFen ?? 0
    const first = await b.spend(drug(1000, 'spend-key-shift'))
    expect(first.ok).toBe(true)
    clock.shiftDays(1)
    t += 60_000
    expect(await b.spend(drug(1000, 'spend-key-shift'))).toEqual(first)
    expect((await b.getBalances()).personalAccount?.currentYearFen).toBe(before - 1000)
    // A day that really passed still forgets it.
    t += 24 * 3600 * 1000
    await b.spend(drug(100, 'spend-key-shift-later'))
    expect(Object.keys(b.control.snapshot().idempotency)).not.toContain('spend-key-shift')
  })

  it(`keeps at most ${IDEMPOTENCY_CAP} results, the newest`, async () => {
    const b = server(memoryStorage())
    for (let i = 0; i < IDEMPOTENCY_CAP + 30; i++) await b.spend(drug(100, `spend-cap-${String(i).padStart(4, '0')}`))
    const kept = Object.keys(b.control.snapshot().idempotency)
    expect(kept).toHaveLength(IDEMPOTENCY_CAP)
    expect(kept).toContain(`spend-cap-${String(IDEMPOTENCY_CAP + 29).padStart(4, '0')}`)
    expect(kept).not.toContain('spend-cap-0000')
  })
})

describe("nothing of a stranger's is kept after a refusal", () => {
  it.each([
    ['a registration of a person not found', '11010519491231002X', '赵六'],
    ['a registration with a name that does not match', '360602202503081133', '李小包'],
  ])('%s', async (_n, documentNumber, name) => {
    const storage = memoryStorage()
    const b = server(storage)
    await b.spend(drug(1000, 'spend-key-0005'))
    const proof = await b.uploadProof({ fileName: `户口簿（${name}）.jpg`, mimeType: 'image/jpeg', sizeBytes: 300_000 })
    const proofIds = proof.ok ? [proof.value.id] : []
    const r = await b.registerAuthorization({ documentType: 'residentId', documentNumber, name, relation: 'sibling', promiseVersion: '2026-12', proofIds, idempotencyKey: 'stranger-key-1' })
    expect(r.ok).toBe(false)
    const stored = Object.values(storage.dump()).join('\n')
    expect(stored).not.toContain(name)
    if (documentNumber === '11010519491231002X') expect(stored).not.toContain(documentNumber)
    // The key stays bound to the refused request by a fingerprint alone (issue 20 item 6): no result, no request.
    const kept = Object.entries(storage.dump()).filter(([k]) => k.startsWith('jx-mock:idempotency'))
    expect(kept).toHaveLength(1)
    expect(Object.keys((JSON.parse(kept[0][1]) as { idempotency: Record<string, object> }).idempotency['stranger-key-1']).sort()).toEqual(['at', 'by', 'fingerprint'])
  })
})

describe('filled to each platform’s limit: nothing half-applied', () => {
  const platforms = [
    { name: 'WeChat (1 MB a key, 10 MB in all)', maxKeyBytes: 1 * MB, maxTotalBytes: 10 * MB },
    { name: 'Alipay (200 KB a key, 10 MB in all)', maxKeyBytes: 200 * KB, maxTotalBytes: 10 * MB },
  ]
  it.each(platforms)('$name', async ({ maxKeyBytes, maxTotalBytes }) => {
    const storage = memoryStorage({}, { maxKeyBytes, maxTotalBytes })
    // Other data of the app and the platform fill the storage up to what the demo data needs, and a little more.
    const live = server(storage)
    await live.spend(drug(100, 'fill-warm-up-1'))
    let i = 0
    const filler = 'x'.repeat(100 * KB)
    while (storage.bytes() + 101 * KB < maxTotalBytes) storage.setItem(`other-app-data-${i++}`, filler)
    const client = live
    let ok = 0
    let failed = 0
    for (let n = 0; n < 400 && failed < 20; n++) {
      const before = serverKeys(storage)
      try {
        const r = await client.spend(drug(100 + n, `fill-spend-${String(n).padStart(4, '0')}`))
        if (r.ok) ok += 1
        // Answered: it is in storage.
        expect(sameBooks(live, server(serverKeys(storage)))).toEqual([])
      } catch (e) {
        expect(e).toMatchObject({ code: 'SAVE_FAILED' })
        failed += 1
        // Refused to store: storage and memory are as before the call.
        expect(sameBooks(live, server(before))).toEqual([])
        expect(sameBooks(live, server(serverKeys(storage)))).toEqual([])
      }
      expect(storage.bytes()).toBeLessThanOrEqual(maxTotalBytes)
    }
    expect(ok).toBeGreaterThan(0)
    expect(failed).toBe(20)
  })
})

describe('proofs that are uploaded and never submitted', () => {
  it('do not pile up in the authorizations key: after 400 uploads it stays small and a registration still goes through', async () => {
    const storage = memoryStorage({}, { maxKeyBytes: 200 * KB })
    const b = server(storage)
    // A person who picks photos again and again and never submits the form (about 2,700 such rows filled
    // Alipay's 200 KB: every later registration then failed with 保存失败).
    for (let i = 0; i < 400; i++) {
      const r = await b.uploadProof({ fileName: `hukou-${i}.jpg`, mimeType: 'image/jpeg', sizeBytes: 300_000 })
      expect(r.ok).toBe(true)
    }
    const proof = await b.uploadProof({ fileName: 'hukou.jpg', mimeType: 'image/jpeg', sizeBytes: 300_000 })
    const r = await b.registerAuthorization({
      documentType: 'residentId', documentNumber: '360602202503081133', name: '李小宝', relation: 'child', promiseVersion: '2026-12',
      proofIds: [proof.ok ? proof.value.id : ''], idempotencyKey: 'key-after-many-uploads',
    })
    expect(r.ok).toBe(true)
    const authorizationsKey = Object.entries(storage.dump()).find(([k]) => k.startsWith('jx-mock:authorizations'))!
    expect(utf8Bytes(authorizationsKey[1])).toBeLessThan(10 * KB)
  })
})

describe('a crash between the writes and the manifest, on a platform that cannot list its keys (Alipay)', () => {
  it('leaves nothing behind after 清除本机数据 on the next start (books not yet read): committed keys and those the crashed commit wrote are found without listing', async () => {
    const inner = memoryStorage()
    let crashed = false
    // No keys(): Taro maps no getStorageInfoSync on Alipay. After the crash nothing runs any more (no clean-up).
    const alipay: KeyValueStorage = {
      getItem: (k) => inner.getItem(k),
      setItem: (k, v) => {
        if (crashed) throw new Error('the app was killed')
        if (k === 'jx-mock' && inner.getItem('jx-mock') !== null && v.includes('"gen":3')) {
          crashed = true
          throw new Error('the app was killed')
        }
        inner.setItem(k, v)
      },
      removeItem: (k) => {
        if (crashed) throw new Error('the app was killed')
        inner.removeItem(k)
      },
    }
    const b = server(alipay)
    await b.spend(drug(1000, 'spend-key-crash-1'))
    const registered = b.registerAuthorization({ documentType: 'residentId', documentNumber: '360602202503081133', name: '李小宝', relation: 'child', promiseVersion: '2026-12', proofIds: [], idempotencyKey: 'key-crash-bind' })
    await expect(registered).rejects.toMatchObject({ code: 'SAVE_FAILED' })
    expect(crashed).toBe(true)
    crashed = false
    // The app starts again and the person clears the device (清除本机数据).
    const again = server(alipay)
    again.control.reset()
    expect(Object.keys(inner.dump())).toEqual([])
  })
})
