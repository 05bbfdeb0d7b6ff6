import { BackendError, type Backend, type BackendErrorCode } from './backend'

// One wire between the app and the server. Every request and every answer crosses it as JSON text, as
// over HTTP, so nothing on either side can rely on sharing an object with the other: a Date, an
// `undefined` field or a class instance does not survive, and an error arrives as { code, message }.

/** A request names the operation and carries its arguments. */
export interface WireRequest {
  op: string
  args: unknown[]
}

/** An answer carries the operation's value, or the error the server raised. */
export type WireAnswer = { ok: true; body?: unknown } | { ok: false; error: { code: string; message: string } }

/** The server's end of the wire: request text in, answer text out (it never throws). */
export type WireHandler = (request: string) => Promise<string>

/** Every operation of the contract; `satisfies` keeps the list complete when the contract grows. */
const OPERATIONS = {
  listDemoMembers: true,
  login: true,
  currentMember: true,
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
} as const satisfies Record<keyof Backend, true>

type Operation = keyof typeof OPERATIONS

const ERROR_CODES = {
  NETWORK: true,
  TIMEOUT: true,
  UNAUTHENTICATED: true,
  NOT_FOUND: true,
  IDEMPOTENCY_CONFLICT: true,
  BAD_REQUEST: true,
  SAVE_FAILED: true,
} as const satisfies Record<BackendErrorCode, true>

const isOperation = (op: unknown): op is Operation => typeof op === 'string' && Object.prototype.hasOwnProperty.call(OPERATIONS, op)
const isErrorCode = (code: string): code is BackendErrorCode => Object.prototype.hasOwnProperty.call(ERROR_CODES, code)

/** Puts a backend behind the wire: it only ever sees parsed request text. */
export function serve(server: Backend): WireHandler {
  return async (text) => {
    let answer: WireAnswer
    try {
      const request = JSON.parse(text) as Partial<WireRequest>
      if (!isOperation(request.op) || !Array.isArray(request.args)) throw new BackendError('BAD_REQUEST', '无法识别的请求')
      const operation = server[request.op] as (...args: unknown[]) => Promise<unknown>
      answer = { ok: true, body: await operation.apply(server, request.args) }
    } catch (e) {
      const error = e instanceof BackendError ? { code: e.code, message: e.message } : { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) }
      answer = { ok: false, error }
    }
    return JSON.stringify(answer)
  }
}

/** The app's end: a Backend whose every call is sent as text and whose answers are rebuilt from text. */
export function connect(handler: WireHandler): Backend {
  const client: Partial<Record<Operation, (...args: unknown[]) => Promise<unknown>>> = {}
  for (const op of Object.keys(OPERATIONS) as Operation[]) {
    client[op] = async (...args) => {
      // An optional argument left out is not sent at all (JSON would turn it into null).
      let n = args.length
      while (n > 0 && args[n - 1] === undefined) n -= 1
      const answer = JSON.parse(await handler(JSON.stringify({ op, args: args.slice(0, n) }))) as WireAnswer
      if (answer.ok) return answer.body
      const { code, message } = answer.error
      throw isErrorCode(code) ? new BackendError(code, message) : new Error(message)
    }
  }
  return client as Backend
}

/** The server, reached only through the wire. */
export function overWire(server: Backend): Backend {
  return connect(serve(server))
}
