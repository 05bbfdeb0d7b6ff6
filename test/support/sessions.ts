// Tests reach the mock server only through the JSON wire, each client with its own session, as the app does.
import { BackendError, type Backend, type Member, type SignInCredential, type TicketOperation } from '@/services/backend'
import { createMockServer, type MockOptions, type MockServer } from '@/services/mock'
import { DEMO_REFS } from '@/services/mock/seed'
import { connect, type WireHandler } from '@/services/wire'
import { asSeen, type PaymentAsked } from './seen'

/** The demo people by name; the demo sign-ins are 李建国, 王秀英 and 周志强. */
export const PEOPLE = {
  李建国: DEMO_REFS.lijianguo,
  王秀英: DEMO_REFS.wangxiuying,
  李小宝: DEMO_REFS.lixiaobao,
  李德明: DEMO_REFS.lideming,
  张桂兰: DEMO_REFS.zhangguilan,
  李建华: DEMO_REFS.lijianhua,
  李建芳: DEMO_REFS.lijianfang,
  周志强: DEMO_REFS.zhouzhiqiang,
} as const
export type Who = keyof typeof PEOPLE

/** Who a demo ref is. */
export const whoIs = (ref: string): Who | undefined => (Object.keys(PEOPLE) as Who[]).find((w) => PEOPLE[w] === ref)

/** The demo 医保支付密码 (shared/domain.md; made up, shown on the demo sign-in page). Residents have none. */
export const PASSWORDS: Partial<Record<Who, string>> = { 李建国: '135790', 周志强: '246801' }

const TICKETED: readonly TicketOperation[] = ['registerAuthorization', 'changeAuthorization', 'payResidentPremium', 'payHuiminbao']
type Ticketed = Extract<keyof Backend, TicketOperation>
type Seen = 'year' | 'totalFen' | 'promiseVersion'
type Loose<F> = F extends (req: infer R) => infer O ? (req: Omit<R, 'ticket' | Seen> & { ticket?: string } & Partial<Pick<R, Extract<keyof R, Seen>>>) => O : F

/**
 * A client as the tests use it: the contract, where an operation that needs the 医保支付密码 may be sent
 * without a ticket and then gets one first with the member's demo password (`autoTicket`, on unless asked off).
 */
export type TestBackend = { [K in keyof Backend]: K extends Ticketed ? Loose<Backend[K]> : Backend[K] }

export interface SignedIn extends TestBackend {
  /** The session's token (to try it elsewhere) and member. */
  readonly token: string
  readonly who: Who
  readonly member: Member
}

/** A client of `handler` with a token holder of its own (undefined: not signed in). */
export function client(handler: WireHandler | MockServer, token?: () => string | undefined): Backend {
  const h = typeof handler === 'function' ? handler : handler.handle
  return connect(h, { token: token ?? (() => undefined) })
}

/** Adds the ticket an operation needs, got with `password` for exactly the request sent; a ticket given is kept. */
export function withTickets<B extends Backend>(b: B, password: () => string | undefined | Promise<string | undefined>): TestBackend & B {
  const out = Object.create(b) as Record<string, unknown>
  for (const op of TICKETED) {
    const send = (b as unknown as Record<string, ((req: object) => Promise<unknown>) | undefined>)[op]
    if (!send) continue
    out[op] = async (asked: { ticket?: string }) => {
      // Payments carry what the person saw (issue 20): filled from the offer when the test does not send it.
      const req = op === 'payResidentPremium' || op === 'payHuiminbao' ? await asSeen(b, op === 'payResidentPremium' ? 'residentPremium' : 'huiminbao', asked as unknown as PaymentAsked) : asked
      if (req.ticket !== undefined) return send(req)
      const pw = await password()
      if (pw === undefined) return send({ ...req, ticket: '' })
      const t = await b.verifyPassword({ operation: op, request: req, password: pw })
      if (!t.ok) return t
      return send({ ...req, ticket: t.value.ticket })
    }
  }
  return out as unknown as TestBackend & B
}

export interface SignInOptions {
  /** Off: operations that need the 医保支付密码 are sent as they are (contract tests of tickets). */
  autoTicket?: boolean
  credential?: Partial<SignInCredential>
}

/** Signs `who` in on `server` (H5 credential) and answers a client of that session alone. */
export function signedIn(server: WireHandler | MockServer, who: Who, options: SignInOptions = {}): Promise<SignedIn> {
  return signedInAs(server, PEOPLE[who], options)
}

/** The same by member ref. */
export async function signedInAs(server: WireHandler | MockServer, memberRef: string, options: SignInOptions = {}): Promise<SignedIn> {
  const held: { token?: string } = {}
  const raw = client(server, () => held.token)
  const session = await raw.signIn({ memberRef, platform: 'h5', ...options.credential })
  held.token = session.token
  const who = whoIs(memberRef) as Who
  const b = options.autoTicket === false ? raw : withTickets(raw, () => PASSWORDS[who])
  return Object.assign(Object.create(b) as object, { token: session.token, who, member: session.member }) as SignedIn
}


export type ServerWithClient = MockServer &
  TestBackend & {
    /** Signs the client in as `who` from the next call on. */
    login(who: Who): Promise<void>
  }

/**
 * A mock server and a client of it, for tests of the server's furniture (storage, faults, controls): the client
 * signs in as `who` on its first call, signs in again when its session ends (as the app does), and gets the
 * ticket an operation needs with the member's demo password.
 */
export function mockWithClient(options: MockOptions, who: Who = '李建国'): ServerWithClient {
  const server = createMockServer(options)
  let token: string | undefined
  let current: Who = who
  const raw = client(server, () => token)
  const signIn = async () => {
    token = (await raw.signIn({ memberRef: PEOPLE[current], platform: 'h5' })).token
  }
  const ticketed = withTickets(raw, () => PASSWORDS[current]) as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>
  const out: Record<string, unknown> = {
    handle: server.handle,
    control: server.control,
    login: async (next: Who) => {
      current = next
      await signIn()
    },
  }
  for (const op of Object.keys(raw)) {
    out[op] = async (...args: unknown[]) => {
      if (op === 'listDemoMembers' || op === 'signIn') return ticketed[op](...args)
      if (!token) await signIn()
      try {
        return await ticketed[op](...args)
      } catch (e) {
        if (!(e instanceof BackendError && e.code === 'UNAUTHENTICATED')) throw e
        await signIn()
        return ticketed[op](...args)
      }
    }
  }
  return out as unknown as ServerWithClient
}
