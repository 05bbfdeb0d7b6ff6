// The mock server: plays the provincial 医保 server inside the app. One state type (./state), one module per
// concern (identity and sessions, tickets, authorizations, payments, accounts, spending, records, idempotency,
// persistence, seed); this file only composes them, answers request text (the JSON wire: the app reaches it no
// other way), runs each call as a whole for the session its token names (stored before it answers, or not at
// all) under its fault kind, and offers the developer/test controls.
import type { InsuranceStatus } from '@/domain/people'
import type { Relation } from '@/domain/relations'
import { BackendError, type Backend, type Outcome, type SpendingRecord, type SpendRequest } from '../backend'
import { SAVE_FAILED_MESSAGE } from '../errors'
import { accounts, turnTheYear } from './accounts'
import { authorizations, sweep } from './authorizations'
import { elapsedNow, systemClock, type AdjustableClock } from './clock'
import { person, refOf, type ServerContext } from './context'
import { FaultInjector, LATENCIES, LATENCY_KEY, latencyOf, type CallKind, type FaultConfig, type Latency, type Random } from './faults'
import { alive, authenticate, identity, tokenKey } from './identity'
import { payments } from './payments'
import { records } from './records'
import { household } from './household'
import { home } from './home'
import { Store, STATE_KEY, type KeyValueStorage } from './persist'
import { seedState } from './seed'
import { companionsOf, settle, spending } from './spending'
import { tickets } from './tickets'
import type { ServerState } from './state'
import type { WireHandler } from '../wire'
import { answer, parseRequest, PUBLIC_OPERATIONS } from '../wire-server'

export interface MockOptions {
  storage: KeyValueStorage
  clock?: AdjustableClock
  faults?: Partial<FaultConfig>
  random?: Random
  /** Test-only: false switches idempotency off, so a soak can show it would catch a double debit. */
  idempotency?: boolean
  /** Test-only: false keeps a call's changes in memory when they cannot be stored (a half-applied call). */
  rollback?: boolean
  /** Test-only: false lets money move without a ticket, so a soak can show it would catch that. */
  tickets?: boolean
  /**
   * Told once the books are open (the server's boot, on the first call): how long it took (ms) and whether the demo
   * year had to be made (nothing stored) or was read from storage. The app marks it for the bench.
   */
  onBoot?: (ms: number, seeded: boolean) => void
}

/** A visit a designated place settles for a patient (the developer panel plays the place). */
export type PlaceSettlement = Omit<SpendRequest, 'personRef'> & { patientRef: string }

/** What tests and the hidden developer panel may do to the mock server: its furniture, never reached by the app's calls. */
export interface MockControl {
  readonly clock: AdjustableClock
  setFaults(patch: Partial<FaultConfig>): void
  faults(): FaultConfig
  /** The developer panel's 模拟网络延迟: set, and kept on the device (the next start of the server applies it). */
  setLatency(choice: Latency): void
  latency(): Latency
  faultsInjected(): number
  /** Removes all the server keeps on the device and starts from the demo family (重置演示数据, 清除本机数据). */
  reset(): void
  /** A notice to show once, e.g. after unreadable stored data was reset. */
  takeNotice(): string | undefined
  /** Changes a person's insurance status, as the 医保 system would (ends their bindings). */
  setInsuranceStatus(idNumber: string, status: InsuranceStatus): void
  /** Starts over from the demo family with `count` records of 李建国's own (bench: 10,000). */
  setSpendingVolume(count: number): void
  /** Sets a member's 历年余额 (tests: e.g. to try an order over the balance), as a booked adjustment. */
  setCarriedOver(idNumber: string, fen: number): void
  /** The same by the member's ref (the developer panel, which knows no ID numbers). */
  setCarriedOverOf(memberRef: string, fen: number): void
  /** Whom `memberRef` may bring to a place in the developer panel's 模拟就医/购药 (herself and people she knows), masked. */
  visitPeople(memberRef: string): { ref: string; maskedName: string; relation: Relation | 'self' | 'household' }[]
  /**
   * A designated place settles a visit for the patient (her 医保电子凭证 scanned at the counter): her own funds,
   * her household's 门诊家庭账户, then an authorizer bound to her. The record as the patient sees it.
   */
  settleAtPlace(visit: PlaceSettlement): Promise<Outcome<SpendingRecord>>
  /** Whose session a token is, if it is open (the developer panel: who is using this window), without a call. */
  sessionMember(token: string | undefined): string | undefined
  /** Read-only view of the server's books, for invariant checks. */
  snapshot(): Readonly<ServerState>
}

/** The server end of the wire: request text in, answer text out; and its controls. */
export interface MockServer {
  handle: WireHandler
  control: MockControl
}

type Operation = keyof Backend

/** Which fault switch each call answers to: reads, registrations (and other writes), payments. */
const CALL_KINDS: { [K in Operation]: CallKind } = {
  listDemoMembers: 'read',
  signIn: 'register',
  signOut: 'register',
  currentMember: 'read',
  verifyPassword: 'register',
  listAuthorizations: 'read',
  registerAuthorization: 'register',
  cancelAuthorization: 'register',
  changeAuthorization: 'register',
  uploadProof: 'register',
  getBalances: 'read',
  listRecords: 'read',
  spend: 'payment',
  premiumCandidates: 'read',
  dueItems: 'read',
  payResidentPremium: 'payment',
  confirmNewbornExemption: 'payment',
  huiminbaoCandidates: 'read',
  payHuiminbao: 'payment',
  listPayments: 'read',
  getHouseholdAccount: 'read',
  getPayment: 'read',
  recordTotals: 'read',
  getHome: 'read',
}

/** How often a call is run again when another window (H5) committed while it ran. */
const STALE_RETRIES = 3

export function createMockServer(options: MockOptions): MockServer {
  const clock = options.clock ?? systemClock()
  const random = options.random ?? Math.random
  const faults = new FaultInjector(options.faults, random)
  // The developer panel's 模拟网络延迟 kept on this device (the bench fixes 150 ms), unless the caller set a latency.
  if (options.faults?.latencyMinMs === undefined && options.faults?.latencyMaxMs === undefined) {
    const kept = storedLatency(options.storage)
    if (kept) faults.set(LATENCIES[kept])
  }
  let store = new Store(options.storage)
  // The books are read (or the demo year made) on the first call, not when the app starts: the first
  // screen paints first.
  let books: { state: ServerState; notice?: string } | undefined
  const tick = () => (typeof performance !== 'undefined' && typeof performance.now === 'function' ? performance.now() : clock.now())
  const open = () => {
    if (books) return books
    const started = tick()
    let seeded = false
    const opened = store.load(() => {
      seeded = true
      return seedState()
    })
    // The demo year is made once and stored at once: later starts read it rather than replay the year.
    if (seeded) store.keep(opened.state)
    books = opened
    options.onBoot?.(tick() - started, seeded)
    return opened
  }
  const ctx: ServerContext = {
    get state() {
      return open().state
    },
    set state(state) {
      open().state = state
    },
    clock,
    idempotency: options.idempotency ?? true,
    tickets: options.tickets ?? true,
    random,
    sessions: {
      read: () => store.readSessions(),
      write: (rows) => store.writeSessions(rows),
    },
  }
  const rollback = options.rollback ?? true

  /**
   * Every window of the H5 app runs its own server over the one storage: what another window committed is
   * read again before acting on it (never reset over). A notice of the first reading is kept.
   */
  const reread = () => {
    const notice = books?.notice
    store = new Store(options.storage)
    books = store.load(() => seedState(), true)
    if (notice && !books.notice) books.notice = notice
  }

  /** Writes what a failed call must leave behind (a refused request's key), on the books as they were; best effort. */
  const keepAfterFailure = (keep: (() => void)[]) => {
    try {
      for (const k of keep) k()
      if (store.current()) store.commit(ctx.state)
    } catch {
      store.revert(ctx.state)
    }
  }

  /**
   * One call as a whole, on the stored state as it is now: stored before it answers; if it fails or cannot be
   * stored, memory is as it was. If another window committed while it ran, it is run again on that state.
   */
  const transact = <T>(op: () => T): T => {
    for (let attempt = 0; ; attempt++) {
      if (books && !store.current()) reread()
      let result: T
      const keep: (() => void)[] = []
      ctx.keepOnFailure = keep
      try {
        // The turn of the year (domain.md) on the books before anything is read or changed.
        turnTheYear(ctx.state, clock.today())
        result = op()
      } catch (e) {
        if (rollback && store.changed(ctx.state)) store.revert(ctx.state)
        if (keep.length > 0 && rollback) keepAfterFailure(keep)
        throw e
      } finally {
        ctx.keepOnFailure = undefined
      }
      if (!store.current()) {
        if (attempt < STALE_RETRIES) {
          reread()
          continue
        }
        if (rollback) reread()
        throw new BackendError('SAVE_FAILED', SAVE_FAILED_MESSAGE)
      }
      try {
        store.commit(ctx.state)
      } catch {
        if (rollback) store.revert(ctx.state)
        throw new BackendError('SAVE_FAILED', SAVE_FAILED_MESSAGE)
      }
      return result
    }
  }

  /** Runs `op` as `caller` (a session's member, or the patient a place settles for); the caller is never kept. */
  const as = <T>(caller: { token?: unknown } | { patientRef: string } | null, op: () => T): T =>
    transact(() => {
      try {
        if (caller && 'patientRef' in caller) ctx.caller = person(ctx, caller.patientRef).ref
        else if (caller) {
          const session = authenticate(ctx, caller.token)
          ctx.caller = session.row.memberRef
          ctx.sessionKey = session.key
        }
        return op()
      } finally {
        ctx.caller = undefined
        ctx.sessionKey = undefined
      }
    })

  const ops: { [K in Operation]: (...args: Parameters<Backend[K]>) => Awaited<ReturnType<Backend[K]>> } = {
    ...identity(ctx),
    ...tickets(ctx),
    ...authorizations(ctx),
    ...payments(ctx),
    ...accounts(ctx),
    ...spending(ctx),
    ...records(ctx),
    ...household(ctx),
    ...home(ctx),
  }

  // Every call runs under the fault switch of its kind (latency, lost answers, failures), for the session its
  // token names: all but the sign-in operations answer UNAUTHENTICATED without one, and do nothing.
  const handle: WireHandler = (text) =>
    answer(async () => {
      const request = parseRequest(text)
      const op = ops[request.op] as (...args: unknown[]) => unknown
      const caller = PUBLIC_OPERATIONS.includes(request.op) ? null : { token: request.token }
      return faults.run(CALL_KINDS[request.op], () => as(caller, () => op(...request.args)))
    })

  const findPerson = (idNumber: string) => {
    const p = ctx.state.people.find((x) => x.idNumber === idNumber)
    if (!p) throw new BackendError('NOT_FOUND', '未找到该人员')
    return p
  }
  const startOver = (state: ServerState) => {
    if (books && !store.current()) reread()
    store.wipe()
    books = { state }
  }

  const control: MockControl = {
    clock,
    setFaults: (patch) => faults.set(patch),
    faults: () => faults.config,
    setLatency: (choice) => {
      faults.set(LATENCIES[choice])
      try {
        if (choice === 'demo') options.storage.removeItem(LATENCY_KEY)
        else options.storage.setItem(LATENCY_KEY, choice)
      } catch {
        // Only a developer's switch: it then lasts until the page is reloaded.
      }
    },
    latency: () => latencyOf(faults.config),
    faultsInjected: () => faults.injected,
    reset: () => {
      startOver(seedState())
      store.baseline(ctx.state)
    },
    takeNotice: () => {
      // Nothing stored, nothing to tell: the demo year is made on the first call, not on the first screen.
      if (!books && !store.hasStored()) return undefined
      const n = open().notice
      open().notice = undefined
      return n
    },
    setInsuranceStatus: (idNumber, status) =>
      transact(() => {
        const p = findPerson(idNumber)
        p.insurance = { ...p.insurance, status }
        sweep(ctx)
      }),
    setSpendingVolume: (count) => {
      startOver(seedState(count))
      try {
        store.commit(ctx.state)
      } catch {
        control.reset()
        throw new BackendError('SAVE_FAILED', SAVE_FAILED_MESSAGE)
      }
    },
    setCarriedOverOf: (memberRef, fen) => control.setCarriedOver(transact(() => person(ctx, memberRef).idNumber), fen),
    visitPeople: (memberRef) =>
      transact(() => companionsOf(ctx, person(ctx, memberRef)).map(({ p, relation }) => ({ ref: p.ref, maskedName: refOf(p).maskedName, relation }))),
    // The place's own channel, not the app's wire: the app's fault switches do not apply to it.
    settleAtPlace: async ({ patientRef, ...visit }) => as({ patientRef }, () => settle(ctx, { ...visit, personRef: 'self' })),
    setCarriedOver: (idNumber, fen) =>
      transact(() => {
        const p = findPerson(idNumber)
        const account = ctx.state.accounts[p.ref]
        if (!account) throw new BackendError('NOT_FOUND', '该人员没有个人账户')
        ctx.state.ledger.push({ account: `${p.ref}:carried`, deltaFen: fen - account.carriedOverFen, ref: 'ADJ', at: new Date(clock.now()).toISOString() })
        account.carriedOverFen = fen
      }),
    sessionMember: (token) => {
      const row = token ? store.readSessions()[tokenKey(token)] : undefined
      return row && alive(row, elapsedNow(clock)) ? row.memberRef : undefined
    },
    snapshot: () => {
      if (books && !store.current()) reread()
      return ctx.state
    },
  }

  return { handle, control }
}

/** The 模拟网络延迟 kept on the device, if any (the demo's range is kept as nothing). */
function storedLatency(storage: KeyValueStorage): Latency | undefined {
  try {
    const value = storage.getItem(LATENCY_KEY)
    return value === 'fixed150' || value === 'none' ? value : undefined
  } catch {
    return undefined
  }
}

export { STATE_KEY }
export { requireTicket } from './tickets'
