import { create } from 'zustand'
import { addDays, type Day } from '@/domain/day'
import { serverToday, type TicketOperation } from '@/services'
import { createMemberStore } from './memberStore'
import { verify } from './verify'

// The 医保支付密码 before money moves or a binding is made: `ask` opens the PasswordSheet for one request and
// resolves with the server's one-time ticket for it (or undefined when the person cancels). The password itself is
// never kept here: it passes through `submit` to the server and is gone.

/** Asks the person for the 医保支付密码 for one request: the server's ticket for it, or undefined (cancelled). */
export type Verify = (operation: TicketOperation, request: object) => Promise<string | undefined>

export interface VerificationRefusal {
  code: string
  message: string
  /** Where to go (经办机构, 12393). */
  next?: string
  /** PASSWORD_LOCKED: no more tries today; the message says until when and where to go. */
  locked: boolean
}

interface VerificationState {
  open: boolean
  /** What the password is for, in the person's words (代缴居民医保费 ¥400.00). */
  purpose?: string
  verifying: boolean
  refusal?: VerificationRefusal
  /** Resolves with the ticket (undefined: cancelled); a call that failed (no answer, session ended) rejects. */
  ask(operation: TicketOperation, request: unknown, purpose: string): Promise<string | undefined>
  submit(password: string): Promise<void>
  cancel(): void
}

// The request being verified and who waits for its ticket: in memory, outside the state the pages render.
let pending: { operation: TicketOperation; request: unknown; resolve: (ticket: string | undefined) => void; reject: (e: unknown) => void } | undefined

// The member's last refusal, when it was PASSWORD_LOCKED: locked until 00:00 the day after (by the server's day).
// While that is ahead, the sheet opens showing the lock instead of asking for six digits the server would refuse.
// In memory, for the signed-in member only (another member starts over).
const knownLock = createMemberStore<{ lock?: { until: Day; refusal: VerificationRefusal } }>(() => ({ lock: undefined }))

function lockToday(): VerificationRefusal | undefined {
  const lock = knownLock.getState().lock
  return lock && serverToday() < lock.until ? lock.refusal : undefined
}

const closed = { open: false, purpose: undefined, verifying: false, refusal: undefined }

export const useVerification = create<VerificationState>((set, get) => ({
  ...closed,
  ask(operation, request, purpose) {
    // A second tap while the sheet is up asks for nothing new.
    if (pending) return Promise.resolve(undefined)
    return new Promise((resolve, reject) => {
      pending = { operation, request, resolve, reject }
      set({ ...closed, open: true, purpose, refusal: lockToday() })
    })
  },
  async submit(password) {
    const p = pending
    if (!p || get().verifying || get().refusal?.locked) return
    set({ verifying: true, refusal: undefined })
    try {
      const r = await verify(p.operation, p.request as object, password)
      if (pending !== p) return
      if (r.ok) {
        knownLock.setState({ lock: undefined })
        pending = undefined
        set(closed)
        p.resolve(r.value.ticket)
        return
      }
      const reason = r.reasons[0]
      const refusal = { code: reason.code, message: reason.message, next: reason.next, locked: reason.code === 'PASSWORD_LOCKED' }
      knownLock.setState({ lock: refusal.locked ? { until: addDays(serverToday(), 1), refusal } : undefined })
      set({ verifying: false, refusal })
    } catch (e) {
      // No answer (or the session ended): the sheet closes and the page says what happened, with 重试.
      if (pending !== p) return
      pending = undefined
      set(closed)
      p.reject(e)
    }
  },
  cancel() {
    const p = pending
    pending = undefined
    set(closed)
    p?.resolve(undefined)
  },
}))
