import type { Insurance } from '@/domain/people'
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
} as const

/** The day the demo data describes; bindings and payments before it are history. */
export const SEED_DAY = '2026-11-20'

export function seedState(): ServerState {
  const r = DEMO_REFS
  return {
    people: [
      { ref: r.lijianguo, documentType: 'residentId', idNumber: '360602198604151314', name: '李建国', birthDate: '1986-04-15', insurance: yingtanEmployee, demoRole: '职工医保 · 鹰潭 · 授权人（默认）' },
      { ref: r.wangxiuying, documentType: 'residentId', idNumber: '360602198809212424', name: '王秀英', birthDate: '1988-09-21', insurance: yingtanResident, premiumCategory: 'ordinary', household: 'h-ljg', demoRole: '城乡居民医保 · 鹰潭 · 配偶（使用人视角）' },
      { ref: r.lixiaobao, documentType: 'residentId', idNumber: '360602202503081133', name: '李小宝', birthDate: '2025-03-08', insurance: yingtanResident, premiumCategory: 'ordinary', household: 'h-ljg' },
      { ref: r.lideming, documentType: 'residentId', idNumber: '360602195807021516', name: '李德明', birthDate: '1958-07-02', insurance: yingtanResident, premiumCategory: 'ordinary', household: 'h-ldm' },
      { ref: r.zhangguilan, documentType: 'residentId', idNumber: '360602196003182626', name: '张桂兰', birthDate: '1960-03-18', insurance: { ...yingtanResident, status: 'suspended' }, premiumCategory: 'ordinary', household: 'h-ldm' },
      { ref: r.lijianhua, documentType: 'residentId', idNumber: '330106198305111753', name: '李建华', birthDate: '1983-05-11', insurance: { scheme: 'employee', employeeKind: 'active', status: 'normal', province: 'zhejiang', placeName: '杭州（浙江）' } },
      { ref: r.lijianfang, documentType: 'residentId', idNumber: '360681199008262843', name: '李建芳', birthDate: '1990-08-26', insurance: { ...yingtanResident, placeName: '鹰潭（贵溪）' }, premiumCategory: 'ordinary', household: 'h-ljf' },
      { ref: r.zhouzhiqiang, documentType: 'residentId', idNumber: '360902197901051178', name: '周志强', birthDate: '1979-01-05', insurance: { scheme: 'employee', employeeKind: 'active', status: 'normal', province: 'jiangxi', city: 'yichun', placeName: '宜春' }, demoRole: '职工医保 · 宜春 · 另一家庭的授权人' },
    ],
    accounts: {
      [r.lijianguo]: { carriedOverFen: 328050, currentYearFen: 115000 },
      // domain.md gives 周志强 only his 历年余额; 当年余额 starts at zero in the demo.
      [r.zhouzhiqiang]: { carriedOverFen: 152000, currentYearFen: 0 },
    },
    outpatientUsedFen: {},
    authorizations: [
      { id: 'a-1', authorizerRef: r.lijianguo, userRef: r.lideming, relation: 'parent', status: 'active', since: '2025-04-02', promiseVersion: '2025-01', proofIds: [] },
      {
        id: 'a-2', authorizerRef: r.lijianguo, userRef: r.zhangguilan, relation: 'parent', status: 'ended', since: '2025-04-02', endedOn: '2026-07-01',
        endReason: '使用人医保关系暂停，共济关系自动终止', promiseVersion: '2025-01', proofIds: [],
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
    },
    exemptionsConfirmed: {
      [`${r.lixiaobao}:2025`]: { channel: ALIPAY_GANFUTONG },
      [`${r.lixiaobao}:2026`]: { channel: ALIPAY_GANFUTONG },
    },
    huiminbaoEnrolled: {},
    payments: [],
    ledger: [],
    idempotency: {},
    session: { memberRef: r.lijianguo },
    seq: 100,
  }
}
