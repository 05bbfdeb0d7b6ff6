import { mark } from '@/platform/perf'
import { BackendError, type Backend, type BackendErrorCode } from './backend'

// One wire between the app and the server. Every request and every answer crosses it as JSON text, as
// over HTTP, so nothing on either side can rely on sharing an object with the other: a Date, an
// `undefined` field or a class instance does not survive, and an error arrives as { code, message }.

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
const OPERATIONS = {
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

/** The only operations answered without a session. */
export const PUBLIC_OPERATIONS: readonly Operation[] = ['listDemoMembers', 'signIn']

const ERROR_CODES = {
  NETWORK: true,
  TIMEOUT: true,
  UNAUTHENTICATED: true,
  NOT_FOUND: true,
  IDEMPOTENCY_CONFLICT: true,
  BAD_REQUEST: true,
  SAVE_FAILED: true,
} as const satisfies Record<BackendErrorCode, true>

export const isOperation = (op: unknown): op is Operation => typeof op === 'string' && Object.prototype.hasOwnProperty.call(OPERATIONS, op)
const isErrorCode = (code: string): code is BackendErrorCode => Object.prototype.hasOwnProperty.call(ERROR_CODES, code)

/** Reads request text: a known operation with an argument list, or BAD_REQUEST. */
export function parseRequest(text: string): WireRequest & { op: Operation } {
  let request: Partial<WireRequest>
  try {
    request = JSON.parse(text) as Partial<WireRequest>
  } catch {
    throw new BackendError('BAD_REQUEST', '无法识别的请求')
  }
  if (typeof request !== 'object' || request === null || !isOperation(request.op) || !Array.isArray(request.args)) throw new BackendError('BAD_REQUEST', '无法识别的请求')
  if (request.token !== undefined && typeof request.token !== 'string') throw new BackendError('BAD_REQUEST', '无法识别的请求')
  return request as WireRequest & { op: Operation }
}

/** The answer text of a call: its value, or the error it raised as { code, message }. */
export async function answer(run: () => Promise<unknown>): Promise<string> {
  let a: WireAnswer
  try {
    a = { ok: true, body: await run() }
  } catch (e) {
    const error = e instanceof BackendError ? { code: e.code, message: e.message } : { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) }
    a = { ok: false, error }
  }
  return JSON.stringify(a)
}

/** Puts a backend object behind the wire (no sessions: for testing the wire itself). */
export function serve(server: Backend): WireHandler {
  return (text) =>
    answer(async () => {
      const request = parseRequest(text)
      const operation = server[request.op] as (...args: unknown[]) => Promise<unknown>
      return operation.apply(server, request.args)
    })
}

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

/** The server, reached only through the wire. */
export function overWire(server: Backend): Backend {
  return connect(serve(server))
}
