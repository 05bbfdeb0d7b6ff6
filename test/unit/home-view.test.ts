// getHome (issue 22): 首页 in one answer equals what the separate operations answer, for each role, and tells
// nothing about anyone the caller could not learn from those operations.
import { roleOf } from '@/domain/roles'
import type { HomeView, PaymentRecord, PersonRef } from '@/services/backend'
import { createMockServer, type MockServer } from '@/services/mock'
import { systemClock } from '@/services/mock/clock'
import { memoryStorage } from '@/services/mock/persist'
import { signedIn, type SignedIn } from '../support/sessions'
import { expectNoPersonalData } from './contract/backend.contract'

let server: MockServer

beforeEach(() => {
  const clock = systemClock(() => Date.parse('2026-11-22T02:00:00Z'))
  server = createMockServer({ storage: memoryStorage(), clock, faults: { latencyMinMs: 0, latencyMaxMs: 0 } })
})

/** What 首页 asked before getHome, one operation at a time, put together as getHome answers it. */
async function separately(b: SignedIn): Promise<HomeView> {
  const member = await b.currentMember()
  const balances = await b.getBalances()
  const drawable = (await b.listAuthorizations()).asUser.filter((a) => a.status === 'active')
  const role = roleOf(member, drawable.length)
  const view: HomeView = { member, role, balances, drawable }
  if (role === 'authorizer') {
    view.due = await b.dueItems()
    const { month, monthFen } = await b.recordTotals({ personRef: 'family' })
    view.familyMonth = { month, monthFen }
  }
  if (member.scheme === 'resident') {
    const page = await b.listRecords({ pageSize: 10, personRef: 'self', kind: 'residentPremium' })
    view.premiumPaidForMe = (page.items.find((r) => r.type === 'payment' && r.payer.ref !== member.ref) as PaymentRecord | undefined) ?? null
  }
  return view
}

/** Every person a value names (by ref). */
function refsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, into))
  else if (value && typeof value === 'object') {
    const o = value as Partial<PersonRef> & Record<string, unknown>
    if (typeof o.ref === 'string' && typeof o.maskedName === 'string') into.add(o.ref)
    Object.values(o).forEach((v) => refsIn(v, into))
  }
  return into
}

/** Everyone the separate operations let the caller know: her bindings (any status), her records, her balances. */
async function known(b: SignedIn): Promise<Set<string>> {
  const list = await b.listAuthorizations()
  const records = await b.listRecords({ pageSize: 100 })
  return refsIn([await b.currentMember(), list, records.items, await b.getBalances(), await b.premiumCandidates()])
}

async function expectSameAsSeparately(b: SignedIn): Promise<HomeView> {
  const home = await b.getHome()
  expect(home).toEqual(await separately(b))
  expectNoPersonalData(home)
  const named = [...refsIn(home)]
  expect(named.length).toBeGreaterThan(0)
  const allowed = await known(b)
  expect(named.filter((ref) => !allowed.has(ref))).toEqual([])
  return home
}

describe('getHome: 首页 in one answer, the same as the separate operations', () => {
  it('李建国 (authorizer): balances, family, 待办 and what his family drew this month', async () => {
    const b = await signedIn(server, '李建国')
    const home = await expectSameAsSeparately(b)
    expect(home.role).toBe('authorizer')
    expect(home.member.maskedName).toBe('李*国')
    expect(home.balances.personalAccount?.carriedOverFen).toBe(328050)
    expect(home.due).toBeDefined()
    expect(home.familyMonth?.month).toBe('2026-11')
    expect(home.premiumPaidForMe).toBeUndefined()
  })

  it('王秀英 (resident): her household account; nothing due, no family draw; no premium paid for her yet', async () => {
    const b = await signedIn(server, '王秀英')
    const home = await expectSameAsSeparately(b)
    expect(home.role).toBe('resident')
    expect(home.balances.outpatientFamilyAccount).toBeDefined()
    expect(home.due).toBeUndefined()
    expect(home.familyMonth).toBeUndefined()
    expect(home.premiumPaidForMe).toBeNull()
  })

  it('王秀英 once bound and paid for by 李建国 (使用人): whose 历年余额 she may use, and who paid her premium', async () => {
    const ljg = await signedIn(server, '李建国')
    const bound = await ljg.registerAuthorization({ documentType: 'residentId', documentNumber: '360602198809212424', name: '王秀英', relation: 'spouse', promiseVersion: '2026-12', proofIds: [], idempotencyKey: 'home-view-bind' })
    expect(bound.ok).toBe(true)
    const paid = await ljg.payResidentPremium({ personRefs: ['p-wxy'], idempotencyKey: 'home-view-pay' })
    expect(paid.ok).toBe(true)
    const home = await expectSameAsSeparately(await signedIn(server, '王秀英'))
    expect(home.role).toBe('user')
    expect(home.drawable.map((a) => a.authorizer.maskedName)).toEqual(['李*国'])
    expect(home.premiumPaidForMe?.payer.maskedName).toBe('李*国')
    // And 李建国's 首页 now shows her as bound family, the same as getBalances.
    expect((await expectSameAsSeparately(ljg)).balances.family.map((f) => f.person.maskedName)).toContain('王*英')
  })

  it('王秀英 paid for twice by 李建国 (premium, then 惠民保): 首页 names the premium, the newer 惠民保 is not it (mutation)', async () => {
    const ljg = await signedIn(server, '李建国')
    expect((await ljg.registerAuthorization({ documentType: 'residentId', documentNumber: '360602198809212424', name: '王秀英', relation: 'spouse', promiseVersion: '2026-12', proofIds: [], idempotencyKey: 'home-view-bind-2' })).ok).toBe(true)
    expect((await ljg.payResidentPremium({ personRefs: ['p-wxy'], idempotencyKey: 'home-view-pay-2' })).ok).toBe(true)
    expect((await ljg.payHuiminbao({ personRefs: ['p-wxy'], idempotencyKey: 'home-view-hmb-2' })).ok).toBe(true)
    const home = await expectSameAsSeparately(await signedIn(server, '王秀英'))
    expect(home.premiumPaidForMe).toMatchObject({ type: 'payment', kind: 'residentPremium', year: 2027, payer: { maskedName: '李*国' } })
  })

  it('王秀英 once her binding is cancelled: nothing to draw on, a resident again (mutation: only active bindings count)', async () => {
    const ljg = await signedIn(server, '李建国')
    const bound = await ljg.registerAuthorization({ documentType: 'residentId', documentNumber: '360602198809212424', name: '王秀英', relation: 'spouse', promiseVersion: '2026-12', proofIds: [], idempotencyKey: 'home-view-bind-3' })
    if (!bound.ok) throw new Error('not bound')
    const wang = await signedIn(server, '王秀英')
    expect((await wang.cancelAuthorization({ authorizationId: bound.value.id, idempotencyKey: 'home-view-cancel-3' })).ok).toBe(true)
    expect((await wang.listAuthorizations()).asUser).toHaveLength(1)
    const home = await expectSameAsSeparately(wang)
    expect(home.drawable).toEqual([])
    expect(home.role).toBe('resident')
  })

  it('周志强 (宜春 authorizer, another family): his own figures, nothing of the 李 family', async () => {
    const b = await signedIn(server, '周志强')
    const home = await expectSameAsSeparately(b)
    expect(home.role).toBe('authorizer')
    expect(home.member.cityName).toBe('宜春')
    expect(JSON.stringify(home)).not.toMatch(/李\*国|王\*英|李\*明|李\*宝|p-ljg|p-wxy|p-ldm|p-lxb/)
  })

  it('without a session: UNAUTHENTICATED, nothing told', async () => {
    const { client } = await import('../support/sessions')
    await expect(client(server).getHome()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
  })
})
