import { mark } from '@/platform/perf'
import { BackendError, type Backend, type BackendErrorCode } from './backend'

// One wire between the app and the server. Every request and every answer crosses it as JSON text, as
// over HTTP, so nothing on either side can rely on sharing an object with the other: a Date, an
// `undefined` field or a class instance does not survive, and an error arrives as { code, message }.
// This file is the app's end (`connect`); the server's end is wire-server.ts, so that it ships with the server
// (H5: the mock-server chunk), not with the first screen.

/** A request names the operation, carries its arguments and the session's token (all but the sign-in ops). */
export interface WireRequest {
  op: string
  args: unknown[]
  token?: string
}

/** An answer carries the operation's value, or the error the server raised. */
export type WireAnswer = { ok: true; body?: unknown } | { ok: false; error: { code: string; message: string } }

/** The server's end of the wire: request text in, answer text out (it never throws). */
export type WireHandler = (request: string) => Promise<string>

/** Every operation of the contract; `satisfies` keeps the list complete when the contract grows. */
export const OPERATIONS = {
  listDemoMembers: true,
  signIn: true,
  signOut: true,
  currentMember: true,
  verifyPassword: true,
  listAuthorizations: true,
  registerAuthorization: true,
  cancelAuthorization: true,
  changeAuthorization: true,
  uploadProof: true,
  getBalances: true,
  listRecords: true,
  spend: true,
  premiumCandidates: true,
  dueItems: true,
  payResidentPremium: true,
  confirmNewbornExemption: true,
  huiminbaoCandidates: true,
  payHuiminbao: true,
  listPayments: true,
  getHouseholdAccount: true,
  getPayment: true,
  recordTotals: true,
  getHome: true,
} as const satisfies Record<keyof Backend, true>

export type Operation = keyof typeof OPERATIONS

const ERROR_CODES = {
  NETWORK: true,
  TIMEOUT: true,
  UNAUTHENTICATED: true,
  NOT_FOUND: true,
  IDEMPOTENCY_CONFLICT: true,
  BAD_REQUEST: true,
  SAVE_FAILED: true,
} as const satisfies Record<BackendErrorCode, true>

const isErrorCode = (code: string): code is BackendErrorCode => Object.prototype.hasOwnProperty.call(ERROR_CODES, code)

/** Where the app's end of the wire finds the token to send (src/services/session.ts). */
export interface TokenSource {
  token(): string | undefined
}

/** The app's end: a Backend whose every call is sent as text (with the session's token) and whose answers are rebuilt from text. */
export function connect(handler: WireHandler, session?: TokenSource): Backend {
  const client: Partial<Record<Operation, (...args: unknown[]) => Promise<unknown>>> = {}
  for (const op of Object.keys(OPERATIONS) as Operation[]) {
    client[op] = async (...args) => {
      // An optional argument left out is not sent at all (JSON would turn it into null).
      let n = args.length
      while (n > 0 && args[n - 1] === undefined) n -= 1
      const request: WireRequest = { op, args: args.slice(0, n) }
      const token = session?.token()
      if (token !== undefined) request.token = token
      // One round trip begins (the bench counts those before 首页's figures): the operation's name only.
      mark('jx:wire', { op })
      const reply = JSON.parse(await handler(JSON.stringify(request))) as WireAnswer
      if (reply.ok) return reply.body
      const { code, message } = reply.error
      throw isErrorCode(code) ? new BackendError(code, message) : new Error(message)
    }
  }
  return client as Backend
}
