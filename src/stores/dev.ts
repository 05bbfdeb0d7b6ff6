import { create } from 'zustand'
import { addDays, daysBetween, formatDayCn } from '@/domain/day'
import { collectionYears } from '@/domain/policy'
import { mockControl, mockReady, type CallKind } from '@/services'

// The hidden developer panel (H5 build only): fault switch and clock of the mock server.
interface DevState {
  failureRate: number
  timeoutRate: number
  slow: boolean
  today: string
  /** The mock server is there (H5 fetches it on first use). */
  loaded: boolean
  /** Waits for the mock server, then reads its switches. */
  load(): Promise<void>
  refresh(): void
  setFailureRate(rate: number): void
  setTimeoutRate(rate: number): void
  setSlow(slow: boolean): void
  failNext(kind: 'network' | 'timeout', on?: CallKind): void
  nextDay(): void
  /** Moves the server's day to `day` (the collection window's edges). */
  goTo(day: string): void
  /** Back to the real day in China time. */
  backToToday(): void
  manyRecords(): void
  lowBalance(): void
}

export const useDev = create<DevState>((set, get) => ({
  failureRate: 0,
  timeoutRate: 0,
  slow: true,
  today: '',
  loaded: false,
  async load() {
    await mockReady()
    set({ loaded: true })
    get().refresh()
  },
  refresh() {
    const c = mockControl()
    const f = c.faults()
    set({ failureRate: f.failureRate, timeoutRate: f.timeoutRate, slow: f.latencyMaxMs > 0, today: c.clock.today() })
  },
  setFailureRate(rate) {
    mockControl().setFaults({ failureRate: rate })
    get().refresh()
  },
  setTimeoutRate(rate) {
    mockControl().setFaults({ timeoutRate: rate, timeoutMs: 3000 })
    get().refresh()
  },
  setSlow(slow) {
    mockControl().setFaults(slow ? { latencyMinMs: 150, latencyMaxMs: 400 } : { latencyMinMs: 0, latencyMaxMs: 0 })
    get().refresh()
  },
  failNext(kind, on) {
    mockControl().setFaults({ failNext: kind, failNextOn: on ?? null, timeoutMs: 3000 })
  },
  nextDay() {
    mockControl().clock.shiftDays(1)
    get().refresh()
  },
  goTo(day) {
    const clock = mockControl().clock
    clock.shiftDays(daysBetween(clock.today(), day))
    get().refresh()
  },
  backToToday() {
    const clock = mockControl().clock
    clock.shiftDays(-clock.offsetDays())
    get().refresh()
  },
  manyRecords() {
    mockControl().setSpendingVolume(10_000)
  },
  lowBalance() {
    mockControl().setCurrentCarriedOver(30_000)
  },
}))

/** The days either side of the newest 集中征缴期's edges, for trying the rules across them. */
export function windowEdges(): { day: string; label: string }[] {
  const c = collectionYears[collectionYears.length - 1]
  const { opens, closes } = c.window
  return [
    { day: addDays(opens, -1), label: `${c.year}年度征缴期开始前一天` },
    { day: opens, label: `${c.year}年度征缴期第一天` },
    { day: closes, label: `${c.year}年度征缴期最后一天` },
    { day: addDays(closes, 1), label: `${c.year}年度征缴期后第一天（设等待期）` },
  ].map((e) => ({ ...e, label: `日期设为${formatDayCn(e.day)}（${e.label}）` }))
}
