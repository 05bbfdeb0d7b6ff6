// The turn of the year on the mock server's books and the balances it answers (src/services/mock/accounts.ts):
// every move booked in the ledger in fen, as of 01-01 China time (issue 20 item 9, tests found missing by mutation
// testing).
import { turnTheYear } from '@/services/mock/accounts'
import { createMockServer } from '@/services/mock'
import { systemClock } from '@/services/mock/clock'
import { memoryStorage } from '@/services/mock/persist'
import type { ServerState } from '@/services/mock/state'
import { signedIn } from '../support/sessions'

const noLatency = { latencyMinMs: 0, latencyMaxMs: 0, timeoutMs: 0 }
const NEW_YEAR_2027 = '2026-12-31T16:00:00.000Z'

function books(accounts: ServerState['accounts']): ServerState {
  return { accounts, ledger: [] } as unknown as ServerState
}
const account = (carriedOverFen: number, currentYearFen: number, year?: number) => ({ carriedOverFen, currentYearFen, year, opening: { carriedOverFen, currentYearFen } })

describe('turnTheYear', () => {
  it('moves what is left of an earlier 年度’s 当年余额 into 历年余额 as of 01-01, and books both sides and the new allocation', () => {
    const state = books({ a: account(10000, 2500, 2026) })
    turnTheYear(state, '2027-01-03', (ref, year) => (ref === 'a' && year === 2027 ? 700 : 0))
    expect(state.accounts.a).toMatchObject({ year: 2027, carriedOverFen: 12500, currentYearFen: 700 })
    expect(state.ledger).toEqual([
      { account: 'a:current', deltaFen: -2500, ref: 'YEAR-2027', at: NEW_YEAR_2027 },
      { account: 'a:carried', deltaFen: 2500, ref: 'YEAR-2027', at: NEW_YEAR_2027 },
      { account: 'a:current', deltaFen: 700, ref: 'ALLOC-2027', at: NEW_YEAR_2027 },
    ])
  })

  it('books nothing for an empty 当年余额 and no allocation (the live server), yet the account is of the new 年度', () => {
    const state = books({ a: account(10000, 0, 2026) })
    turnTheYear(state, '2027-01-01')
    expect(state.accounts.a).toMatchObject({ year: 2027, carriedOverFen: 10000, currentYearFen: 0 })
    expect(state.ledger).toEqual([])
  })

  it('leaves an account of this 年度 alone, and dates an account without one to this 年度', () => {
    const state = books({ now: account(10000, 2500, 2027), undated: account(300, 200) })
    turnTheYear(state, '2027-06-01', () => 999)
    expect(state.accounts.now).toMatchObject({ year: 2027, carriedOverFen: 10000, currentYearFen: 2500 })
    expect(state.accounts.undated).toMatchObject({ year: 2027, carriedOverFen: 300, currentYearFen: 200 })
    expect(state.ledger).toEqual([])
  })
})

describe('getBalances', () => {
  it('an authorizer: his account, no 门诊家庭账户 of his own, each active binding with what it may draw and the user’s pool', async () => {
    const s = createMockServer({ storage: memoryStorage(), clock: systemClock(() => Date.parse('2026-11-22T02:00:00Z')), faults: noLatency })
    const li = await signedIn(s, '李建国')
    const bal = await li.getBalances()
    expect(bal.personalAccount).toEqual({ carriedOverFen: 328050, currentYearFen: 115000 })
    expect(bal.outpatientFamilyAccount).toBeUndefined()
    expect(bal.asOf).toBe('2026-11-22T02:00:00.000Z')
    expect(bal.family).toEqual([{ person: expect.objectContaining({ maskedName: '李*明' }), relation: 'parent', scheme: 'resident', drawableFen: 328050, outpatientFamilyAccount: { allowanceFen: 27000, remainingFen: expect.any(Number) } }])
  })

  it('a resident: no personal account, her household’s pool for this year with its places', async () => {
    const s = createMockServer({ storage: memoryStorage(), clock: systemClock(() => Date.parse('2026-11-22T02:00:00Z')), faults: noLatency })
    const wang = await signedIn(s, '王秀英')
    const bal = await wang.getBalances()
    expect(bal.personalAccount).toBeUndefined()
    expect(bal.outpatientFamilyAccount).toMatchObject({ allowanceFen: 27000, year: 2026 })
    expect(bal.outpatientFamilyAccount?.places.length).toBeGreaterThan(0)
    expect(bal.family).toEqual([])
  })
})
