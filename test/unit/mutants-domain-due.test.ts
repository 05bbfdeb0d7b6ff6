// Survivors of the mutation run over src/domain/due.ts (StrykerJS, issue 20 item 9), killed one row each.
import { dueView, whatIsDue, type DueOffer } from '@/domain/due'

const window2027 = { opens: '2026-10-15', closes: '2027-02-28' }
const wife = { person: { ref: 'w', maskedName: '王*英' }, eligible: true, amountFen: 40000 }
const baby = { person: { ref: 'b', maskedName: '李*宝' }, eligible: false, amountFen: 0, exemption: { confirmed: false, confirmable: true } }
const offer = (over: Partial<DueOffer> = {}): DueOffer => ({
  collection: { year: 2027, window: window2027, assumed: false, coverage: { from: '2027-01-01', kind: 'wholeYear' } },
  candidates: [wife, baby],
  ...over,
})

describe('首页 待办: the window’s first day and a published 年度', () => {
  it('on the day the window opens counts every day to its close, and a published 年度 adds no 以医保部门公布为准', () => {
    expect(whatIsDue(offer(), '2026-10-15')!.deadline).toBe('集中征缴期还剩 137 天（2027年2月28日截止）')
  })
  it('the day before it opens says from when one can pay', () => {
    expect(whatIsDue(offer(), '2026-10-14')!.deadline).toBe('2026年10月15日起可以缴费')
  })
  it('after the window, a cover that starts the next day (not a 等待期) also says from when the window opens', () => {
    const late = offer({ collection: { year: 2027, window: window2027, assumed: false, coverage: { from: '2027-03-02', kind: 'nextDay' } } })
    expect(whatIsDue(late, '2027-03-01')!.deadline).toBe('2026年10月15日起可以缴费')
  })
})

describe('首页 待办: a pending 免缴确认 only while it can be done', () => {
  it.each([
    ['confirmed already', { confirmed: true, confirmable: true }],
    ['not confirmable (outside the window)', { confirmed: false, confirmable: false }],
  ])('a child whose 免缴确认 is %s is not listed, and never as a premium', (_n, exemption) => {
    const o = offer({ candidates: [{ ...baby, eligible: true, amountFen: 40000, exemption }] })
    expect(whatIsDue(o, '2026-11-23')).toBeUndefined()
  })
})

describe('dueView: the summary only when something is due, and the exempt children counted', () => {
  it('counts the bound children under the 新生儿免缴 rule, not the others', () => {
    expect(dueView(offer(), '2026-11-23')).toMatchObject({ exemptChildren: 1 })
    expect(dueView(offer({ candidates: [wife, baby, { ...baby, person: { ref: 'c', maskedName: '李*二' } }] }), '2026-11-23').exemptChildren).toBe(2)
  })
  it('counts a child only if this member can do the 免缴确认 or it is done (not a grandparent’s, who may not: walk)', () => {
    const with_ = (exemption: { confirmed: boolean; confirmable: boolean }) => dueView(offer({ candidates: [wife, { ...baby, exemption }] }), '2026-11-23').exemptChildren
    expect(with_({ confirmed: false, confirmable: true })).toBe(1)
    expect(with_({ confirmed: true, confirmable: false })).toBe(1)
    expect(with_({ confirmed: false, confirmable: false })).toBe(0)
  })
  it('has no summary key at all when nothing is due', () => {
    const view = dueView(offer({ candidates: [] }), '2026-11-23')
    expect(view).toStrictEqual({ exemptChildren: 0 })
  })
  it('carries the summary when something is due', () => {
    expect(dueView(offer(), '2026-11-23').summary?.items.map((i) => i.kind)).toEqual(['premium', 'exemption'])
  })
})
