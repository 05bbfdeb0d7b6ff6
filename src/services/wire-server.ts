import { BackendError, type Backend } from './backend'
import { connect, OPERATIONS, type Operation, type WireAnswer, type WireHandler, type WireRequest } from './wire'

// The server's end of the JSON wire (src/services/wire.ts is the app's end): reads request text, writes answer
// text. Only the server (src/services/mock) and tests import it, so on H5 it is part of the mock-server chunk.

/** The only operations answered without a session. */
export const PUBLIC_OPERATIONS: readonly Operation[] = ['listDemoMembers', 'signIn']

export const isOperation = (op: unknown): op is Operation => typeof op === 'string' && Object.prototype.hasOwnProperty.call(OPERATIONS, op)

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

/** The server, reached only through the wire. */
export function overWire(server: Backend): Backend {
  return connect(serve(server))
}
