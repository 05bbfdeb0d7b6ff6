import { buildOrder, checkHuiminbao, checkPayee, checkPayer, NOT_BOUND, type PremiumPayeeFacts } from '@/domain/payments'
import { collectionYear, premiumDue, type CollectionYear } from '@/domain/collection'
import type { Insurance } from '@/domain/people'
import { policyFor } from '@/domain/policy'

const resident: Insurance = { scheme: 'resident', status: 'normal', province: 'jiangxi', city: 'yingtan', placeName: '鹰潭' }
const codes = (rs: { code: string }[]) => rs.map((r) => r.code)

describe('代缴 payee eligibility (domain.md Proxy payment)', () => {
  const due = premiumDue({ category: 'ordinary', birthDate: '1988-09-21' }, collectionYear(2027) as CollectionYear)
  const facts = (patch: Partial<PremiumPayeeFacts> = {}): PremiumPayeeFacts => ({ bound: true, insurance: resident, due, ...patch })
  it('accepts a bound Jiangxi resident-scheme member not yet paid', () => expect(checkPayee(facts())).toEqual([]))
  it.each([
    ['employee scheme', facts({ insurance: { ...resident, scheme: 'employee' } }), 'NOT_RESIDENT'],
    ['outside Jiangxi', facts({ insurance: { ...resident, province: 'zhejiang', placeName: '杭州（浙江）' } }), 'NOT_IN_JIANGXI'],
    ['suspended', facts({ insurance: { ...resident, status: 'suspended' } }), 'INACTIVE'],
    ['already paid', facts({ paid: { year: 2027, channel: '“赣服通”APP' } }), 'ALREADY_PAID'],
    ['a newborn (免缴)', facts({ due: premiumDue({ category: 'ordinary', birthDate: '2025-03-08' }, collectionYear(2027) as CollectionYear) }), 'NEWBORN_EXEMPT'],
  ])('refuses %s', (_n, f, code) => expect(codes(checkPayee(f))).toEqual([code]))
  it('says where it was already paid', () => {
    expect(checkPayee(facts({ paid: { year: 2027, channel: '支付宝“赣服通”' } }))[0].message).toContain('支付宝“赣服通”')
  })
  it.each([
    ['a suspended stranger', { ...resident, status: 'suspended' as const }, undefined],
    ['a stranger insured in Zhejiang', { ...resident, province: 'zhejiang', placeName: '杭州（浙江）' }, undefined],
    ['a stranger who has paid', resident, { year: 2027, channel: '“赣服通”APP 医保专区' }],
  ])('says nothing but "not bound" about %s', (_n, insurance, paid) => {
    const reasons = checkPayee(facts({ bound: false, insurance, paid }))
    expect(reasons).toEqual([NOT_BOUND])
    expect(JSON.stringify(reasons)).not.toMatch(/浙江|暂停|赣服通”APP|已缴纳/)
  })
})

describe('代缴 payer (domain.md Proxy payment)', () => {
  it('lets a 职工医保 member pay from the personal account', () => expect(checkPayer({ ...resident, scheme: 'employee' })).toBeUndefined())
  it('refuses a resident-scheme member, who has no personal account', () => {
    expect(checkPayer(resident)).toMatchObject({ code: 'PAYER_NOT_EMPLOYEE', next: '请由家中参加职工医保的成员办理' })
  })
})

describe('orders against 历年余额 (no overdraft)', () => {
  it('totals and shows the balance before and after', () => {
    expect(buildOrder([{ payeeId: 'a', amountFen: 40000 }, { payeeId: 'b', amountFen: 40000 }], 328050)).toEqual({
      ok: true,
      value: { lines: [{ payeeId: 'a', amountFen: 40000 }, { payeeId: 'b', amountFen: 40000 }], totalFen: 80000, balanceBeforeFen: 328050, balanceAfterFen: 248050 },
    })
  })
  it.each([
    ['empty', [], 328050, 'EMPTY_ORDER'],
    ['duplicate person', [{ payeeId: 'a', amountFen: 40000 }, { payeeId: 'a', amountFen: 40000 }], 328050, 'DUPLICATE_PAYEE'],
    ['over the balance', [{ payeeId: 'a', amountFen: 40000 }], 39999, 'INSUFFICIENT'],
  ])('refuses %s', (_n, lines, balance, code) => {
    const r = buildOrder(lines, balance)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason.code).toBe(code)
  })
  it('allows spending the balance to exactly zero', () => {
    const r = buildOrder([{ payeeId: 'a', amountFen: 40000 }], 40000)
    expect(r.ok && r.value.balanceAfterFen).toBe(0)
  })
})

describe('惠民保 (seed 000: 本人、配偶、父母、子女)', () => {
  const yingtan = policyFor('yingtan', 2025)
  it.each(['self', 'spouse', 'parent', 'child'] as const)('offers %s', (who) => expect(checkHuiminbao(who, resident, yingtan, undefined, 2026)).toEqual([]))
  it.each(['sibling', 'grandparentPaternal', 'grandparentMaternal', 'grandchildPaternal', 'grandchildMaternal'] as const)('does not offer %s', (who) => {
    expect(codes(checkHuiminbao(who, resident, yingtan, undefined, 2026))).toEqual(['RELATION_NOT_COVERED'])
  })
  it('is not offered in Yichun (no product in the seeds)', () => {
    expect(codes(checkHuiminbao('self', resident, policyFor('yichun', 2025), undefined, 2026))).toEqual(['NOT_AVAILABLE'])
  })
  it('refuses a second enrolment for the year', () => expect(codes(checkHuiminbao('child', resident, yingtan, 2026, 2026))).toEqual(['ALREADY_ENROLLED']))
  it('refuses a suspended person (张桂兰)', () => expect(codes(checkHuiminbao('parent', { ...resident, status: 'suspended' }, yingtan, undefined, 2027))).toEqual(['INACTIVE']))
  it('says only "not bound" for someone without an active binding, whatever relation was declared', () => {
    expect(checkHuiminbao(undefined, { ...resident, status: 'suspended' }, yingtan, undefined, 2027)).toEqual([NOT_BOUND])
  })
})
