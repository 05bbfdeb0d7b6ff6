import { daysLeft, whatIsDue, type DueOffer } from '@/domain/due'

// 首页 "what is due": from the server's offer for the open 年度 (domain.md: collection years, newborns).
const window2027 = { opens: '2026-10-15', closes: '2027-02-28' }
const offer = (over: Partial<DueOffer> = {}): DueOffer => ({
  collection: { year: 2027, window: window2027, assumed: true, coverage: { from: '2027-01-01', kind: 'wholeYear' } },
  candidates: [
    { person: { ref: 'w', maskedName: '王*英' }, eligible: true, amountFen: 40000 },
    { person: { ref: 'b', maskedName: '李*宝' }, eligible: false, amountFen: 0, exemption: { confirmed: false, confirmable: true } },
    { person: { ref: 'd', maskedName: '李*明' }, eligible: false, amountFen: 40000 },
  ],
  ...over,
})

describe('what is due on 首页', () => {
  it('lists the unpaid relative and the pending 免缴确认, each with its action; the paid one is not listed', () => {
    const due = whatIsDue(offer(), '2026-11-23')!
    expect(due.items).toEqual([
      { kind: 'premium', personRef: 'w', text: '王*英的2027年度居民医保费还没交（¥400.00）', action: '去代缴' },
      { kind: 'exemption', personRef: 'b', text: '李*宝的2027年度新生儿免缴确认还没办', action: '去确认' },
    ])
  })

  it.each([
    ['2026-11-23', '集中征缴期还剩 98 天（2027年2月28日截止），以医保部门公布为准'],
    ['2027-02-28', '集中征缴期还剩 1 天（2027年2月28日截止），以医保部门公布为准'],
  ])('on %s says: %s', (today, text) => {
    expect(whatIsDue(offer(), today)!.deadline).toBe(text)
  })

  it('after the window says a payment now brings the 3-month 等待期', () => {
    const late = offer({ collection: { year: 2027, window: window2027, assumed: false, coverage: { from: '2027-06-10', kind: 'waitingPeriod' } } })
    expect(whatIsDue(late, '2027-03-10')!.deadline).toBe('集中征缴期已过：现在缴费，要等 3 个月（等待期）到 2027年6月10日 才能享受待遇')
  })

  it.each([
    ['no open 年度', offer({ collection: undefined })],
    ['everyone paid or confirmed', offer({ candidates: [{ person: { ref: 'd', maskedName: '李*明' }, eligible: false, amountFen: 40000 }, { person: { ref: 'b', maskedName: '李*宝' }, eligible: false, amountFen: 0, exemption: { confirmed: true, confirmable: false } }] })],
    ['a free category (全额资助) is not a debt', offer({ candidates: [{ person: { ref: 'x', maskedName: '张*' }, eligible: true, amountFen: 0 }] })],
  ])('shows nothing when %s', (_n, o) => {
    expect(whatIsDue(o, '2026-11-23')).toBeUndefined()
  })

  it('counts the last day of the window as a day left', () => {
    expect(daysLeft('2027-02-28', '2027-02-28')).toBe(1)
    expect(daysLeft('2027-02-27', '2027-02-28')).toBe(2)
  })
})
