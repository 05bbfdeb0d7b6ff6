// The demo family of the mock server (src/services/mock/seed.ts) is the one of domain.md "Demo family": each person,
// binding, payment and balance as the table says (issue 20 item 9: the seed's data was not pinned by any test).
import { checkChar } from '@/domain/documents'
import { DEMO_REFS, SEED_DAY } from '@/services/mock/seed'
import type { PersonRow, ServerState } from '@/services/mock/state'

// Made afresh in each test (seedState keeps what it made per module instance): mutation testing then sees every test
// run the demo year, not only the first one, and nothing run at import (counted as static, left out).
let state: ServerState
let seedState: typeof import('@/services/mock/seed').seedState
beforeEach(() => {
  jest.resetModules()
  seedState = (require('@/services/mock/seed') as typeof import('@/services/mock/seed')).seedState
  state = seedState()
})
const byName = (name: string): PersonRow => {
  const p = state.people.find((x) => x.name === name)
  if (!p) throw new Error(`no ${name} in the seed`)
  return p
}

describe('the demo family is domain.md’s table', () => {
  // name, ID number, where insured, scheme, status (domain.md "Demo family").
  const TABLE = [
    ['李建国', '360602198604151314', '鹰潭', 'employee', 'normal'],
    ['王秀英', '360602198809212424', '鹰潭', 'resident', 'normal'],
    ['李小宝', '360602202503081133', '鹰潭', 'resident', 'normal'],
    ['李德明', '360602195807021516', '鹰潭', 'resident', 'normal'],
    ['张桂兰', '360602196003182626', '鹰潭', 'resident', 'suspended'],
    ['李建华', '330106198305111753', '杭州（浙江）', 'employee', 'normal'],
    ['李建芳', '360681199008262843', '鹰潭（贵溪）', 'resident', 'normal'],
    ['周志强', '360902197901051178', '宜春', 'employee', 'normal'],
    ['刘秀兰', '360902195305120625', '宜春', 'resident', 'normal'],
  ] as const

  it('has exactly these nine people, each under a 居民身份证 with a valid check character and the birth date it carries', () => {
    expect(state.people.map((p) => p.name).sort()).toEqual(TABLE.map(([name]) => name).sort())
    for (const [name, id, place, scheme, status] of TABLE) {
      const p = byName(name)
      expect([name, p.documentType, p.idNumber, p.insurance.placeName, p.insurance.scheme, p.insurance.status]).toEqual([name, 'residentId', id, place, scheme, status])
      expect([name, checkChar(id.slice(0, 17))]).toEqual([name, id[17]])
      expect([name, p.birthDate]).toEqual([name, `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`])
    }
  })

  it('insured in Jiangxi but 李建华 (杭州, 浙江); 周志强 and 刘秀兰 in 宜春, the others in 鹰潭; the employees are 在职', () => {
    for (const [name] of TABLE) {
      const { insurance } = byName(name)
      expect([name, insurance.province]).toEqual([name, name === '李建华' ? 'zhejiang' : 'jiangxi'])
      if (name !== '李建华') expect([name, insurance.city]).toEqual([name, ['周志强', '刘秀兰'].includes(name) ? 'yichun' : 'yingtan'])
      if (insurance.scheme === 'employee') expect([name, insurance.employeeKind]).toEqual([name, 'active'])
    }
  })

  it('王秀英, 李小宝 and 李德明 form one resident household; 张桂兰 and 李建芳 each their own; employees none', () => {
    const household = (name: string) => byName(name).household
    expect(household('王秀英')).toBeDefined()
    expect([household('李小宝'), household('李德明')]).toEqual([household('王秀英'), household('王秀英')])
    expect(new Set([household('王秀英'), household('张桂兰'), household('李建芳')]).size).toBe(3)
    for (const name of ['张桂兰', '李建芳']) expect(household(name)).toBeDefined()
    for (const name of ['李建国', '周志强', '李建华']) expect(household(name)).toBeUndefined()
  })

  it('the three who can sign in say who they are on the demo sign-in page', () => {
    expect(byName('李建国').demoRole).toBe('职工医保 · 鹰潭 · 授权人（默认）')
    expect(byName('王秀英').demoRole).toBe('城乡居民医保 · 鹰潭 · 配偶（使用人视角）')
    expect(byName('周志强').demoRole).toBe('职工医保 · 宜春 · 另一家庭的授权人')
  })

  it('balances: 李建国 历年 3,280.50 and 当年 1,150.00; 周志强 历年 1,520.00; no other accounts', () => {
    expect(Object.keys(state.accounts).sort()).toEqual([DEMO_REFS.lijianguo, DEMO_REFS.zhouzhiqiang].sort())
    expect(state.accounts[DEMO_REFS.lijianguo]).toMatchObject({ carriedOverFen: 328050, currentYearFen: 115000 })
    expect(state.accounts[DEMO_REFS.zhouzhiqiang]).toMatchObject({ carriedOverFen: 152000, currentYearFen: 0 })
  })

  it('bindings: 李建国 → 李德明 (父母, active), 李建国 → 张桂兰 (ended when she was suspended), 周志强 → 李建芳 (配偶, active)', () => {
    const rows = state.authorizations.map((a) => ({ ...a }))
    expect(rows).toHaveLength(3)
    expect(rows.find((a) => a.userRef === DEMO_REFS.lideming)).toEqual({ id: expect.any(String), authorizerRef: DEMO_REFS.lijianguo, userRef: DEMO_REFS.lideming, relation: 'parent', status: 'active', since: '2025-04-02', promiseVersion: '2025-01', proofIds: [] })
    expect(rows.find((a) => a.userRef === DEMO_REFS.zhangguilan)).toEqual({
      id: expect.any(String),
      authorizerRef: DEMO_REFS.lijianguo,
      userRef: DEMO_REFS.zhangguilan,
      relation: 'parent',
      status: 'ended',
      since: '2025-04-02',
      endedOn: '2026-07-01',
      endReason: '使用人医保关系暂停，共济关系自动终止',
      automaticEnd: { side: 'user', status: 'suspended' },
      promiseVersion: '2025-01',
      proofIds: [],
    })
    expect(rows.find((a) => a.userRef === DEMO_REFS.lijianfang)).toEqual({ id: expect.any(String), authorizerRef: DEMO_REFS.zhouzhiqiang, userRef: DEMO_REFS.lijianfang, relation: 'spouse', status: 'active', since: '2025-06-18', promiseVersion: '2025-01', proofIds: [] })
    expect(new Set(rows.map((a) => a.id)).size).toBe(3)
    expect(state.proofs).toEqual([])
  })

  it('premiums: 王秀英 2026 paid and 2027 not; 李德明 2027 paid in the 赣服通 app; 李小宝’s 2025 and 2026 免缴确认 done, 2027’s not; 刘秀兰 2027 unpaid', () => {
    const paid = Object.fromEntries(Object.entries(state.premiumsPaid).map(([k, v]) => [k, v.channel]))
    expect(paid).toEqual({
      [`${DEMO_REFS.lideming}:2027`]: '“赣服通”APP 医保专区',
      [`${DEMO_REFS.lideming}:2026`]: '“赣服通”APP 医保专区',
      [`${DEMO_REFS.lideming}:2025`]: '“赣服通”APP 医保专区',
      [`${DEMO_REFS.wangxiuying}:2026`]: '支付宝“赣服通”',
      [`${DEMO_REFS.wangxiuying}:2025`]: '支付宝“赣服通”',
      [`${DEMO_REFS.lijianfang}:2026`]: '“赣服通”APP 医保专区',
      [`${DEMO_REFS.lijianfang}:2025`]: '“赣服通”APP 医保专区',
      [`${DEMO_REFS.liuxiulan}:2026`]: '支付宝“赣服通”',
    })
    expect(Object.fromEntries(Object.entries(state.exemptionsConfirmed).map(([k, v]) => [k, v.channel]))).toEqual({
      [`${DEMO_REFS.lixiaobao}:2025`]: '支付宝“赣服通”',
      [`${DEMO_REFS.lixiaobao}:2026`]: '支付宝“赣服通”',
    })
    expect(state.huiminbaoEnrolled).toEqual({})
  })

  it('each call gets its own copy: a change to one does not reach the next, and the year of records is the same', () => {
    const first = seedState()
    first.people[0].name = '改过的名字'
    first.accounts[DEMO_REFS.lijianguo].carriedOverFen = 1
    const second = seedState()
    expect(second.people[0].name).not.toBe('改过的名字')
    expect(second.accounts[DEMO_REFS.lijianguo].carriedOverFen).toBe(328050)
    expect(second.spending.length).toBeGreaterThan(0)
    expect(second.spending).toEqual(state.spending)
    expect(second.spending.every((s) => s.day <= SEED_DAY)).toBe(true)
  })
})

describe('the demo year of visits (src/services/mock/demo-year.ts): what each record can be', () => {
  const of = (name: string) => state.spending.filter((s) => s.personRef === byName(name).ref)
  const BASIC = ['townshipHospital', 'communityCenter', 'villageClinic', 'countyTcmHospital']
  const RANGES: Record<string, [number, number]> = { drug: [1200, 18000], outpatient: [2000, 30000], selfPay: [3000, 50000], inpatient: [50000, 400000], specialOutpatient: [20000, 150000] }
  const basicShare = (...names: string[]) => {
    const visits = names.flatMap(of).filter((s) => s.place !== 'pharmacy')
    expect(visits.length).toBeGreaterThan(3)
    return visits.filter((s) => BASIC.includes(s.place)).length / visits.length
  }

  it('falls in the year before the seed day (2025-11-20 to 2026-11-20), whenever a person’s plan starts', () => {
    expect(state.spending.length).toBeGreaterThan(300)
    expect(state.spending.every((s) => s.day >= '2025-11-20' && s.day <= SEED_DAY)).toBe(true)
    expect(state.spending.some((s) => s.day < '2025-12-01')).toBe(true)
  })

  it('a 药费 is at a pharmacy and nothing else is; each amount is in its kind’s range (a basic place: 5 to 25 元), in whole 角', () => {
    expect(state.spending.length).toBeGreaterThan(300)
    expect(state.spending.every((s) => (s.kind === 'drug') === (s.place === 'pharmacy'))).toBe(true)
    for (const s of state.spending) {
      const [lo, hi] = BASIC.includes(s.place) ? [500, 2500] : RANGES[s.kind]
      expect([s.id, s.amountFen >= lo && s.amountFen <= hi && s.amountFen % 10 === 0]).toEqual([s.id, true])
    }
  })

  it('places are varied and each is a real place of the person’s city', () => {
    const deming = new Set(of('李德明').map((s) => s.placeName))
    expect(deming.size).toBeGreaterThan(3)
    expect(of('周志强').length).toBeGreaterThan(10)
    expect(of('李德明').length).toBeGreaterThan(10)
    expect(of('周志强').every((s) => s.placeName.includes('宜春') || s.placeName.includes('袁州') || s.placeName.includes('西村'))).toBe(true)
    expect(of('李德明').every((s) => !s.placeName.includes('宜春'))).toBe(true)
  })

  it('most of 王秀英’s and 李小宝’s visits are to a basic place (plan share 0.9), few of 李德明’s and 李建芳’s (0.12)', () => {
    expect(basicShare('王秀英', '李小宝')).toBeGreaterThan(0.6)
    expect(basicShare('李德明', '李建芳')).toBeLessThan(0.4)
  })
})
