// What `npm run bench` reads (issue 22): a mark per request at the app's end of the wire, a mark of the server's
// boot, and the demo year made once — stored on the first boot, read by every later one. Marks carry names and
// counts only.
import { createMockServer } from '@/services/mock'
import { memoryStorage, type KeyValueStorage } from '@/services/mock/persist'
import { fixedClock } from '@/services/mock/clock'
import { connect } from '@/services/wire'
import { LATENCIES, LATENCY_KEY, latencyOf } from '@/services/mock/faults'

const noLatency = { latencyMinMs: 0, latencyMaxMs: 0, timeoutMs: 0 }

function booting(storage: KeyValueStorage) {
  const boots: boolean[] = []
  const server = createMockServer({ storage, clock: fixedClock('2026-11-23T02:00:00Z'), faults: noLatency, onBoot: (ms, seeded) => {
    expect(ms).toBeGreaterThanOrEqual(0)
    boots.push(seeded)
  } })
  return { boots, app: connect(server.handle) }
}

describe('jx:wire: the app marks every request it sends, by operation name only', () => {
  beforeEach(() => performance.clearMarks('jx:wire'))

  it('marks each call once, with { op } and nothing of its arguments', async () => {
    const { app } = booting(memoryStorage())
    await app.listDemoMembers()
    await app.signIn({ memberRef: 'p-ljg', platform: 'h5' }).catch(() => undefined)
    const marks = performance.getEntriesByName('jx:wire') as PerformanceMark[]
    expect(marks.map((m) => m.detail)).toEqual([{ op: 'listDemoMembers' }, { op: 'signIn' }])
  })
})

describe('the server boots once per start and makes the demo year only when nothing is stored', () => {
  it('stores the demo year on the first boot; a later boot reads it (no replay), even after reads only', async () => {
    const storage = memoryStorage()
    const first = booting(storage)
    await first.app.listDemoMembers()
    await first.app.listDemoMembers()
    expect(first.boots).toEqual([true])
    expect(storage.getItem('jx-mock')).not.toBeNull()
    const later = booting(storage)
    await later.app.listDemoMembers()
    expect(later.boots).toEqual([false])
  })

  it('answers when the first boot cannot store the year, and makes it again on the next boot', async () => {
    const inner = memoryStorage()
    const full: KeyValueStorage = { ...inner, setItem: () => { throw new Error('setStorage:fail') } }
    const first = booting(full)
    expect((await first.app.listDemoMembers()).length).toBeGreaterThan(0)
    expect(Object.keys(inner.dump())).toEqual([])
    const later = booting(inner)
    await later.app.listDemoMembers()
    expect(later.boots).toEqual([true])
  })
})

describe('模拟网络延迟 of the developer panel, kept on the device', () => {
  const started = (storage: KeyValueStorage, faults?: typeof noLatency) => createMockServer({ storage, clock: fixedClock('2026-11-23T02:00:00Z'), faults }).control

  it('keeps 固定 150 毫秒 and 无延迟 for the next start, and forgets the demo range (the server’s own default)', () => {
    const storage = memoryStorage()
    const first = started(storage)
    expect(first.latency()).toBe('demo')
    first.setLatency('fixed150')
    expect(first.faults()).toMatchObject({ latencyMinMs: 150, latencyMaxMs: 150 })
    expect(storage.getItem(LATENCY_KEY)).toBe('fixed150')
    expect(started(storage).faults()).toMatchObject({ latencyMinMs: 150, latencyMaxMs: 150 })
    started(storage).setLatency('none')
    expect(started(storage).latency()).toBe('none')
    started(storage).setLatency('demo')
    expect(storage.getItem(LATENCY_KEY)).toBeNull()
    expect(started(storage).faults()).toMatchObject({ latencyMinMs: 150, latencyMaxMs: 400 })
    storage.setItem(LATENCY_KEY, 'something else')
    expect(started(storage).latency()).toBe('demo')
  })

  it('leaves a latency the caller set (tests) as it is', () => {
    const storage = memoryStorage({ [LATENCY_KEY]: 'fixed150' })
    expect(started(storage, noLatency).latency()).toBe('none')
  })

  it('keeps it outside the server’s books: 重置演示数据 leaves it', () => {
    const storage = memoryStorage()
    started(storage).setLatency('fixed150')
    started(storage).reset()
    expect(storage.getItem(LATENCY_KEY)).toBe('fixed150')
  })

  it('reads each choice back from the server’s switches', () => {
    const choices = Object.keys(LATENCIES) as (keyof typeof LATENCIES)[]
    expect(choices.length).toBe(3)
    expect(choices.every((c) => latencyOf(LATENCIES[c]) === c)).toBe(true)
    expect(LATENCIES.fixed150).toEqual({ latencyMinMs: 150, latencyMaxMs: 150 })
  })
})
