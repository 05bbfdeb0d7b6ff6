import { buildOrder, checkHuiminbao, checkPayer, checkPremiumPayee } from '@/domain/payments'
import type { Insurance } from '@/domain/people'
import { policyFor } from '@/domain/policy'

const resident: Insurance = { scheme: 'resident', status: 'normal', province: 'jiangxi', city: 'yingtan', placeName: '鹰潭' }
const codes = (rs: { code: string }[]) => rs.map((r) => r.code)

describe('代缴 payee eligibility (domain.md Proxy payment)', () => {
  it('accepts a Jiangxi resident-scheme member not yet paid', () => expect(checkPremiumPayee(resident, 2026, undefined)).toEqual([]))
  it.each([
    ['employee scheme', { ...resident, scheme: 'employee' as const }, undefined, 'NOT_RESIDENT'],
    ['outside Jiangxi', { ...resident, province: 'zhejiang', placeName: '杭州（浙江）' }, undefined, 'NOT_IN_JIANGXI'],
    ['suspended', { ...resident, status: 'suspended' as const }, undefined, 'INACTIVE'],
    ['already paid', resident, { year: 2026, channel: '“赣服通”APP' }, 'ALREADY_PAID'],
  ])('refuses %s', (_n, insurance, paid, code) => {
    const reasons = checkPremiumPayee(insurance, 2026, paid)
    expect(codes(reasons)).toEqual([code])
  })
  it('says where it was already paid', () => {
    expect(checkPremiumPayee(resident, 2026, { year: 2026, channel: '支付宝“赣服通”' })[0].message).toContain('支付宝“赣服通”')
  })
  it('refuses a year with no collection', () => expect(codes(checkPremiumPayee(resident, 2024, undefined))).toEqual(['NO_COLLECTION']))
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
})
