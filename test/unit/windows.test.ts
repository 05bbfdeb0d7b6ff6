// Every window of the H5 app runs its own mock server over the one localStorage (src/services/mock/persist.ts:
// the manifest's `rev`). What one window commits, the other reads before it acts; a commit that finds the store
// moved on is run again on what is stored; nothing is reset unless the person asks.
import type { RegisterAuthorizationRequest } from '@/services/backend'
import { createMockServer } from '@/services/mock'
import { fixedClock } from '@/services/mock/clock'
import { memoryStorage, STATE_KEY, type KeyValueStorage } from '@/services/mock/persist'
import { signedIn } from '../support/sessions'

const noLatency = { latencyMinMs: 0, latencyMaxMs: 0, timeoutMs: 0 }
const windowOn = (storage: KeyValueStorage) => createMockServer({ storage, clock: fixedClock('2026-11-22T02:00:00Z'), faults: noLatency })
const bindWife: Omit<RegisterAuthorizationRequest, 'ticket'> = { documentType: 'residentId', documentNumber: '360602198809212424', name: '王秀英', relation: 'spouse', promiseVersion: '2026-12', proofIds: [], idempotencyKey: 'windows-bind-wife' }

describe('two windows of the H5 app over one storage', () => {
  it('one pays while the other signs in as someone else: after both reload, every binding and payment is there', async () => {
    const storage = memoryStorage()
    const windowA = windowOn(storage)
    const windowB = windowOn(storage)
    const a = await signedIn(windowA, '李建国')
    await signedIn(windowB, '李建国')
    expect((await a.registerAuthorization(bindWife)).ok).toBe(true)
    const wife = (await a.premiumCandidates()).candidates.find((c) => c.person.maskedName === '王*英')!.person.ref
    expect((await a.payResidentPremium({ personRefs: [wife], idempotencyKey: 'windows-pay-wife' })).ok).toBe(true)
    // Window B, whose books were read before, signs in as 周志强 (a write: its session).
    expect((await (await signedIn(windowB, '周志强')).listPayments()).length).toBe(0)
    // Both windows reload: new servers over the same storage.
    for (const reloaded of [await signedIn(windowOn(storage), '李建国'), await signedIn(windowOn(storage), '李建国')]) {
      expect((await reloaded.listAuthorizations()).asAuthorizer.filter((x) => x.status === 'active').map((x) => x.user.maskedName).sort()).toEqual(['李*明', '王*英'])
      expect((await reloaded.listPayments()).map((p) => p.totalFen)).toEqual([40000])
      expect((await reloaded.getBalances()).personalAccount?.carriedOverFen).toBe(328050 - 40000)
    }
  })

  it("reads the other window's writes before a call, and never writes over them", async () => {
    const storage = memoryStorage()
    const first = windowOn(storage)
    const second = windowOn(storage)
    const a = await signedIn(first, '李建国')
    const b = await signedIn(second, '李建国')
    expect((await a.registerAuthorization(bindWife)).ok).toBe(true)
    // The second window's books were read before the first wrote: it reads them again.
    expect((await b.listAuthorizations()).asAuthorizer.some((x) => x.user.maskedName === '王*英' && x.status === 'active')).toBe(true)
    expect((await b.spend({ personRef: 'self', place: 'pharmacy', placeName: '国药控股鹰潭大药房', kind: 'drug', amountFen: 1000, idempotencyKey: 'windows-spend-1' })).ok).toBe(true)
    expect((await a.listAuthorizations()).asAuthorizer.some((x) => x.user.maskedName === '王*英' && x.status === 'active')).toBe(true)
    expect((await a.getBalances()).personalAccount?.currentYearFen).toBe(115000 - 1000)
    // The controls see the same.
    expect(first.control.snapshot().spending.length).toBe(second.control.snapshot().spending.length)
    expect(first.control.takeNotice()).toBeUndefined()
    expect(second.control.takeNotice()).toBeUndefined()
  })

  it('runs a call again when another window committed while it ran (found at its commit)', async () => {
    const disk = memoryStorage()
    let manifestReads = 0
    let armed = false
    let committedByOther: Record<string, string> = {}
    // This window's storage: the other window's commit lands between this call's start and its commit.
    const racing: KeyValueStorage = {
      getItem: (k) => {
        if (armed && k === STATE_KEY && ++manifestReads === 2) {
          for (const key of disk.keys?.() ?? []) disk.removeItem(key)
          for (const [key, value] of Object.entries(committedByOther)) disk.setItem(key, value)
        }
        return disk.getItem(k)
      },
      setItem: (k, v) => disk.setItem(k, v),
      removeItem: (k) => disk.removeItem(k),
      keys: () => disk.keys?.() ?? [],
    }
    const mine = await signedIn(windowOn(racing), '李建国')
    // What the other window commits from the same store: 周志强 pays for 李建芳.
    const otherDisk = memoryStorage(disk.dump())
    const other = await signedIn(windowOn(otherDisk), '周志强')
    const fang = (await other.premiumCandidates()).candidates.find((c) => c.person.maskedName === '李*芳')!.person.ref
    expect((await other.payResidentPremium({ personRefs: [fang], idempotencyKey: 'windows-pay-fang' })).ok).toBe(true)
    committedByOther = otherDisk.dump()
    armed = true
    const spent = await mine.spend({ personRef: 'self', place: 'pharmacy', placeName: '国药控股鹰潭大药房', kind: 'drug', amountFen: 2000, idempotencyKey: 'windows-spend-2' })
    expect(manifestReads).toBeGreaterThanOrEqual(2)
    expect(spent.ok).toBe(true)
    // Both are kept: the other window's payment and this window's visit.
    const after = windowOn(memoryStorage(disk.dump()))
    expect((await (await signedIn(after, '周志强')).listPayments()).map((p) => p.totalFen)).toEqual([40000])
    expect((await (await signedIn(after, '李建国')).getBalances()).personalAccount?.currentYearFen).toBe(115000 - 2000)
  })

  it('reads again, rather than reset, when the other window commits while it reads', async () => {
    const disk = memoryStorage()
    let armed = false
    let next: Record<string, string> = {}
    const racing: KeyValueStorage = {
      getItem: (k) => {
        // The other window commits just as this one starts reading the keys its manifest names.
        if (armed && k.startsWith('jx-mock:identity')) {
          armed = false
          for (const key of disk.keys?.() ?? []) disk.removeItem(key)
          for (const [key, value] of Object.entries(next)) disk.setItem(key, value)
        }
        return disk.getItem(k)
      },
      setItem: (k, v) => disk.setItem(k, v),
      removeItem: (k) => disk.removeItem(k),
      keys: () => disk.keys?.() ?? [],
    }
    const first = await signedIn(windowOn(disk), '李建国')
    expect((await first.registerAuthorization(bindWife)).ok).toBe(true)
    const window = windowOn(racing)
    const mine = await signedIn(window, '李建国')
    expect((await mine.getBalances()).personalAccount?.currentYearFen).toBe(115000)
    // The other window's next two commits, made on a copy: a visit, then another (it replaces the keys the first named).
    const copy = memoryStorage(disk.dump())
    const other = await signedIn(windowOn(copy), '李建国')
    const drug = (amountFen: number, idempotencyKey: string) => ({ personRef: 'self', place: 'pharmacy' as const, placeName: '国药控股鹰潭大药房', kind: 'drug' as const, amountFen, idempotencyKey })
    expect((await other.spend(drug(1000, 'windows-race-1'))).ok).toBe(true)
    const afterFirst = copy.dump()
    expect((await other.spend(drug(2000, 'windows-race-2'))).ok).toBe(true)
    next = copy.dump()
    for (const [key, value] of Object.entries(afterFirst)) disk.setItem(key, value)
    disk.setItem('jx-mock:sessions', next['jx-mock:sessions'])
    armed = true
    expect((await mine.getBalances()).personalAccount?.currentYearFen).toBe(115000 - 3000)
    expect(window.control.takeNotice()).toBeUndefined()
    expect((await mine.listAuthorizations()).asAuthorizer.some((x) => x.user.maskedName === '王*英' && x.status === 'active')).toBe(true)
  })

  it("leaves alone the keys another window is writing ahead of its manifest when it reads that window's commit", async () => {
    const disk = memoryStorage()
    const a = await signedIn(windowOn(disk), '李建国')
    const b = await signedIn(windowOn(disk), '李建国')
    await b.getBalances()
    expect((await a.registerAuthorization(bindWife)).ok).toBe(true)
    // Window A is in the middle of its next commit: a concern written, the manifest not yet.
    const gen = (JSON.parse(disk.getItem(STATE_KEY) as string) as { gen: number }).gen
    const ahead = `jx-mock:accounts.${gen + 1}`
    disk.setItem(ahead, 'being written by the other window')
    expect((await b.listAuthorizations()).asAuthorizer.some((x) => x.user.maskedName === '王*英')).toBe(true)
    expect(disk.getItem(ahead)).toBe('being written by the other window')
  })

  it('a reset in one window (the person asked) is what the other window sees next; nothing else ever resets', async () => {
    const storage = memoryStorage()
    const first = windowOn(storage)
    const a = await signedIn(first, '李建国')
    const b = await signedIn(windowOn(storage), '李建国')
    await a.registerAuthorization(bindWife)
    first.control.reset()
    await expect(b.currentMember()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
    const again = await signedIn(windowOn(storage), '李建国')
    expect((await again.listAuthorizations()).asAuthorizer.some((x) => x.user.maskedName === '王*英')).toBe(false)
  })
})
