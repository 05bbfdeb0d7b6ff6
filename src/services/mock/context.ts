import { maskId, maskName } from '@/domain/masking'
import { policyFor } from '@/domain/policy'
import type { DocumentType } from '@/domain/documents'
import { yearOf } from '@/domain/day'
import { BackendError, type PersonRef } from '../backend'
import type { AdjustableClock } from './clock'
import type { PersonRow, ServerState, SessionRow } from './state'

/**
 * What every module of the mock server shares: the one state (replaced whole on reset) and the clock seam.
 * Modules change the state in memory; every call is committed to storage as a whole before it answers
 * (./index.ts). Modules own their rules; this file holds only the look-ups they all need.
 */
export interface ServerContext {
  state: ServerState
  readonly clock: AdjustableClock
  /** Test-only switch: false turns idempotency off, so a soak can show what it would catch. */
  readonly idempotency: boolean
  /** Test-only switch: false lets an operation go through without its ticket, so a soak can show it would catch that. */
  readonly tickets?: boolean
  /** The open sessions, as stored now (a key of their own: ./layout.ts SESSIONS_KEY). */
  readonly sessions?: { read(): Record<string, SessionRow>; write(rows: Record<string, SessionRow>): void }
  /** Where the server's secrets (tokens, tickets) come from when the platform has no crypto. */
  readonly random?: () => number
  /**
   * Who is calling, for the one call being run (./index.ts sets it from the request's session, or a designated
   * place's settlement from the patient): never kept in the state.
   */
  caller?: string
  /** The hash of the calling session's token (signOut ends it). */
  sessionKey?: string
  /**
   * What must stay written even when the call fails and its changes are undone (./index.ts transact): the key a
   * request was refused under (./idempotency.ts). Emptied at the start of each call.
   */
  keepOnFailure?: (() => void)[]
}

/** A person by opaque reference (server side: the full record). */
export function person(ctx: ServerContext, ref: string): PersonRow {
  const p = ctx.state.people.find((x) => x.ref === ref)
  if (!p) throw new BackendError('NOT_FOUND', '未找到该人员')
  return p
}

/** The calling session's member, or UNAUTHENTICATED. */
export function me(ctx: ServerContext): PersonRow {
  if (!ctx.caller) throw new BackendError('UNAUTHENTICATED', UNAUTHENTICATED_MESSAGE)
  return person(ctx, ctx.caller)
}

export const UNAUTHENTICATED_MESSAGE = '登录已过期，请重新登录'

/** A person by document number; a 出生医学证明 number only matches a person registered with one. */
export function byNumber(ctx: ServerContext, documentType: DocumentType, number: string): PersonRow | undefined {
  return ctx.state.people.find((p) => p.idNumber === number && (p.documentType === documentType || documentType !== 'birthCertificate'))
}

/** What the app may know of a person: masked by the server, plus an opaque reference. */
export function refOf(p: PersonRow): PersonRef {
  return { ref: p.ref, maskedName: maskName(p.name), maskedId: maskId(p.idNumber) }
}

export function nextId(ctx: ServerContext, prefix: string): string {
  ctx.state.seq += 1
  return `${prefix}-${ctx.state.seq}`
}

/** Where an id of `nextId` stands in the server's one sequence. */
export const idSeq = (id: string) => Number(id.slice(id.indexOf('-') + 1))

/** The policy of the city where a person is insured, for the year of the server's today. */
export function policyOf(ctx: ServerContext, p: PersonRow) {
  return policyFor(p.insurance.city ?? 'yingtan', yearOf(ctx.clock.today()))
}

export function carriedOver(ctx: ServerContext, ref: string): number {
  return ctx.state.accounts[ref]?.carriedOverFen ?? 0
}
