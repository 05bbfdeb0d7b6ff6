// Payments carry what the person saw (issue 20 item 5): the 年度 and total of the offer, and the promise version.
// Tests that are about something else pay through `seeing(b)`, which reads the offer the way the app does and fills
// in what was seen — unless the test sends its own figures (to see OFFER_CHANGED).
import { PAYMENT_PROMISES } from '@/domain/promise'
import type { Backend, Outcome, Payment, PaymentOffer, PaymentRequest } from '@/services/backend'

export type PaymentAsked = Omit<PaymentRequest, 'year' | 'totalFen' | 'promiseVersion'> & Partial<Pick<PaymentRequest, 'year' | 'totalFen' | 'promiseVersion'>>

export type SeeingBackend = Omit<Backend, 'payResidentPremium' | 'payHuiminbao'> & {
  payResidentPremium(req: PaymentAsked): Promise<Outcome<Payment>>
  payHuiminbao(req: PaymentAsked): Promise<Outcome<Payment>>
}

/** What the person saw for these people in an offer: its 年度 and the sum of their amounts. */
export function seenIn(offer: PaymentOffer, personRefs: readonly string[]): { year: number; totalFen: number } {
  const amount = (ref: string) => offer.candidates.find((c) => c.person.ref === ref || (ref === 'self' && c.relation === undefined))?.amountFen ?? 0
  return { year: offer.collection?.year ?? 0, totalFen: Array.isArray(personRefs) ? personRefs.reduce((sum, r) => sum + amount(r), 0) : 0 }
}

/** The request the app sends after reading the offer: what was asked, plus what was seen. */
export async function asSeen(b: Pick<Backend, 'premiumCandidates' | 'huiminbaoCandidates'>, kind: 'residentPremium' | 'huiminbao', req: PaymentAsked): Promise<PaymentRequest> {
  const offer = kind === 'residentPremium' ? await b.premiumCandidates() : await b.huiminbaoCandidates()
  const seen = seenIn(offer, req.personRefs)
  return { ...req, year: req.year ?? seen.year, totalFen: req.totalFen ?? seen.totalFen, promiseVersion: req.promiseVersion ?? PAYMENT_PROMISES[kind].version }
}

/** The backend, paying as the app does (offer read first, what was seen sent along). */
export function seeing<B extends Backend>(b: B): Omit<B, 'payResidentPremium' | 'payHuiminbao'> & SeeingBackend {
  return Object.assign(Object.create(b) as B, {
    payResidentPremium: async (req: PaymentAsked) => b.payResidentPremium(await asSeen(b, 'residentPremium', req)),
    payHuiminbao: async (req: PaymentAsked) => b.payHuiminbao(await asSeen(b, 'huiminbao', req)),
  })
}
