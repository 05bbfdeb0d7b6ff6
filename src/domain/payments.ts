import type { Insurance } from './people'
import { STATUS_LABELS } from './people'
import type { CityPolicy } from './policy'
import type { PremiumDue } from './collection'
import { formatDayCn, type Day } from './day'
import { formatYuan, sumFen } from './money'
import { RELATION_LABELS, type Relation } from './relations'
import { fail, ok, type Checked, type Reason } from './result'

// 代缴 (shared/domain.md "Proxy payment"): the authorizer's 历年余额 pays a relative's 城乡居民医保 premium
// (once per person per year, no overdraft) or 惠民保 (本人, 配偶, 父母, 子女 only).

/** What a payment from the 历年余额 is for: a relative's 城乡居民医保 premium, 惠民保, or a 新生儿免缴确认 (¥0). */
export type PaymentKind = 'residentPremium' | 'huiminbao' | 'newbornExemption'

/** How each kind of payment is named in lists (共济使用明细, 我的缴费记录). */
export const PAYMENT_KIND_LABELS: Record<PaymentKind, string> = { residentPremium: '代缴居民医保费', huiminbao: '惠民保', newbornExemption: '新生儿免缴确认' }

export type PayerRefusalCode = 'PAYER_NOT_EMPLOYEE'
export type PayeeRefusalCode = 'NOT_BOUND' | 'NOT_RESIDENT' | 'NOT_IN_JIANGXI' | 'INACTIVE' | 'ALREADY_PAID' | 'NEWBORN_EXEMPT'
export type OrderRefusalCode = 'EMPTY_ORDER' | 'INSUFFICIENT' | 'DUPLICATE_PAYEE'
export type HuiminbaoRefusalCode = 'NOT_BOUND' | 'RELATION_NOT_COVERED' | 'NOT_AVAILABLE' | 'NOT_IN_JIANGXI' | 'INACTIVE' | 'ALREADY_ENROLLED'

export interface PaidRecord {
  year: number
  channel: string
}

/**
 * A person not bound to the payer is refused with this alone: nothing about whether he exists, where he is
 * insured or whether he has paid (domain.md "What a refusal may reveal").
 */
export const NOT_BOUND: Reason<'NOT_BOUND'> = {
  code: 'NOT_BOUND',
  message: '只能为已与您绑定家庭共济关系的亲属缴费',
  next: '请先办理家庭账户共济授权登记',
}

/** Only a 职工医保 member has a personal account to pay from (shared/domain.md "Proxy payment"). */
export function checkPayer(insurance: Insurance): Reason<PayerRefusalCode> | undefined {
  if (insurance.scheme === 'employee') return undefined
  return { code: 'PAYER_NOT_EMPLOYEE', message: '只有职工医保参保人可以用个人账户代缴', next: '请由家中参加职工医保的成员办理' }
}

export interface PremiumPayeeFacts {
  /** Bound to the payer by an active authorization (the registration proves the relation). */
  bound: boolean
  insurance: Insurance
  due: PremiumDue
  paid?: PaidRecord
}

/** Every reason a person's resident premium for the due 年度 cannot be paid from the account. */
export function checkPayee(f: PremiumPayeeFacts): Reason<PayeeRefusalCode>[] {
  if (!f.bound) return [NOT_BOUND]
  const { insurance, due, paid } = f
  const out: Reason<PayeeRefusalCode>[] = []
  if (insurance.province !== 'jiangxi') {
    out.push({ code: 'NOT_IN_JIANGXI', message: `在${insurance.placeName}参保，不能用江西职工医保个人账户代缴` })
  } else if (insurance.scheme !== 'resident') {
    out.push({ code: 'NOT_RESIDENT', message: '不是城乡居民医保参保人，无需代缴居民医保费' })
  }
  if (insurance.status !== 'normal') {
    out.push({ code: 'INACTIVE', message: `医保关系${STATUS_LABELS[insurance.status]}，请先到参保地医保经办机构恢复参保` })
  }
  if (paid) out.push({ code: 'ALREADY_PAID', message: `${paid.year}年度居民医保费已缴纳（${paid.channel}），不能重复缴费` })
  else if (due.category === 'newbornExempt') {
    out.push({ code: 'NEWBORN_EXEMPT', message: `${due.year}年度新生儿免缴个人缴费，无需缴费`, next: '请办理新生儿免缴确认' })
  }
  return out
}

export interface OrderLine {
  payeeId: string
  amountFen: number
}

export interface Order {
  lines: OrderLine[]
  totalFen: number
  balanceBeforeFen: number
  balanceAfterFen: number
}

/** Builds an order against the authorizer's 历年余额; refuses (nothing debited) when it falls short. */
export function buildOrder(lines: readonly OrderLine[], carriedOverFen: number): Checked<Order, OrderRefusalCode> {
  if (lines.length === 0) return fail('EMPTY_ORDER', '请至少选择一位缴费人员')
  const ids = new Set(lines.map((l) => l.payeeId))
  if (ids.size !== lines.length) return fail('DUPLICATE_PAYEE', '同一人员在一笔订单中只能缴费一次')
  const totalFen = sumFen(lines.map((l) => l.amountFen))
  if (totalFen > carriedOverFen) {
    return fail('INSUFFICIENT', `个人账户历年余额不足：需 ${formatYuan(totalFen)} 元，可用 ${formatYuan(carriedOverFen)} 元`, '请减少缴费人员，或通过其他渠道缴费')
  }
  return ok({ lines: [...lines], totalFen, balanceBeforeFen: carriedOverFen, balanceAfterFen: carriedOverFen - totalFen })
}

/**
 * May the account pay this person's 惠民保? `who` is 'self' or the relation of an active binding; undefined when
 * the person is not bound to the payer (then nothing else is said).
 */
export function checkHuiminbao(
  who: Relation | 'self' | undefined,
  insurance: Insurance,
  policy: CityPolicy,
  enrolledYear: number | undefined,
  year: number,
): Reason<HuiminbaoRefusalCode>[] {
  if (who === undefined) return [NOT_BOUND]
  const out: Reason<HuiminbaoRefusalCode>[] = []
  const product = policy.huiminbao
  if (!product) {
    out.push({ code: 'NOT_AVAILABLE', message: `${policy.cityName}暂未开通用个人账户缴纳惠民保` })
    return out
  }
  if (who !== 'self' && !product.payableRelations.includes(who)) {
    out.push({
      code: 'RELATION_NOT_COVERED',
      message: `${product.productName}只能为本人、配偶、父母、子女缴费，${RELATION_LABELS[who]}不在范围内`,
    })
  }
  if (insurance.province !== 'jiangxi') out.push({ code: 'NOT_IN_JIANGXI', message: '惠民保不支持异地参保人员' })
  if (insurance.status !== 'normal') {
    out.push({ code: 'INACTIVE', message: `医保关系${STATUS_LABELS[insurance.status]}，请先到参保地医保经办机构恢复参保` })
  }
  if (enrolledYear === year) out.push({ code: 'ALREADY_ENROLLED', message: `${year}年度已参保，不能重复缴费` })
  return out
}

/**
 * What the person saw before paying: the 年度, the total of the chosen people and, for a resident premium, the first
 * day of benefits (a 等待期 that starts at China midnight between reading and paying is not what was seen).
 */
export interface SeenOffer {
  year: number
  totalFen: number
  coverageFrom?: Day
}

/** The server's figures differ from what the person saw: refused, nothing charged, with the new figures. */
export interface OfferChanged extends Reason<'OFFER_CHANGED'> {
  offer: SeenOffer
}

/** Undefined when the person saw the server's own 年度 and total; else the refusal with the new figures. */
export function checkSeenOffer(seen: SeenOffer, now: SeenOffer): OfferChanged | undefined {
  const parts: string[] = []
  if (seen.year !== now.year) parts.push(`缴费年度已变为${now.year}年度（您看到的是${seen.year}年度）`)
  if (seen.totalFen !== now.totalFen) parts.push(`应缴合计已变为${formatYuan(now.totalFen)}元（您看到的是${formatYuan(seen.totalFen)}元）`)
  if (now.coverageFrom !== undefined && seen.coverageFrom !== now.coverageFrom) {
    parts.push(seen.coverageFrom === undefined ? `待遇开始日期为${formatDayCn(now.coverageFrom)}` : `待遇开始日期已变为${formatDayCn(now.coverageFrom)}（您看到的是${formatDayCn(seen.coverageFrom)}）`)
  }
  if (parts.length === 0) return undefined
  return { code: 'OFFER_CHANGED', message: `${parts.join('，')}，本次未扣款`, next: '请核对新的缴费年度、金额和待遇开始日期后重新确认', offer: { ...now } }
}

/** A promise the person ticked must be the one in force (an old screen, a stale build): else nothing is done. */
export function checkPromiseVersion(sent: unknown, current: string, what: string): Reason<'PROMISE_OUTDATED'> | undefined {
  if (sent === current) return undefined
  return { code: 'PROMISE_OUTDATED', message: `${what}内容已更新，本次未办理`, next: '请返回重新阅读并勾选后再提交' }
}
