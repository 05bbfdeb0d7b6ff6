// Survivors of the mutation run over src/domain/payments.ts (StrykerJS, issue 20 item 9): what each refusal says
// to the person who pays (the words are the behaviour: they name the place, the status, the 年度, the figures in
// 元), and 惠民保 outside Jiangxi.
import { buildOrder, checkHuiminbao, checkPayee, checkPayer, checkPromiseVersion, checkSeenOffer, type PremiumPayeeFacts } from '@/domain/payments'
import { collectionYear, premiumDue, type CollectionYear } from '@/domain/collection'
import type { Insurance } from '@/domain/people'
import { policyFor } from '@/domain/policy'

const resident: Insurance = { scheme: 'resident', status: 'normal', province: 'jiangxi', city: 'yingtan', placeName: '鹰潭' }
const y2027 = collectionYear(2027) as CollectionYear
const due = premiumDue({ category: 'ordinary', birthDate: '1988-09-21' }, y2027)
const payee = (patch: Partial<PremiumPayeeFacts> = {}): PremiumPayeeFacts => ({ bound: true, insurance: resident, due, ...patch })
const zhejiang: Insurance = { ...resident, province: 'zhejiang', city: undefined, placeName: '杭州（浙江）' }

describe('代缴 refusals say what is wrong in words', () => {
  it('a resident-scheme payer has no personal account', () => {
    expect(checkPayer(resident)).toEqual({ code: 'PAYER_NOT_EMPLOYEE', message: '只有职工医保参保人可以用个人账户代缴', next: '请由家中参加职工医保的成员办理' })
  })
  it.each([
    ['insured outside Jiangxi: names the place', payee({ insurance: zhejiang }), { code: 'NOT_IN_JIANGXI', message: '在杭州（浙江）参保，不能用江西职工医保个人账户代缴' }],
    ['an employee-scheme member', payee({ insurance: { ...resident, scheme: 'employee' } }), { code: 'NOT_RESIDENT', message: '不是城乡居民医保参保人，无需代缴居民医保费' }],
    ['terminated: names the status', payee({ insurance: { ...resident, status: 'terminated' } }), { code: 'INACTIVE', message: '医保关系终止，请先到参保地医保经办机构恢复参保' }],
    ['a newborn of the exemption: names the 年度 and what to do', payee({ due: premiumDue({ category: 'ordinary', birthDate: '2025-03-08' }, y2027) }), { code: 'NEWBORN_EXEMPT', message: '2027年度新生儿免缴个人缴费，无需缴费', next: '请办理新生儿免缴确认' }],
  ])('%s', (_n, f, reason) => expect(checkPayee(f)).toEqual([reason]))
})

describe('an order against the 历年余额 says why it is refused', () => {
  it.each([
    ['nobody chosen', [], 328050, { code: 'EMPTY_ORDER', message: '请至少选择一位缴费人员' }],
    ['the same person twice', [{ payeeId: 'a', amountFen: 40000 }, { payeeId: 'a', amountFen: 40000 }], 328050, { code: 'DUPLICATE_PAYEE', message: '同一人员在一笔订单中只能缴费一次' }],
    [
      'short of the balance: both figures in 元',
      [{ payeeId: 'a', amountFen: 40000 }, { payeeId: 'b', amountFen: 8000 }],
      39999,
      { code: 'INSUFFICIENT', message: '个人账户历年余额不足：需 480.00 元，可用 399.99 元', next: '请减少缴费人员，或通过其他渠道缴费' },
    ],
  ])('%s', (_n, lines, balance, reason) => expect(buildOrder(lines, balance)).toEqual({ ok: false, reason }))
})

describe('惠民保 refusals (seed 000 §三)', () => {
  const yingtan = policyFor('yingtan', 2026)
  it('outside Jiangxi: not offered, and said so', () => {
    expect(checkHuiminbao('self', zhejiang, yingtan, undefined, 2027)).toEqual([{ code: 'NOT_IN_JIANGXI', message: '惠民保不支持异地参保人员' }])
  })
  it.each([
    ['a city without the product', 'self', resident, policyFor('yichun', 2026), undefined, { code: 'NOT_AVAILABLE', message: '宜春暂未开通用个人账户缴纳惠民保' }],
    ['a relation the product does not cover', 'sibling', resident, yingtan, undefined, { code: 'RELATION_NOT_COVERED', message: '鹰潭惠民保只能为本人、配偶、父母、子女缴费，兄弟姐妹不在范围内' }],
    ['a suspended insurance', 'parent', { ...resident, status: 'suspended' }, yingtan, undefined, { code: 'INACTIVE', message: '医保关系暂停，请先到参保地医保经办机构恢复参保' }],
    ['enrolled already for the 年度', 'child', resident, yingtan, 2027, { code: 'ALREADY_ENROLLED', message: '2027年度已参保，不能重复缴费' }],
  ] as const)('%s', (_n, who, insurance, policy, enrolled, reason) => expect(checkHuiminbao(who, insurance, policy, enrolled, 2027)).toEqual([reason]))
})

describe('what was seen is what is charged: what the refusal tells to do', () => {
  it('a changed offer: check the new 年度 and amount, then confirm again', () => {
    expect(checkSeenOffer({ year: 2027, totalFen: 8000 }, { year: 2027, totalFen: 40000 })?.next).toBe('请核对新的缴费年度、金额和待遇开始日期后重新确认')
  })
  it('an outdated promise: names which one, and to read and tick it again', () => {
    expect(checkPromiseVersion('2025-01', '2026-12', '缴费承诺')).toEqual({ code: 'PROMISE_OUTDATED', message: '缴费承诺内容已更新，本次未办理', next: '请返回重新阅读并勾选后再提交' })
  })
})
