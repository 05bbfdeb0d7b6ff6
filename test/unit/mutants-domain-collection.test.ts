// Survivors of the mutation run over src/domain/collection.ts (StrykerJS, issue 20 item 9): what a closed collection
// and a refused 新生儿免缴确认 say, and which next window is named.
import { checkNewbornConfirmation, closedReason, collectionYear, describeCoverage, openCollectionYears, premiumDue, type CollectionYear } from '@/domain/collection'
import { newbornExemption } from '@/domain/policy'

const y2026 = collectionYear(2026) as CollectionYear
const y2027 = collectionYear(2027) as CollectionYear
const row = (year: number, opens: string, closes: string, assumed = false): CollectionYear => ({ ...y2026, year, window: { opens, closes }, assumed, source: { label: 'test row', ref: 'test' } })

describe('a closed collection names the nearest next window', () => {
  it('a published next year: its window, and no 以医保部门公布为准', () => {
    expect(closedReason('2026-10-01', [row(2027, '2026-10-15', '2027-02-28')])).toEqual({
      code: 'NO_COLLECTION',
      message: '2027年度城乡居民医保集中征缴期为2026年10月15日至2027年2月28日，现在还不能缴费',
      next: '请于2026年10月15日起再来缴费',
    })
  })
  it('an assumed next year says so', () => expect(closedReason('2026-10-01').next).toBe('请于2026年10月15日起再来缴费（以医保部门公布为准）'))
  it('of two future windows, the nearer one, whatever the table’s order', () => {
    const table = [row(2028, '2027-10-15', '2028-02-29'), row(2027, '2026-10-15', '2027-02-28')]
    expect(closedReason('2026-10-01', table).message).toContain('2027年度')
  })
  it('a window opening today is not a future one', () => {
    expect(closedReason('2026-10-15', [row(2027, '2026-10-15', '2027-02-28')]).message).toBe('现在不在城乡居民医保缴费期内')
  })
  it('none published: says when to look', () => expect(closedReason('2027-10-01')).toEqual({ code: 'NO_COLLECTION', message: '现在不在城乡居民医保缴费期内', next: '下一年度的缴费时间以医保部门公布为准' }))
})

describe('open 年度 newest first', () => {
  it('two open at once (a table where windows overlap): the newer first', () => {
    const table = [row(2027, '2026-10-15', '2027-02-28'), row(2028, '2026-12-01', '2028-02-29')]
    expect(openCollectionYears('2027-01-10', table).map((c) => c.year)).toEqual([2028, 2027])
  })
})

describe('新生儿免缴确认 refusals in words', () => {
  it('not bound as anything: only that, and to bind as 子女', () => {
    expect(checkNewbornConfirmation(undefined, '2025-03-08', y2027, '2026-11-23', false)).toEqual([
      { code: 'NOT_BOUND_CHILD', message: '只能为已与您绑定家庭共济关系的子女办理新生儿免缴确认', next: '请先办理家庭账户共济授权登记（与本人关系选“子女”）' },
    ])
  })
  it('not exempt: the 年度 and the rule', () => {
    expect(checkNewbornConfirmation('child', '2023-12-31', y2027, '2026-11-23', false)).toEqual([
      { code: 'NOT_EXEMPT', message: '不属于2027年度新生儿免缴范围（2024年1月1日后出生，出生当年起连续3个参保年度）' },
    ])
  })
  it('outside the window and already confirmed: both, with the window', () => {
    expect(checkNewbornConfirmation('child', '2025-03-08', y2027, '2027-03-01', true)).toEqual([
      { code: 'OUTSIDE_WINDOW', message: '新生儿免缴确认须在2027年度集中征缴期（2026年10月15日至2027年2月28日）内办理' },
      { code: 'ALREADY_CONFIRMED', message: '2027年度已办理免缴确认，无需重复办理' },
    ])
  })
  it('a child bound as 兄弟姐妹: where to change the relation', () => {
    expect(checkNewbornConfirmation('sibling', '2025-03-08', y2027, '2026-11-23', false)[0].next).toBe('请由孩子的父亲或母亲办理；关系登记有误的，请在“家庭共济关系查询”中点“变更关系”改为“子女”（无需解除，当天生效）')
  })
})

describe('premiumDue and describeCoverage', () => {
  it('a newborn’s premium cites the newborn rule; anyone else’s the year', () => {
    expect(premiumDue({ category: 'ordinary', birthDate: '2025-03-08' }, y2027).source).toBe(newbornExemption.source)
    expect(premiumDue({ category: 'ordinary', birthDate: '1988-09-21' }, y2027).source).toBe(y2027.source)
  })
  it('a cover from the next day', () => expect(describeCoverage({ from: '2027-01-02', kind: 'nextDay' })).toBe('自2027年1月2日起享受医保待遇'))
})
