// How the mock server keeps its books on the device (src/services/mock/persist.ts), in the small: the fast cases of
// issue 15's storage rules, run under mutation testing (test/unit/storage.test.ts, which also fills 10,000 records,
// is left out of it). Issue 20 item 9: each test names the mutant that first showed the rule untested.
import { fixedClock } from '@/services/mock/clock'
import { MAX_KEY_BYTES, memoryStorage, SESSIONS_KEY, STATE_KEY, Store, utf8Bytes, type KeyValueStorage } from '@/services/mock/persist'
import { client, mockWithClient, PEOPLE, type ServerWithClient } from '../support/sessions'
import { createMockServer } from '@/services/mock'
import { seedState } from '@/services/mock/seed'
import type { SpendRequest } from '@/services/backend'

const noLatency = { latencyMinMs: 0, latencyMaxMs: 0, timeoutMs: 0 }
const server = (storage: KeyValueStorage): ServerWithClient => mockWithClient({ storage, clock: fixedClock('2026-11-23T02:00:00Z'), faults: noLatency })
let seq = 0
const drug = (amountFen: number, idempotencyKey = `mut-store-${++seq}-${Math.random().toString(36).slice(2, 8)}`): SpendRequest => ({ personRef: 'self', place: 'pharmacy', placeName: '国药控股鹰潭大药房', kind: 'drug', amountFen, idempotencyKey })
const current = async (b: ServerWithClient) => (await b.getBalances()).personalAccount?.currentYearFen

type Manifest = { version: number; gen: number; seq: number; concerns: Record<string, string>; logs: Record<string, { key: string; count: number }[]> }
const manifestOf = (storage: { getItem(k: string): string | null }) => JSON.parse(storage.getItem(STATE_KEY) ?? 'null') as Manifest
const named = (m: Manifest) => [...Object.values(m.concerns), ...Object.values(m.logs).flatMap((chunks) => chunks.map((c) => c.key))]
const RESET_VERSION = '演示数据版本已更新，已为您重置为初始演示数据'
const RESET_UNREADABLE = '本机保存的演示数据无法读取，已重置为初始演示数据'

/** A committed store of the demo books with one purchase (李建国's 当年余额 115000 → 114000). */
async function committed(): Promise<ReturnType<typeof memoryStorage>> {
  const storage = memoryStorage({ 'other-app': 'kept' })
  const b = server(storage)
  expect((await b.spend(drug(1000))).ok).toBe(true)
  return storage
}

describe('what is written, and when', () => {
  it('a read writes nothing; each write commits a new generation naming a key per concern and the log chunks, and removes the keys it replaced', async () => {
    // Mutants: the commit's generation, the skip of unchanged concerns, the removal of replaced keys.
    const storage = memoryStorage()
    const b = server(storage)
    expect((await b.spend(drug(1000))).ok).toBe(true)
    // The first boot stored the demo books (generation 1); the purchase is generation 2.
    const first = manifestOf(storage)
    expect(first).toMatchObject({ version: 4, gen: 2 })
    const dump = storage.dump()
    await b.getBalances()
    await b.listRecords({ pageSize: 5 })
    expect(storage.dump()).toEqual(dump)
    expect((await b.spend(drug(2000))).ok).toBe(true)
    const second = manifestOf(storage)
    expect(second.gen).toBe(3)
    // What changed is written under the new generation; what did not keeps its key.
    expect(second.concerns.accounts).toBe('jx-mock:accounts.3')
    expect(second.concerns.identity).toBe(first.concerns.identity)
    // Exactly the keys the manifest names, the manifest and the sessions: nothing left of generation 2's accounts.
    expect(Object.keys(storage.dump()).sort()).toEqual([STATE_KEY, SESSIONS_KEY, ...named(second)].sort())
    expect(storage.getItem('jx-mock:accounts.2')).toBeNull()
    expect(second.logs.spending.reduce((n, c) => n + c.count, 0)).toBe(first.logs.spending.reduce((n, c) => n + c.count, 0) + 1)
  })

  it('another server on the same storage (another window, the next start) reads the books as committed, and writes on from them', async () => {
    const storage = await committed()
    const again = server(storage)
    expect(await current(again)).toBe(114000)
    expect((await again.spend(drug(500))).ok).toBe(true)
    expect(await current(server(storage))).toBe(113500)
    expect(storage.getItem('other-app')).toBe('kept')
  })

  it('a failed write answers SAVE_FAILED and leaves storage and memory as they were, removing what it had written; the retry applies once', async () => {
    // Mutants: the clean-up of keys written before the failing manifest write; revert of memory.
    const inner = await committed()
    let failManifest = false
    const storage: KeyValueStorage = {
      getItem: (k) => inner.getItem(k),
      setItem: (k, v) => {
        if (failManifest && k === STATE_KEY) throw new Error('setStorage:fail')
        inner.setItem(k, v)
      },
      removeItem: (k) => inner.removeItem(k),
      keys: () => inner.keys?.() ?? [],
    }
    const b = server(storage)
    expect(await current(b)).toBe(114000)
    const before = inner.dump()
    failManifest = true
    const req = drug(5000)
    await expect(b.spend(req)).rejects.toMatchObject({ code: 'SAVE_FAILED', message: '保存失败，本次办理未生效，请重试' })
    // The manifest and every concern as they were, no new key; a log chunk may hold rows written ahead, never read.
    const after = inner.dump()
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort())
    expect(Object.keys(after).filter((k) => !k.includes('#') && after[k] !== before[k])).toEqual([])
    expect(await current(server(memoryStorage(after)))).toBe(114000)
    failManifest = false
    expect(await current(b)).toBe(114000)
    expect(b.control.snapshot().spending.filter((s) => s.day === '2026-11-23')).toHaveLength(1)
    expect((await b.spend(req)).ok).toBe(true)
    expect((await b.spend(req)).ok).toBe(true)
    expect(await current(b)).toBe(109000)
  })

  it('signing out the last open session removes the sessions key', async () => {
    const storage = memoryStorage()
    const b = server(storage)
    await b.login('李建国')
    expect(storage.getItem(SESSIONS_KEY)).not.toBeNull()
    await b.signOut()
    expect(storage.getItem(SESSIONS_KEY)).toBeNull()
  })

  it('a sessions key that cannot be read is no session (UNAUTHENTICATED), and a sign-in starts over', async () => {
    for (const garbage of ['not json', '[1,2]', 'null']) {
      const storage = memoryStorage({ [SESSIONS_KEY]: garbage })
      const b = server(storage)
      expect(b.control.sessionMember('0'.repeat(32))).toBeUndefined()
      await b.login('李建国')
      expect(await current(b)).toBe(115000)
      expect(Object.keys(JSON.parse(storage.getItem(SESSIONS_KEY) ?? '{}'))).toHaveLength(1)
    }
  })
})

describe('what is read back, and what is reset (with a notice shown once)', () => {
  it('a fresh device has nothing to tell, and nothing is stored until a call; after it, still nothing to tell', async () => {
    // Mutant: the legacy-key check made always true (a fresh device told its data was reset).
    const storage = memoryStorage()
    const b = server(storage)
    expect(b.control.takeNotice()).toBeUndefined()
    expect(storage.dump()).toEqual({})
    expect(await current(b)).toBe(115000)
    expect(b.control.takeNotice()).toBeUndefined()
  })

  it('an empty manifest text is nothing stored: the demo family, no notice', async () => {
    // Mutant: `raw === ''` dropped (it would be read as unreadable, with a notice).
    const b = server(memoryStorage({ [STATE_KEY]: '' }))
    expect(await current(b)).toBe(115000)
    expect(b.control.takeNotice()).toBeUndefined()
  })

  it('a log chunk committed empty is not read (its key need not exist)', async () => {
    // Mutant: `if (chunk.count === 0) continue` dropped.
    const storage = await committed()
    const m = manifestOf(storage)
    storage.setItem(STATE_KEY, JSON.stringify({ ...m, logs: { ...m.logs, payments: [{ key: 'jx-mock:payments#0', count: 0 }] } }))
    const b = server(storage)
    expect(await current(b)).toBe(114000)
    expect(b.control.takeNotice()).toBeUndefined()
  })

  it('a manifest that changes at every read (another window writing) is read again a few times, then reset with a notice', async () => {
    // Mutants: the retry bound of load (`tries > 1` always true, `tries + 1`): it would never give up.
    const inner = memoryStorage()
    let reads = 0
    const storage: KeyValueStorage = { ...inner, getItem: (k) => (k === STATE_KEY ? `{"version":4,"gen":${++reads}` : inner.getItem(k)) }
    const loaded = new Store(storage).load(() => seedState())
    expect(loaded.notice).toBe(RESET_UNREADABLE)
    expect(loaded.state.accounts[PEOPLE.李建国].currentYearFen).toBe(115000)
    expect(reads).toBeLessThan(20)
  })

  it('a storage that cannot be read: sign-in still answers, the books stay in memory between calls, and no token is taken for a session', async () => {
    // Mutants: the catch blocks of load, current() (true: nothing to read again) and readSessions ({}).
    const inner = memoryStorage()
    const storage: KeyValueStorage = { ...inner, getItem: () => { throw new Error('getStorage:fail') } }
    const s = createMockServer({ storage, clock: fixedClock('2026-11-23T02:00:00Z'), faults: noLatency })
    const session = await client(s).signIn({ memberRef: PEOPLE.李建国, platform: 'h5' })
    expect(session.token).toMatch(/^[0-9a-f]{32}$/)
    s.control.setCarriedOver('360602198604151314', 1234)
    expect(s.control.snapshot().accounts[PEOPLE.李建国].carriedOverFen).toBe(1234)
    expect(s.control.sessionMember(session.token)).toBeUndefined()
    await expect(client(s, () => session.token).getBalances()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
  })

  it('a storage that fails half-way through a read (the manifest read, then nothing): reset with the notice, not silently', async () => {
    // Mutant: moved() answering true when the storage throws — the read would start over, find nothing and say nothing.
    const inner = await committed()
    let manifestReads = 0
    const storage: KeyValueStorage = {
      ...inner,
      getItem: (k) => {
        if (k === STATE_KEY && manifestReads++ === 0) return inner.getItem(k)
        throw new Error('getStorage:fail')
      },
    }
    const loaded = new Store(storage).load(() => seedState())
    expect(manifestReads).toBeGreaterThan(1)
    expect(loaded.notice).toBe(RESET_UNREADABLE)
    expect(loaded.state.accounts[PEOPLE.李建国].currentYearFen).toBe(115000)
  })

  it('a storage that cannot be read has nothing to tell: asking for a notice does not start the books (nothing written)', () => {
    // Mutant: hasStored() answering true when the storage throws — the demo year would be made and stored on the first screen.
    const inner = memoryStorage()
    const written: string[] = []
    const storage: KeyValueStorage = { ...inner, getItem: () => { throw new Error('getStorage:fail') }, setItem: (k, v) => { written.push(k); inner.setItem(k, v) } }
    const s = createMockServer({ storage, clock: fixedClock('2026-11-23T02:00:00Z'), faults: noLatency })
    expect(s.control.takeNotice()).toBeUndefined()
    expect(written).toEqual([])
    // The books start on the first call and are written then: the check above can see a write.
    s.control.setCarriedOver('360602198604151314', 1234)
    expect(written.length).toBeGreaterThan(0)
  })

  it.each([
    ['the one-key store of versions 1 and 2', { 'jx-mock-server': '{"people":[]}' }, RESET_VERSION],
    ['a manifest of a version it cannot read', { [STATE_KEY]: JSON.stringify({ version: 99, gen: 1, seq: 1, concerns: {}, logs: {} }) }, RESET_VERSION],
    ['text that is not JSON', { [STATE_KEY]: 'jx{' }, RESET_UNREADABLE],
    ['a manifest that is a list', { [STATE_KEY]: '[4]' }, RESET_UNREADABLE],
    ['a manifest without a number version', { [STATE_KEY]: JSON.stringify({ version: '4' }) }, RESET_UNREADABLE],
  ])('%s: starts from the demo family and says so once', async (_n, initial, notice) => {
    const storage = memoryStorage({ ...initial, 'other-app': 'kept' })
    const b = server(storage)
    expect(await current(b)).toBe(115000)
    expect(b.control.takeNotice()).toBe(notice)
    expect(b.control.takeNotice()).toBeUndefined()
    expect(storage.getItem('jx-mock-server')).toBeNull()
    expect(storage.getItem('other-app')).toBe('kept')
  })

  it.each([
    ['a concern key missing', (m: Manifest, s: KeyValueStorage) => s.removeItem(m.concerns.accounts)],
    ['a concern whose field is not a record', (m: Manifest, s: KeyValueStorage) => s.setItem(m.concerns.accounts, JSON.stringify({ accounts: 1, pools: {} }))],
    ['a concern whose field is null', (m: Manifest, s: KeyValueStorage) => s.setItem(m.concerns.accounts, JSON.stringify({ accounts: null, pools: {} }))],
    ['a log chunk with fewer rows than committed', (m: Manifest, s: KeyValueStorage) => s.setItem(m.logs.spending[m.logs.spending.length - 1].key, '[]')],
    ['a log chunk that is not a list', (m: Manifest, s: KeyValueStorage) => s.setItem(m.logs.ledger[0].key, '{}')],
    ['a manifest without its sequence', (m: Manifest, s: KeyValueStorage) => s.setItem(STATE_KEY, JSON.stringify({ ...m, seq: undefined }))],
    ['people that are not a list', (m: Manifest, s: KeyValueStorage) => s.setItem(m.concerns.identity, JSON.stringify({ people: {} }))],
  ])('%s: unreadable, reset to the demo family with a notice', async (_n, damage) => {
    const storage = await committed()
    damage(manifestOf(storage), storage)
    const b = server(storage)
    expect(await current(b)).toBe(115000)
    expect(b.control.takeNotice()).toBe(RESET_UNREADABLE)
  })

  it('reads a version-3 store as it is: the books kept, the security concern (tickets, attempts) started empty, no notice', async () => {
    const storage = await committed()
    const m = manifestOf(storage)
    storage.removeItem(m.concerns.security)
    const concerns: Record<string, string> = { ...m.concerns }
    delete concerns.security
    storage.setItem(STATE_KEY, JSON.stringify({ ...m, version: 3, concerns }))
    const b = server(storage)
    expect(await current(b)).toBe(114000)
    expect(b.control.takeNotice()).toBeUndefined()
    expect(b.control.snapshot().tickets).toEqual({})
  })
})

describe('keys of ours left behind are removed', () => {
  it('on the next start: keys a cut-short commit wrote ahead (found by name) and any other stray key of ours (found by listing)', async () => {
    const storage = await committed()
    const m = manifestOf(storage)
    storage.setItem(`jx-mock:accounts.${m.gen + 1}`, '{}')
    storage.setItem(`jx-mock:spending#${m.logs.spending.length}`, '[]')
    storage.setItem('jx-mock:identity.stray', '{}')
    const b = server(storage)
    expect(await current(b)).toBe(114000)
    expect(Object.keys(storage.dump()).sort()).toEqual([STATE_KEY, SESSIONS_KEY, 'other-app', ...named(m)].sort())
  })

  it('on the next start on a platform that cannot list keys: the keys written ahead are found by name', async () => {
    // Mutants: the exists() callbacks of removeOrphans; `keys?.()` made `keys()`.
    const inner = await committed()
    const m = manifestOf(inner)
    inner.setItem(`jx-mock:accounts.${m.gen + 1}`, '{}')
    inner.setItem(`jx-mock:ledger#${m.logs.ledger.length}`, '[]')
    inner.setItem(`jx-mock:ledger#${m.logs.ledger.length + 1}`, '[]')
    const alipay: KeyValueStorage = { getItem: (k) => inner.getItem(k), setItem: (k, v) => inner.setItem(k, v), removeItem: (k) => inner.removeItem(k) }
    expect(await current(server(alipay))).toBe(114000)
    expect(Object.keys(inner.dump()).sort()).toEqual([STATE_KEY, SESSIONS_KEY, 'other-app', ...named(m)].sort())
  })

  it('清除本机数据 with a listing removes stray keys of ours too, and leaves keys that only look like ours', async () => {
    // Mutants: the listing in wipe (`key === PREFIX || key.startsWith(PREFIX + ':')`).
    const storage = await committed()
    storage.setItem('jx-mock:stray', 'x')
    storage.setItem('jx-mockery', 'not ours')
    server(storage).control.reset()
    expect(storage.dump()).toEqual({ 'other-app': 'kept', 'jx-mockery': 'not ours' })
  })

  it.each([
    ['no concerns', { version: 4, gen: 1, seq: 1, logs: { spending: [], ledger: [], payments: [] } }],
    ['no logs', { version: 4, gen: 1, seq: 1, concerns: {} }],
    ['a log that is not a list', { version: 4, gen: 1, seq: 1, concerns: {}, logs: { spending: [], ledger: {}, payments: [] } }],
    ['one log only', { version: 4, gen: 1, seq: 1, concerns: {}, logs: { spending: [] } }],
  ])('清除本机数据 over a damaged manifest (%s) still removes it, without reading the books', (_n, manifest) => {
    // Mutants: storedManifest's shape checks.
    const storage = memoryStorage({ [STATE_KEY]: JSON.stringify(manifest), [SESSIONS_KEY]: '{}', 'other-app': 'kept' })
    const alipay: KeyValueStorage = { getItem: (k) => storage.getItem(k), setItem: (k, v) => storage.setItem(k, v), removeItem: (k) => storage.removeItem(k) }
    server(alipay).control.reset()
    expect(storage.dump()).toEqual({ 'other-app': 'kept' })
  })

  it('清除本机数据 removes every key of ours (the open sessions too) and nothing else, even on a platform that cannot list keys', async () => {
    const inner = await committed()
    const m = manifestOf(inner)
    inner.setItem(`jx-mock:payments.${m.gen + 1}`, '{}')
    inner.setItem(`jx-mock:spending#${m.logs.spending.length}`, '[]')
    const alipay: KeyValueStorage = { getItem: (k) => inner.getItem(k), setItem: (k, v) => inner.setItem(k, v), removeItem: (k) => inner.removeItem(k) }
    server(alipay).control.reset()
    expect(inner.dump()).toEqual({ 'other-app': 'kept' })
  })
})

describe('no key of ours comes near Alipay’s 200 KB', () => {
  it(`writes a key of exactly ${MAX_KEY_BYTES} bytes (its name counted), and refuses one byte more`, () => {
    // Mutants: the size guard of Store.write (off, >=, the name subtracted, the size of the text not counted).
    const rows = (n: number) => ({ k: { memberRef: 'x'.repeat(n), signedInAt: 0, lastSeenAt: 0 } })
    const base = utf8Bytes(SESSIONS_KEY) + utf8Bytes(JSON.stringify(rows(0)))
    const storage = memoryStorage()
    const store = new Store(storage)
    store.writeSessions(rows(MAX_KEY_BYTES - base) as never)
    expect(utf8Bytes(SESSIONS_KEY) + utf8Bytes(storage.getItem(SESSIONS_KEY) ?? '')).toBe(MAX_KEY_BYTES)
    expect(() => store.writeSessions(rows(MAX_KEY_BYTES - base + 1) as never)).toThrow(`${SESSIONS_KEY} would exceed ${MAX_KEY_BYTES} bytes`)
    expect(utf8Bytes(storage.getItem(SESSIONS_KEY) ?? '')).toBe(MAX_KEY_BYTES - utf8Bytes(SESSIONS_KEY))
  })
})
