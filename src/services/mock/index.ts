// The mock server: plays the provincial 医保 server inside the app. One state type (./state), one module per
// concern (identity, authorizations, payments, accounts, spending, records, idempotency, persistence, seed);
// this file only composes them, runs each call as a whole (stored before it answers, or not at all) under its
// fault kind, and offers the developer/test controls.
import type { InsuranceStatus } from '@/domain/people'
import type { Relation } from '@/domain/relations'
import { BackendError, type Backend } from '../backend'
import { SAVE_FAILED_MESSAGE } from '../errors'
import { accounts, turnTheYear } from './accounts'
import { authorizations, sweep } from './authorizations'
import { systemClock, type AdjustableClock } from './clock'
import { me, refOf, type ServerContext } from './context'
import { FaultInjector, type CallKind, type FaultConfig, type Random } from './faults'
import { identity } from './identity'
import { payments } from './payments'
import { records } from './records'
import { Store, STATE_KEY, type KeyValueStorage } from './persist'
import { seedState } from './seed'
import { spending, spendersFor } from './spending'
import type { ServerState } from './state'

export interface MockOptions {
  storage: KeyValueStorage
  clock?: AdjustableClock
  faults?: Partial<FaultConfig>
  random?: Random
  /** Test-only: false switches idempotency off, so a soak can show it would catch a double debit. */
  idempotency?: boolean
  /** Test-only: false keeps a call's changes in memory when they cannot be stored (a half-applied call). */
  rollback?: boolean
}

/** What tests and the hidden developer panel may do to the mock server. */
export interface MockControl {
  readonly clock: AdjustableClock
  setFaults(patch: Partial<FaultConfig>): void
  faults(): FaultConfig
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
  /** The same for whoever is logged in (the developer panel, which knows no ID numbers). */
  setCurrentCarriedOver(fen: number): void
  /** Whom the logged-in member may settle a visit for (the developer panel's 模拟就医/购药), masked. */
  visitPeople(): { ref: string; maskedName: string; relation: Relation | 'self' | 'household' }[]
  /** Read-only view of the server's books, for invariant checks. */
  snapshot(): Readonly<ServerState>
}

export type MockBackend = Backend & { control: MockControl }

/** Which fault switch each call answers to: reads, registrations (and other writes), payments. */
const CALL_KINDS: { [K in keyof Backend]: CallKind } = {
  listDemoMembers: 'read',
  login: 'register',
  currentMember: 'read',
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
}

export function createMockBackend(options: MockOptions): MockBackend {
  const clock = options.clock ?? systemClock()
  const faults = new FaultInjector(options.faults, options.random ?? Math.random)
  const store = new Store(options.storage)
  // The books are read (or the demo year made) on the first call, not when the app starts: the first
  // screen paints first.
  let books: { state: ServerState; notice?: string } | undefined
  const open = () => (books ??= store.load(() => seedState()))
  const ctx: ServerContext = {
    get state() {
      return open().state
    },
    set state(state) {
      open().state = state
    },
    clock,
    idempotency: options.idempotency ?? true,
  }
  const rollback = options.rollback ?? true

  /** One call as a whole: stored before it answers; if it fails or cannot be stored, memory is as it was. */
  const transact = <T>(op: () => T): T => {
    let result: T
    try {
      turnTheYear(ctx.state, clock.today())
      result = op()
    } catch (e) {
      if (rollback && store.changed(ctx.state)) store.revert(ctx.state)
      throw e
    }
    try {
      store.commit(ctx.state)
    } catch {
      if (rollback) store.revert(ctx.state)
      throw new BackendError('SAVE_FAILED', SAVE_FAILED_MESSAGE)
    }
    return result
  }

  const ops: { [K in keyof Backend]: (...args: Parameters<Backend[K]>) => Awaited<ReturnType<Backend[K]>> } = {
    ...identity(ctx),
    ...authorizations(ctx),
    ...payments(ctx),
    ...accounts(ctx),
    ...spending(ctx),
    ...records(ctx),
  }
  // Every call runs under the fault switch of its kind (latency, lost answers, failures).
  const backend = {} as Record<keyof Backend, unknown>
  for (const name of Object.keys(CALL_KINDS) as (keyof Backend)[]) {
    const op = ops[name] as (...args: unknown[]) => unknown
    backend[name] = (...args: unknown[]) => faults.run(CALL_KINDS[name], () => transact(() => op(...args)))
  }

  const findPerson = (idNumber: string) => {
    const p = ctx.state.people.find((x) => x.idNumber === idNumber)
    if (!p) throw new BackendError('NOT_FOUND', '未找到该人员')
    return p
  }
  const startOver = (state: ServerState) => {
    store.wipe()
    books = { state }
  }

  const control: MockControl = {
    clock,
    setFaults: (patch) => faults.set(patch),
    faults: () => faults.config,
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
    setCurrentCarriedOver: (fen) => control.setCarriedOver(me(ctx).idNumber, fen),
    visitPeople: () => spendersFor(ctx, me(ctx)).map(({ p, relation }) => ({ ref: relation === 'self' ? 'self' : p.ref, maskedName: refOf(p).maskedName, relation })),
    setCarriedOver: (idNumber, fen) =>
      transact(() => {
        const p = findPerson(idNumber)
        const account = ctx.state.accounts[p.ref]
        if (!account) throw new BackendError('NOT_FOUND', '该人员没有个人账户')
        ctx.state.ledger.push({ account: `${p.ref}:carried`, deltaFen: fen - account.carriedOverFen, ref: 'ADJ', at: new Date(clock.now()).toISOString() })
        account.carriedOverFen = fen
      }),
    snapshot: () => ctx.state,
  }

  return Object.assign(backend as unknown as Backend, { control })
}

export { STATE_KEY }
