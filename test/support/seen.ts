// Payments carry what the person saw (issue 20 item 5): the 年度 and total of the offer, and the promise version.
// Test clients (support/sessions.ts withTickets) read the offer the way the app does and fill
// in what was seen — unless the test sends its own figures (to see OFFER_CHANGED).
import { PAYMENT_PROMISES } from '@/domain/promise'
import type { Backend, PaymentOffer, PaymentRequest } from '@/services/backend'

export type PaymentAsked = Omit<PaymentRequest, 'year' | 'totalFen' | 'promiseVersion' | 'ticket'> & Partial<Pick<PaymentRequest, 'year' | 'totalFen' | 'promiseVersion' | 'ticket'>>

/** What the person saw for these people in an offer: its 年度, the sum of their amounts and when benefits start. */
export function seenIn(offer: PaymentOffer, personRefs: readonly string[]): { year: number; totalFen: number; coverageFrom?: string } {
  const amount = (ref: string) => offer.candidates.find((c) => c.person.ref === ref || (ref === 'self' && c.relation === undefined))?.amountFen ?? 0
  return { year: offer.collection?.year ?? 0, totalFen: Array.isArray(personRefs) ? personRefs.reduce((sum, r) => sum + amount(r), 0) : 0, coverageFrom: offer.collection?.coverage.from }
}

/** The request the app sends after reading the offer: what was asked, plus what was seen. */
export async function asSeen<R extends PaymentAsked>(b: Pick<Backend, 'premiumCandidates' | 'huiminbaoCandidates'>, kind: 'residentPremium' | 'huiminbao', req: R): Promise<R & Omit<PaymentRequest, 'ticket'>> {
  const offer = kind === 'residentPremium' ? await b.premiumCandidates() : await b.huiminbaoCandidates()
  const seen = seenIn(offer, req.personRefs)
  const coverageFrom = 'coverageFrom' in req ? req.coverageFrom : kind === 'residentPremium' ? seen.coverageFrom : undefined
  return { ...req, year: req.year ?? seen.year, totalFen: req.totalFen ?? seen.totalFen, promiseVersion: req.promiseVersion ?? PAYMENT_PROMISES[kind].version, ...(coverageFrom === undefined ? {} : { coverageFrom }) }
}
