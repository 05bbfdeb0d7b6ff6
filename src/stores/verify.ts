import { backend, type Outcome, type Ticket, type TicketOperation } from '@/services'

/**
 * Asks the server for a ticket for one request (sent exactly as it will be, without `ticket`) with the member's
 * 6-digit 医保支付密码. The password goes only into this call: never into a store, storage, a log or a URL.
 * Refusals: PASSWORD_WRONG (tries left), PASSWORD_LOCKED (until when, where to go), NO_PAYMENT_PASSWORD.
 */
export function verify<R extends object>(operation: TicketOperation, request: R, password: string): Promise<Outcome<Ticket>> {
  return backend().verifyPassword({ operation, request, password })
}
