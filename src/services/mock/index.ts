// The mock server: plays the provincial 医保 server inside the app. One state type (./state), one module per
// concern (identity, authorizations, payments, accounts, idempotency, persistence, seed); this file only
// composes them, gives each call its fault kind, and offers the developer/test controls.
import type { InsuranceStatus } from '@/domain/people'
import { BackendError, type Backend } from '../backend'
import { accounts } from './accounts'
import { authorizations, sweep } from './authorizations'
import { systemClock, type AdjustableClock } from './clock'
import { me, type ServerContext } from './context'
import { FaultInjector, type CallKind, type FaultConfig, type Random } from './faults'
import { identity } from './identity'
import { payments } from './payments'
import { loadState, saveState, STATE_KEY, type KeyValueStorage } from './persist'
import { seedState } from './seed'
import { isServerState, type ServerState } from './state'

export interface MockOptions {
  storage: KeyValueStorage
  clock?: AdjustableClock
  faults?: Partial<FaultConfig>
  random?: Random
}

/** What tests and the hidden developer panel may do to the mock server. */
export interface MockControl {
  readonly clock: AdjustableClock
  setFaults(patch: Partial<FaultConfig>): void
  faults(): FaultConfig
  faultsInjected(): number
  /** Resets to the demo family (重置演示数据). */
  reset(): void
  /** A notice to show once, e.g. after unreadable stored data was reset. */
  takeNotice(): string | undefined
  /** Changes a person's insurance status, as the 医保 system would (ends their bindings). */
  setInsuranceStatus(idNumber: string, status: InsuranceStatus): void
  /** Regenerates the demo history with `count` records of 李建国's own (bench: 10,000). */
  setSpendingVolume(count: number): void
  /** Sets a member's 历年余额 (tests: e.g. to try an order over the balance). */
  setCarriedOver(idNumber: string, fen: number): void
  /** The same for whoever is logged in (the developer panel, which knows no ID numbers). */
  setCurrentCarriedOver(fen: number): void
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
  uploadProof: 'register',
  getBalances: 'read',
  listSpending: 'read',
  premiumCandidates: 'read',
  payResidentPremium: 'payment',
  confirmNewbornExemption: 'payment',
  huiminbaoCandidates: 'read',
  payHuiminbao: 'payment',
  listPayments: 'read',
}

export function createMockBackend(options: MockOptions): MockBackend {
  const clock = options.clock ?? systemClock()
  const faults = new FaultInjector(options.faults, options.random ?? Math.random)
  const loaded = loadState(options.storage, seedState, isServerState)
  let notice = loaded.notice
  const ctx: ServerContext = { state: loaded.state, clock, persist: () => saveState(options.storage, ctx.state) }
  if (notice) ctx.persist()

  const accountOps = accounts(ctx)
  const ops: { [K in keyof Backend]: (...args: Parameters<Backend[K]>) => Awaited<ReturnType<Backend[K]>> } = {
    ...identity(ctx),
    ...authorizations(ctx),
    ...payments(ctx),
    getBalances: accountOps.getBalances,
    listSpending: accountOps.listSpending,
  }
  // Every call runs under the fault switch of its kind (latency, lost answers, failures).
  const backend = {} as Record<keyof Backend, unknown>
  for (const name of Object.keys(CALL_KINDS) as (keyof Backend)[]) {
    const op = ops[name] as (...args: unknown[]) => unknown
    backend[name] = (...args: unknown[]) => faults.run(CALL_KINDS[name], () => op(...args))
  }

  const findPerson = (idNumber: string) => {
    const p = ctx.state.people.find((x) => x.idNumber === idNumber)
    if (!p) throw new BackendError('NOT_FOUND', '未找到该人员')
    return p
  }

  const control: MockControl = {
    clock,
    setFaults: (patch) => faults.set(patch),
    faults: () => faults.config,
    faultsInjected: () => faults.injected,
    reset: () => {
      ctx.state = seedState()
      ctx.persist()
    },
    takeNotice: () => {
      const n = notice
      notice = undefined
      return n
    },
    setInsuranceStatus: (idNumber, status) => {
      const p = findPerson(idNumber)
      p.insurance = { ...p.insurance, status }
      sweep(ctx)
      ctx.persist()
    },
    setSpendingVolume: (count) => accountOps.setSpendingVolume(count),
    setCurrentCarriedOver: (fen) => control.setCarriedOver(me(ctx).idNumber, fen),
    setCarriedOver: (idNumber, fen) => {
      const account = ctx.state.accounts[findPerson(idNumber).ref]
      if (!account) throw new BackendError('NOT_FOUND', '该人员没有个人账户')
      account.carriedOverFen = fen
      ctx.persist()
    },
    snapshot: () => ctx.state,
  }

  return Object.assign(backend as unknown as Backend, { control })
}

export { STATE_KEY }
