// The demo family's year of spending is replayed through the spending operation: every balance reconciles
// with its records, nothing ever overdraws, and today's balances are those of shared/domain.md.
import { seedState } from '@/services/mock/seed'

const s = seedState()
const ref = (name: string) => s.people.find((p) => p.name === name)!.ref

describe('the demo year, replayed through spend', () => {
  it("ends at domain.md's balances (李建国 历年 3,280.50, 当年 1,150.00; 周志强 历年 1,520.00)", () => {
    expect(s.accounts[ref('李建国')]).toMatchObject({ carriedOverFen: 328050, currentYearFen: 115000 })
    expect(s.accounts[ref('周志强')]).toMatchObject({ carriedOverFen: 152000, currentYearFen: 0 })
  })

  it.each(['李建国', '周志强'])("reconciles %s's account with the ledger, never below zero on the way", (name) => {
    const account = s.accounts[ref(name)]
    for (const [part, field] of [['carried', 'carriedOverFen'], ['current', 'currentYearFen']] as const) {
      let balance = account.opening[field]
      for (const l of s.ledger.filter((x) => x.account === `${ref(name)}:${part}`)) {
        balance += l.deltaFen
        expect(balance).toBeGreaterThanOrEqual(0)
      }
      expect(balance).toBe(account[field])
    }
  })

  it('matches every record with its debits, and every debit with a record', () => {
    const ids = new Set(s.spending.map((r) => r.id))
    // Besides the visits' debits, the ledger books only the turn of the year (YEAR-, and the new 当年's ALLOC-).
    const debits = s.ledger.filter((l) => !/^(YEAR|ALLOC)-\d{4}$/.test(l.ref))
    expect(debits.length).toBeGreaterThan(0)
    expect(debits.every((l) => ids.has(l.ref))).toBe(true)
    for (const r of s.spending) {
      const debits = s.ledger.filter((l) => l.ref === r.id)
      expect(-debits.reduce((a, l) => a + l.deltaFen, 0)).toBe(r.amountFen)
      expect(r.ownFen + r.outpatientFamilyFen + r.authorizerFen).toBe(r.amountFen)
    }
  })

  it('draws the household 门诊家庭账户 (王秀英, 李小宝, 李德明: 270.00 a year) from all three, never beyond it', () => {
    const household = s.people.find((p) => p.name === '王秀英')!.household
    expect(['李小宝', '李德明'].map((n) => s.people.find((p) => p.name === n)!.household)).toEqual([household, household])
    for (const year of [2025, 2026]) {
      const pool = s.pools[`${household}:${year}`]
      expect(pool.allowanceFen).toBe(27000)
      const drawn = s.spending.filter((r) => r.day.startsWith(String(year)) && s.people.find((p) => p.ref === r.personRef)!.household === household).reduce((a, r) => a + r.outpatientFamilyFen, 0)
      expect(pool.usedFen).toBe(drawn)
      expect(pool.usedFen).toBeLessThanOrEqual(pool.allowanceFen)
    }
    const drawers = new Set(s.spending.filter((r) => r.outpatientFamilyFen > 0).map((r) => s.people.find((p) => p.ref === r.personRef)!.name))
    expect([...drawers].sort()).toEqual(['李小宝', '李建芳', '李德明', '王秀英'].sort())
  })

  it("takes from 李建国's 历年余额 only what it held (the old generator drew ¥20,768.80 from ¥3,280.50)", () => {
    const drawn = s.spending.filter((r) => r.authorizerRef === ref('李建国')).reduce((a, r) => a + r.authorizerFen, 0)
    expect(drawn).toBeGreaterThan(0)
    const turned = s.ledger.filter((l) => l.account === `${ref('李建国')}:carried` && l.ref === 'YEAR-2026').reduce((a, l) => a + l.deltaFen, 0)
    expect(s.accounts[ref('李建国')].opening.carriedOverFen - drawn + turned).toBe(328050)
  })
})
