// Survivors of the mutation run over src/domain/records-view.ts (StrykerJS, issue 20 item 9): what the 共济使用明细
// filters offer and what an empty list says.
import { emptyRecordsReason, recordKinds } from '@/domain/records-view'
import { policyFor } from '@/domain/policy'

const yingtan = policyFor('yingtan', 2026)

describe('the kind filter offers only what can be on the list', () => {
  it.each([
    ['a resident whose birth date is unknown: no 免缴确认', { scheme: 'resident' as const }, ['drug', 'outpatient', 'selfPay', 'residentPremium', 'huiminbao']],
    ['an employee born long before the exemption: still the 免缴确认 he makes for a child', { scheme: 'employee' as const, birthDate: '1986-04-15' }, ['drug', 'outpatient', 'selfPay', 'residentPremium', 'newbornExemption', 'huiminbao']],
    ['a resident born 2023-12-31, a day before the exemption', { scheme: 'resident' as const, birthDate: '2023-12-31' }, ['drug', 'outpatient', 'selfPay', 'residentPremium', 'huiminbao']],
    ['a resident born 2024-01-01', { scheme: 'resident' as const, birthDate: '2024-01-01' }, ['drug', 'outpatient', 'selfPay', 'residentPremium', 'newbornExemption', 'huiminbao']],
  ])('%s', (_n, member, kinds) => expect(recordKinds(yingtan, member)).toEqual(kinds))
})

describe('an empty list says what was asked for', () => {
  it.each([
    ['authorizer', { person: '本人', month: '2026年10月' }, '本人在2026年10月没有使用记录。'],
    ['user', { person: '李*明', kind: '药费' }, '李*明没有药费的使用记录。'],
    ['user', { kind: '药费' }, '您没有药费的使用记录。'],
    ['authorizer', { kind: '药费' }, '全家没有药费的使用记录。'],
    ['authorizer', { family: true, month: '2026年10月' }, '家人在2026年10月没有使用记录。'],
  ] as const)('%s with %j: %s', (role, chosen, text) => expect(emptyRecordsReason(role, chosen)).toBe(text))
})
