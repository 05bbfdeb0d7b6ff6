import { create } from 'zustand'
import { createMemberStore } from './memberStore'
import { addDays, daysBetween, formatDayCn } from '@/domain/day'
import { formatFen, parseYuan } from '@/domain/money'
import { collectionYears, PLACE_LABELS, type Place, type SpendingKind } from '@/domain/policy'
import { RELATION_LABELS } from '@/domain/relations'
import { useToday } from './today'
import { sameMember } from './query'
import { clockMoved, invalidate } from './queryChanges'
import { describeError, mockControl, mockReady, mockSessionMemberRef, newIdempotencyKey, type CallKind, type MockControl, type MockLatency } from '@/services'

/** 「模拟就医/购药」: the panel plays a designated place, which settles a visit for the patient herself. */
export interface VisitForm {
  personRef: string
  place: Place
  kind: SpendingKind
  amount: string
}

// The hidden developer panel (H5 build only): fault switch and clock of the mock server.
interface DevState {
  failureRate: number
  timeoutRate: number
  /** 模拟网络延迟: the demo's 150–400 ms, a fixed 150 ms (the bench), or none; kept on the device. */
  latency: MockLatency
  today: string
  /** The mock server is there (H5 fetches it on first use). */
  loaded: boolean
  /** Waits for the mock server, then reads its switches. */
  load(): Promise<void>
  refresh(): void
  setFailureRate(rate: number): void
  setTimeoutRate(rate: number): void
  setLatency(choice: MockLatency): void
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
  latency: 'demo',
  today: '',
  loaded: false,
  async load() {
    await mockReady()
    set({ loaded: true })
    get().refresh()
    useDevVisit.getState().loadVisitPeople()
  },
  refresh() {
    const c = mockControl()
    const f = c.faults()
    set({ failureRate: f.failureRate, timeoutRate: f.timeoutRate, latency: c.latency(), today: c.clock.today() })
    // The clock may have moved: the app's one today follows.
    useToday.getState().refresh()
  },
  setFailureRate(rate) {
    mockControl().setFaults({ failureRate: rate })
    get().refresh()
  },
  setTimeoutRate(rate) {
    mockControl().setFaults({ timeoutRate: rate, timeoutMs: 3000 })
    get().refresh()
  },
  setLatency(choice) {
    mockControl().setLatency(choice)
    get().refresh()
  },
  failNext(kind, on) {
    mockControl().setFaults({ failNext: kind, failNextOn: on ?? null, timeoutMs: 3000 })
  },
  nextDay() {
    mockControl().clock.shiftDays(1)
    get().refresh()
    void clockMoved()
  },
  goTo(day) {
    const clock = mockControl().clock
    clock.shiftDays(daysBetween(clock.today(), day))
    get().refresh()
    void clockMoved()
  },
  backToToday() {
    const clock = mockControl().clock
    clock.shiftDays(-clock.offsetDays())
    get().refresh()
    void clockMoved()
  },
  manyRecords() {
    mockControl().setSpendingVolume(10_000)
  },
  lowBalance() {
    const me = mockSessionMemberRef()
    if (me) mockControl().setCarriedOverOf(me, 30_000)
  },
}))

/** 「模拟就医/购药」 of the panel: what the member signed in is doing (another member starts it over, key and all). */
interface DevVisitState {
  visit: VisitForm
  visitPeople: { value: string; label: string }[]
  visitResult?: string
  visiting: boolean
  /** The key of a visit sent without an answer: 结算 again retries it under this key, so it is settled once. */
  visitKey?: string
  /** From the server's controls, not a request: the panel must not use up a fault set for the next request. */
  loadVisitPeople(): void
  setVisit(patch: Partial<VisitForm>): void
  simulateVisit(): Promise<void>
}

export const useDevVisit = createMemberStore<DevVisitState>((set, get) => ({
  visit: { personRef: 'self', place: 'communityCenter', kind: 'outpatient', amount: '' },
  visitPeople: [{ value: 'self', label: '本人' }],
  visiting: false,
  loadVisitPeople() {
    const label = ({ maskedName, relation }: ReturnType<MockControl['visitPeople']>[number]) =>
      relation === 'self' ? '本人' : `${maskedName}（${relation === 'household' ? '同户居民' : RELATION_LABELS[relation]}）`
    const me = mockSessionMemberRef()
    const people = me ? mockControl().visitPeople(me) : []
    set({ visitPeople: people.map((p) => ({ value: p.relation === 'self' ? 'self' : p.ref, label: label(p) })) })
  },
  setVisit(patch) {
    // Another visit is another request: a new key.
    set({ visit: { ...get().visit, ...patch }, visitResult: undefined, visitKey: undefined })
  },
  async simulateVisit() {
    const { visit, visiting } = get()
    if (visiting) return
    const amount = parseYuan(visit.amount)
    if (!amount.ok) return set({ visitResult: '请输入正确的金额，例如 35.50' })
    const idempotencyKey = get().visitKey ?? newIdempotencyKey()
    // The visit is this member's: an answer after another member signed in is dropped (her panel started over).
    const still = sameMember()
    set({ visiting: true, visitResult: undefined, visitKey: idempotencyKey })
    try {
      const me = mockSessionMemberRef()
      if (!me) return set({ visitResult: '请先登录' })
      const patientRef = visit.personRef === 'self' ? me : visit.personRef
      const r = await mockControl().settleAtPlace({ patientRef, place: visit.place, placeName: `模拟${PLACE_LABELS[visit.place]}`, kind: visit.kind, amountFen: amount.value, idempotencyKey })
      if (!still()) return
      // An answer: the next tap is a new visit. No answer (catch): the key stays for the retry.
      set({ visitKey: undefined })
      const text = r.ok
        ? `已结算 ${formatFen(r.value.amountFen)}：个人账户 ${formatFen(r.value.ownFen)}，门诊家庭账户 ${formatFen(r.value.outpatientFamilyFen)}，授权人历年余额 ${formatFen(r.value.authorizerFen)}`
        : `未结算：${r.reasons.map((x) => x.message).join('；')}`
      set({ visitResult: text })
      // A settled visit changes balances and records.
      if (r.ok) void invalidate('balances', 'records', 'household')
    } catch (e) {
      if (still()) set({ visitResult: describeError(e) })
    } finally {
      if (still()) set({ visiting: false })
    }
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
