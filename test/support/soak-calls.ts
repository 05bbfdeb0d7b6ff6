// The soak's 代缴 calls in one place: the server decides the 年度 and the amounts (step 8).
import { PAYMENT_PROMISES } from '@/domain/promise'
import type { Backend, Outcome, Payment, PaymentOffer, PaymentRequest, PremiumCandidate } from '@/services/backend'
import { seenIn } from './seen'

const person = (id: string, name: string) => ({ id, name })

/** The demo family of shared/domain.md, as a client types them. */
export const DEMO_PEOPLE = {
  lijianguo: person('360602198604151314', '李建国'),
  wangxiuying: person('360602198809212424', '王秀英'),
  lixiaobao: person('360602202503081133', '李小宝'),
  lideming: person('360602195807021516', '李德明'),
  zhangguilan: person('360602196003182626', '张桂兰'),
  lijianfang: person('360681199008262843', '李建芳'),
  zhouzhiqiang: person('360902197901051178', '周志强'),
}

/** The bound relatives the member may pay for in the 年度 the server offers. */
export async function premiumCandidates(client: Backend): Promise<PremiumCandidate[]> {
  return (await client.premiumCandidates()).candidates
}

export function payPremium(client: Backend, req: Omit<PaymentRequest, 'ticket'>, ticket: string): Promise<Outcome<Payment>> {
  return client.payResidentPremium({ ...req, ticket })
}

export async function huiminbaoCandidates(client: Backend): Promise<PremiumCandidate[]> {
  return (await client.huiminbaoCandidates()).candidates
}

export function payHuiminbao(client: Backend, req: Omit<PaymentRequest, 'ticket'>, ticket: string): Promise<Outcome<Payment>> {
  return client.payHuiminbao({ ...req, ticket })
}

/** The request a payment's ticket is for: exactly what is then sent, without `ticket` — with what was seen (issue 20). */
export const paymentRequest = (personRefs: string[], idempotencyKey: string, offer: PaymentOffer | undefined, kind: 'residentPremium' | 'huiminbao'): Omit<PaymentRequest, 'ticket'> => ({
  personRefs,
  idempotencyKey,
  ...seenIn(offer ?? { candidates: [] }, personRefs),
  promiseVersion: PAYMENT_PROMISES[kind].version,
})
