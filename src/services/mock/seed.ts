import type { Insurance } from '@/domain/people'
import { withDemoYear, type SpenderPlan } from './demo-year'
import { LOGS } from './persist'
import type { ServerState } from './state'

// The demo family of shared/domain.md ("Demo family"), exactly: names, ID numbers, cities, schemes,
// statuses and balances. Fictional people; the ID numbers have valid check characters.
const yingtanEmployee: Insurance = { scheme: 'employee', employeeKind: 'active', status: 'normal', province: 'jiangxi', city: 'yingtan', placeName: '鹰潭' }
const yingtanResident: Insurance = { scheme: 'resident', status: 'normal', province: 'jiangxi', city: 'yingtan', placeName: '鹰潭' }
const GANFUTONG_APP = '“赣服通”APP 医保专区'
const ALIPAY_GANFUTONG = '支付宝“赣服通”'

export const DEMO_REFS = {
  lijianguo: 'p-ljg',
  wangxiuying: 'p-wxy',
  lixiaobao: 'p-lxb',
  lideming: 'p-ldm',
  zhangguilan: 'p-zgl',
  lijianhua: 'p-ljh',
  lijianfang: 'p-ljf',
  zhouzhiqiang: 'p-zzq',
  liuxiulan: 'p-lxl',
} as const

/**
 * The demo members' 医保支付密码 (shared/domain.md: 李建国 135790, 周志强 246801), as the server keeps them: a salt
 * and sha256(salt + ':' + password), never the password. Residents have no personal account and no password.
 */
export const PAYMENT_PASSWORDS: Readonly<Record<string, { salt: string; hash: string }>> = {
  [DEMO_REFS.lijianguo]: { salt: 'jx-ljg-7f3a91c2', hash: '2b1e7ae5563d4412f7a3627348120a6059adc3a4c48aab2c7a4b441e1cb9d548' },
  [DEMO_REFS.zhouzhiqiang]: { salt: 'jx-zzq-2b8e40d7', hash: '162ae0fb27b7dd2d7dbe9456332f338be782068bf794de865170e8c073fe5c90' },
}

/**
 * What the demo sign-in page shows of those passwords (they are made up, like the family): demo furniture handed
 * out by `listDemoMembers` only. The check itself uses the hashes above.
 */
export const DEMO_PASSWORD_HINTS: Readonly<Record<string, string>> = { [DEMO_REFS.lijianguo]: '135790', [DEMO_REFS.zhouzhiqiang]: '246801' }

/** The day the demo data describes; bindings and payments before it are history. */
export const SEED_DAY = '2026-11-20'

/** The demo family as of the seed day, before its year of spending (balances as in domain.md). */
function familyState(): ServerState {
  const r = DEMO_REFS
  return {
    people: [
      { ref: r.lijianguo, documentType: 'residentId', idNumber: '360602198604151314', name: '李建国', birthDate: '1986-04-15', insurance: yingtanEmployee, demoRole: '职工医保 · 鹰潭 · 授权人（默认）' },
      { ref: r.wangxiuying, documentType: 'residentId', idNumber: '360602198809212424', name: '王秀英', birthDate: '1988-09-21', insurance: yingtanResident, premiumCategory: 'ordinary', household: 'h-li', demoRole: '城乡居民医保 · 鹰潭 · 配偶（使用人视角）' },
      { ref: r.lixiaobao, documentType: 'residentId', idNumber: '360602202503081133', name: '李小宝', birthDate: '2025-03-08', insurance: yingtanResident, premiumCategory: 'ordinary', household: 'h-li' },
      { ref: r.lideming, documentType: 'residentId', idNumber: '360602195807021516', name: '李德明', birthDate: '1958-07-02', insurance: yingtanResident, premiumCategory: 'ordinary', household: 'h-li' },
      { ref: r.zhangguilan, documentType: 'residentId', idNumber: '360602196003182626', name: '张桂兰', birthDate: '1960-03-18', insurance: { ...yingtanResident, status: 'suspended' }, premiumCategory: 'ordinary', household: 'h-zgl' },
      { ref: r.lijianhua, documentType: 'residentId', idNumber: '330106198305111753', name: '李建华', birthDate: '1983-05-11', insurance: { scheme: 'employee', employeeKind: 'active', status: 'normal', province: 'zhejiang', placeName: '杭州（浙江）' } },
      { ref: r.lijianfang, documentType: 'residentId', idNumber: '360681199008262843', name: '李建芳', birthDate: '1990-08-26', insurance: { ...yingtanResident, placeName: '鹰潭（贵溪）' }, premiumCategory: 'ordinary', household: 'h-ljf' },
      { ref: r.zhouzhiqiang, documentType: 'residentId', idNumber: '360902197901051178', name: '周志强', birthDate: '1979-01-05', insurance: { scheme: 'employee', employeeKind: 'active', status: 'normal', province: 'jiangxi', city: 'yichun', placeName: '宜春' }, demoRole: '职工医保 · 宜春 · 另一家庭的授权人' },
      // 周志强's mother (宜春, not bound, 2027 unpaid): he binds her as 父母 with a 户口簿 photo, then pays.
      { ref: r.liuxiulan, documentType: 'residentId', idNumber: '360902195305120625', name: '刘秀兰', birthDate: '1953-05-12', insurance: { scheme: 'resident', status: 'normal', province: 'jiangxi', city: 'yichun', placeName: '宜春' }, premiumCategory: 'ordinary' },
    ],
    accounts: {
      [r.lijianguo]: { carriedOverFen: 328050, currentYearFen: 115000, opening: { carriedOverFen: 328050, currentYearFen: 115000 } },
      // domain.md gives 周志强 only his 历年余额; 当年余额 is zero on the seed day.
      [r.zhouzhiqiang]: { carriedOverFen: 152000, currentYearFen: 0, opening: { carriedOverFen: 152000, currentYearFen: 0 } },
    },
    pools: {},
    authorizations: [
      { id: 'a-1', authorizerRef: r.lijianguo, userRef: r.lideming, relation: 'parent', status: 'active', since: '2025-04-02', promiseVersion: '2025-01', proofIds: [] },
      {
        id: 'a-2', authorizerRef: r.lijianguo, userRef: r.zhangguilan, relation: 'parent', status: 'ended', since: '2025-04-02', endedOn: '2026-07-01',
        endReason: '使用人医保关系暂停，共济关系自动终止', automaticEnd: { side: 'user', status: 'suspended' }, promiseVersion: '2025-01', proofIds: [],
      },
      { id: 'a-3', authorizerRef: r.zhouzhiqiang, userRef: r.lijianfang, relation: 'spouse', status: 'active', since: '2025-06-18', promiseVersion: '2025-01', proofIds: [] },
    ],
    proofs: [],
    // domain.md: 王秀英 2026 paid, 2027 unpaid; 李德明 2027 already paid (赣服通APP 医保专区); 李小宝 exempt
    // 2025–2027 with the 2025 and 2026 免缴确认 done and 2027's not yet.
    premiumsPaid: {
      [`${r.lideming}:2027`]: { channel: GANFUTONG_APP },
      [`${r.lideming}:2026`]: { channel: GANFUTONG_APP },
      [`${r.lideming}:2025`]: { channel: GANFUTONG_APP },
      [`${r.wangxiuying}:2026`]: { channel: ALIPAY_GANFUTONG },
      [`${r.wangxiuying}:2025`]: { channel: ALIPAY_GANFUTONG },
      // Not in domain.md: 李建芳 is a resident with a normal status, so she paid the years she has used.
      [`${r.lijianfang}:2026`]: { channel: GANFUTONG_APP },
      [`${r.lijianfang}:2025`]: { channel: GANFUTONG_APP },
      [`${r.liuxiulan}:2026`]: { channel: ALIPAY_GANFUTONG },
    },
    exemptionsConfirmed: {
      [`${r.lixiaobao}:2025`]: { channel: ALIPAY_GANFUTONG },
      [`${r.lixiaobao}:2026`]: { channel: ALIPAY_GANFUTONG },
    },
    huiminbaoEnrolled: {},
    payments: [],
    spending: [],
    ledger: [],
    idempotency: {},
    tickets: {},
    attempts: {},
    seq: 100,
  }
}

/** Who spent what in the demo year: the records a member sees on 共济使用明细. */
function plans(ownRecordsOfLijianguo: number): SpenderPlan[] {
  const r = DEMO_REFS
  return [
    { personRef: r.lijianguo, city: 'yingtan', count: ownRecordsOfLijianguo, from: '2025-01-01', basicShare: 0.3 },
    { personRef: r.lideming, city: 'yingtan', count: 140, from: '2025-04-02', basicShare: 0.12 },
    { personRef: r.wangxiuying, city: 'yingtan', count: 14, from: '2025-01-01', basicShare: 0.9 },
    { personRef: r.lixiaobao, city: 'yingtan', count: 14, from: '2025-03-08', basicShare: 0.9 },
    { personRef: r.zhouzhiqiang, city: 'yichun', count: 120, from: '2025-01-01', basicShare: 0.3 },
    { personRef: r.lijianfang, city: 'yingtan', count: 100, from: '2025-06-18', basicShare: 0.12 },
  ]
}

/** The 当年余额 left on 2025-12-31 that moved into 历年余额 on 2026-01-01 (made up, within each 历年余额 of the seed day). */
const ROLLOVER_2026: Record<string, number> = { [DEMO_REFS.lijianguo]: 62000, [DEMO_REFS.zhouzhiqiang]: 38000 }

const made = new Map<number, { mutable: string; logs: Pick<ServerState, (typeof LOGS)[number]> }>()

/**
 * The demo family with its year of spending (李建国's own records: 180, or more for the bench). Made once:
 * each call gets its own copy of what changes, and shares the log rows, which are never changed (frozen).
 */
export function seedState(ownRecordsOfLijianguo = 180): ServerState {
  let template = made.get(ownRecordsOfLijianguo)
  if (template === undefined) {
    const state = withDemoYear(familyState, plans(ownRecordsOfLijianguo), SEED_DAY, undefined, ROLLOVER_2026)
    const logs = { spending: state.spending.map((r) => Object.freeze(r)), ledger: state.ledger.map((r) => Object.freeze(r)), payments: state.payments.map((r) => Object.freeze(r)) }
    template = { mutable: JSON.stringify({ ...state, spending: [], ledger: [], payments: [] }), logs }
    made.set(ownRecordsOfLijianguo, template)
  }
  const state = JSON.parse(template.mutable) as ServerState
  for (const log of LOGS) state[log] = [...template.logs[log]] as never
  return state
}
