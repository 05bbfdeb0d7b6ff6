import { addDays, formatDayCn } from '@/domain/day'
import { province } from '@/domain/policy'
import type { Reason } from '@/domain/result'
import { BackendError, type Backend, type Outcome, type Ticket, type TicketOperation } from '../backend'
import { elapsedNow } from './clock'
import { me, type ServerContext } from './context'
import { canonical, newSecret, sha256 } from './hash'
import { PAYMENT_PASSWORDS } from './seed'

// The 医保支付密码 (shared/domain.md "Sign-in, sessions and the 医保支付密码"): a payment from a personal account,
// a new binding and a 变更 of one need a ticket, which the server issues after checking the member's 6-digit
// password. A ticket is for one member, one operation and one request, valid 5 minutes, used once. Five wrong passwords in
// one China day lock these operations until 00:00 the next day. The password is checked and forgotten: it
// never reaches the state, the storage, a log or the idempotency record.

export const TICKET_MS = province.paymentPassword.ticketMinutes * 60 * 1000
export const MAX_WRONG_PASSWORDS = province.paymentPassword.maxWrongPerDay
const TICKET_OPERATIONS: readonly TicketOperation[] = ['registerAuthorization', 'changeAuthorization', 'payResidentPremium', 'payHuiminbao']

export const VERIFICATION_REQUIRED: Reason = { code: 'VERIFICATION_REQUIRED', message: '请重新输入医保支付密码' }
const NO_PASSWORD: Reason = {
  code: 'NO_PAYMENT_PASSWORD',
  message: '城乡居民医保没有个人账户，也没有医保支付密码：缴费和绑定家庭成员需由职工医保参保人本人办理',
}

/** What a ticket is bound to besides the member and the operation: the request as sent, without its ticket. */
export function requestFingerprint(request: unknown): string {
  const rest = typeof request === 'object' && request !== null && !Array.isArray(request) ? { ...(request as Record<string, unknown>), ticket: undefined } : request
  return sha256(`request:${canonical(rest)}`)
}

const ticketKey = (ticket: string) => sha256(`ticket:${ticket}`)

/** Today's wrong entries of a member (another day's count no longer matters). */
function wrongToday(ctx: ServerContext, memberRef: string): number {
  const a = ctx.state.attempts[memberRef]
  return a && a.day === ctx.clock.today() ? a.wrong : 0
}

function locked(ctx: ServerContext): Reason {
  const until = formatDayCn(addDays(ctx.clock.today(), 1))
  return {
    code: 'PASSWORD_LOCKED',
    message: `今天医保支付密码已输错${MAX_WRONG_PASSWORDS}次，缴费和绑定家庭成员已暂停，${until}0时后可再办理`,
    next: '忘记密码可携带身份证到参保地医保经办机构办理，或拨打12393咨询',
  }
}

/** Drops used-up and expired tickets and old days' counts, so the state stays small. */
function prune(ctx: ServerContext): void {
  const now = elapsedNow(ctx.clock)
  for (const [k, t] of Object.entries(ctx.state.tickets)) if (t.expiresAt <= now) delete ctx.state.tickets[k]
  for (const [ref, a] of Object.entries(ctx.state.attempts)) if (a.day !== ctx.clock.today()) delete ctx.state.attempts[ref]
}

export function tickets(ctx: ServerContext): { verifyPassword: (...args: Parameters<Backend['verifyPassword']>) => Awaited<ReturnType<Backend['verifyPassword']>> } {
  return {
    verifyPassword: (req): Outcome<Ticket> => {
      const m = me(ctx)
      if (typeof req !== 'object' || req === null || !TICKET_OPERATIONS.includes(req.operation) || typeof req.password !== 'string') {
        throw new BackendError('BAD_REQUEST', '无法识别的验证请求')
      }
      prune(ctx)
      const kept = PAYMENT_PASSWORDS[m.ref]
      if (!kept) return { ok: false, reasons: [NO_PASSWORD] }
      if (wrongToday(ctx, m.ref) >= MAX_WRONG_PASSWORDS) return { ok: false, reasons: [locked(ctx)] }
      if (!/^\d{6}$/.test(req.password)) return { ok: false, reasons: [{ code: 'PASSWORD_FORMAT', message: '请输入6位数字医保支付密码' }] }
      if (sha256(`${kept.salt}:${req.password}`) !== kept.hash) {
        const wrong = wrongToday(ctx, m.ref) + 1
        ctx.state.attempts[m.ref] = { day: ctx.clock.today(), wrong }
        if (wrong >= MAX_WRONG_PASSWORDS) return { ok: false, reasons: [locked(ctx)] }
        return { ok: false, reasons: [{ code: 'PASSWORD_WRONG', message: `医保支付密码不正确，今天还可以再试${MAX_WRONG_PASSWORDS - wrong}次` }] }
      }
      const ticket = newSecret(ctx.random ?? Math.random)
      const expiresAt = elapsedNow(ctx.clock) + TICKET_MS
      ctx.state.tickets[ticketKey(ticket)] = { memberRef: m.ref, operation: req.operation, fingerprint: requestFingerprint(req.request), expiresAt }
      return { ok: true, value: { ticket, expiresAt: new Date(ctx.clock.now() + TICKET_MS).toISOString() } }
    },
  }
}

/**
 * The one line an operation needing the 医保支付密码 starts with: uses up the request's ticket if it is the
 * calling member's, for this operation and this very request, and unexpired; otherwise answers why not
 * (VERIFICATION_REQUIRED, or PASSWORD_LOCKED while the member is locked out). A used ticket is gone whatever the
 * operation then answers: a refused request is sent again with a new ticket. Run it inside `once`, so a retry of
 * a request already answered gets its first answer without needing (or using) a ticket.
 */
export function requireTicket(ctx: ServerContext, operation: TicketOperation, request: unknown): Reason | undefined {
  const m = me(ctx)
  if (wrongToday(ctx, m.ref) >= MAX_WRONG_PASSWORDS) return locked(ctx)
  if (ctx.tickets === false) return undefined
  const ticket = typeof request === 'object' && request !== null ? (request as { ticket?: unknown }).ticket : undefined
  if (typeof ticket !== 'string' || ticket.length === 0 || ticket.length > 128) return VERIFICATION_REQUIRED
  const key = ticketKey(ticket)
  const row = ctx.state.tickets[key]
  if (!row || row.memberRef !== m.ref || row.operation !== operation || row.fingerprint !== requestFingerprint(request) || row.expiresAt <= elapsedNow(ctx.clock)) return VERIFICATION_REQUIRED
  delete ctx.state.tickets[key]
  return undefined
}
