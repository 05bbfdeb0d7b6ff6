import { province } from '@/domain/policy'
import { BackendError, type Backend, type DemoMember, type Member, type SignInCredential } from '../backend'
import { SAVE_FAILED_MESSAGE } from '../errors'
import { elapsedNow } from './clock'
import { me, refOf, UNAUTHENTICATED_MESSAGE, type ServerContext } from './context'
import { newSecret, sha256 } from './hash'
import { DEMO_PASSWORD_HINTS } from './seed'
import type { PersonRow, SessionRow } from './state'

type IdentityOps = { [K in 'listDemoMembers' | 'signIn' | 'signOut' | 'currentMember']: (...args: Parameters<Backend[K]>) => Awaited<ReturnType<Backend[K]>> }

/** A session ends 30 minutes (at most a minute more, see `alive`) after its last call, or 12 hours after sign-in (server clock), or at sign-out. */
export const SESSION_IDLE_MS = province.sessions.idleMinutes * 60 * 1000
export const SESSION_MAX_MS = province.sessions.maxHours * 3600 * 1000
/** A call moves the session's last-call time only once a minute: reads do not rewrite storage each time. */
export const SESSION_TOUCH_MS = 60 * 1000
/** Open sessions kept at most (the oldest go first); expired ones are dropped at each sign-in. */
export const MAX_SESSIONS = 50

const PLATFORMS: readonly SignInCredential['platform'][] = ['h5', 'weapp', 'alipay']

/** The member as the app may see him: masked, with his own scheme and place. */
export function memberView(p: PersonRow): Member {
  return {
    ...refOf(p),
    birthDate: p.birthDate,
    scheme: p.insurance.scheme,
    employeeKind: p.insurance.employeeKind,
    status: p.insurance.status,
    city: p.insurance.city,
    cityName: p.insurance.placeName,
  }
}

/** The key a token is kept under: its hash (a stolen copy of the storage holds no usable token). */
export const tokenKey = (token: string) => sha256(`session:${token}`)

/**
 * Whether a session is open at `now` (elapsed time, see `elapsedNow`). The last call noted may be up to a touch
 * interval before the last call made (see `authenticate`): the idle end allows for it, so a session never ends
 * before 30 minutes after its last call (it may last up to a minute longer).
 */
export const alive = (row: SessionRow, now: number) => now - row.lastSeenAt < SESSION_IDLE_MS + SESSION_TOUCH_MS && now - row.signedInAt < SESSION_MAX_MS

/**
 * The session a request's token names, if it is open; UNAUTHENTICATED (one answer for unknown, forged and
 * expired tokens) otherwise. Moves its last-call time.
 */
export function authenticate(ctx: ServerContext, token: unknown): { key: string; row: SessionRow } {
  const key = typeof token === 'string' && token.length > 0 && token.length <= 128 ? tokenKey(token) : undefined
  const rows = key ? sessionsOf(ctx).read() : {}
  const row = key ? rows[key] : undefined
  const now = elapsedNow(ctx.clock)
  if (!key || !row || !alive(row, now)) throw new BackendError('UNAUTHENTICATED', UNAUTHENTICATED_MESSAGE)
  if (now - row.lastSeenAt >= SESSION_TOUCH_MS) {
    try {
      sessionsOf(ctx).write({ ...rows, [key]: { ...row, lastSeenAt: now } })
    } catch {
      // Not kept this time: the session still ends 30 minutes after the last call that was.
    }
  }
  return { key, row }
}

/** Where the sessions are kept (a context without: none open, e.g. the demo year's replay). */
const NO_SESSIONS: NonNullable<ServerContext['sessions']> = { read: () => ({}), write: () => undefined }
const sessionsOf = (ctx: ServerContext) => ctx.sessions ?? NO_SESSIONS

/** Stores the sessions, or answers 保存失败 (nothing changed). */
function keep(ctx: ServerContext, rows: Record<string, SessionRow>): void {
  try {
    sessionsOf(ctx).write(rows)
  } catch {
    throw new BackendError('SAVE_FAILED', SAVE_FAILED_MESSAGE)
  }
}

function checkCredential(c: Partial<SignInCredential> | undefined): SignInCredential {
  const platform = c?.platform
  if (typeof c !== 'object' || c === null || typeof c.memberRef !== 'string' || !platform || !PLATFORMS.includes(platform)) throw new BackendError('BAD_REQUEST', '登录信息不完整，请重新选择身份')
  // The mini programs must send the platform's login code (any code, in this demo); H5 has none to send.
  const hasCode = typeof c.code === 'string' && c.code.length > 0 && c.code.length <= 256
  if (platform === 'h5' ? c.code !== undefined : !hasCode) throw new BackendError('UNAUTHENTICATED', '登录凭证无效，请重新登录')
  return c as SignInCredential
}

/** Identity and sessions: the demo sign-in, who the session is, sign-out. No call answers anything about another person by ID number. */
export function identity(ctx: ServerContext): IdentityOps {
  return {
    listDemoMembers: (): DemoMember[] => ctx.state.people.filter((p) => p.demoRole).map((p) => ({ ...refOf(p), role: p.demoRole as string, demoPassword: DEMO_PASSWORD_HINTS[p.ref] })),

    signIn: (credential) => {
      const c = checkCredential(credential)
      // A ref of someone who is not a demo login and a ref of nobody get the same answer.
      const p = ctx.state.people.find((x) => x.ref === c.memberRef && x.demoRole)
      if (!p) throw new BackendError('NOT_FOUND', '该身份不是演示账号')
      const now = elapsedNow(ctx.clock)
      const sessions = Object.entries(sessionsOf(ctx).read())
        .filter(([, row]) => alive(row, now))
        .sort((a, b) => a[1].lastSeenAt - b[1].lastSeenAt)
        .slice(-(MAX_SESSIONS - 1))
      const token = newSecret(ctx.random ?? Math.random)
      keep(ctx, Object.fromEntries([...sessions, [tokenKey(token), { memberRef: p.ref, signedInAt: now, lastSeenAt: now }]]))
      return { token, member: memberView(p), expiresAt: new Date(ctx.clock.now() + SESSION_MAX_MS).toISOString() }
    },

    signOut: () => {
      const rows = sessionsOf(ctx).read()
      if (ctx.sessionKey && rows[ctx.sessionKey]) {
        delete rows[ctx.sessionKey]
        keep(ctx, rows)
      }
    },

    currentMember: () => memberView(me(ctx)),
  }
}
