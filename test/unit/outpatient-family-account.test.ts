import { outpatientAllowanceFen, outpatientFamilyAccountPlaces } from '@/domain/outpatient-family-account'
import { policyFor } from '@/domain/policy'

describe('门诊家庭账户: one pool for the household (seed 000 §二, domain.md)', () => {
  const resident = { scheme: 'resident' as const, status: 'normal' as const, province: 'jiangxi', city: 'yingtan' as const, placeName: '鹰潭' }
  it.each([
    ['王秀英, 李小宝, 李德明: 3 × 90.00', [resident, resident, resident], 27000],
    ['a suspended resident adds nothing', [resident, { ...resident, status: 'suspended' as const }], 9000],
    ['an employee member adds nothing', [resident, { ...resident, scheme: 'employee' as const }], 9000],
  ])('%s', (_n, members, fen) => {
    expect(outpatientAllowanceFen(policyFor('yingtan', 2026), members)).toBe(fen)
  })
  it('does not exist in Yichun', () => expect(outpatientAllowanceFen(policyFor('yichun', 2026), [resident])).toBeUndefined())

  it.each([
    ['yingtan', ['乡卫生院', '社区卫生服务中心', '村卫生计生服务室', '县级中医院（中医药治疗）']],
    ['yichun', []],
  ] as const)('%s: usable at the places of the seed 000 §二 table that say so, nowhere else', (city, places) => {
    expect(outpatientFamilyAccountPlaces(policyFor(city, 2026))).toEqual(places)
  })
})
