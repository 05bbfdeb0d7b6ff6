import type { Relation } from '../relations'
import type { CityPolicy, RelationRule } from './types'
import { DOMAIN_MD, PERSONAL_ACCOUNT_SCOPE, SEED_YICHUN, STATE_COUNCIL_2021_14, both, cite } from './sources'
import { proofFiles } from './province'

const proofFaq = cite(SEED_YICHUN, '常见问题 绑定时需要哪些材料 (上传结婚证、居民户口簿等证明材料)')
const relationRule: RelationRule = { proofRequired: true, crossProvinceUser: false, source: proofFaq }
const relations: Record<Relation, RelationRule> = {
  spouse: relationRule,
  parent: relationRule,
  child: relationRule,
  sibling: relationRule,
  grandparentPaternal: relationRule,
  grandparentMaternal: relationRule,
  grandchildPaternal: relationRule,
  grandchildMaternal: relationRule,
}

const scope = cite(SEED_YICHUN, '使用限制 (定点医疗机构由个人负担的医疗费用、定点零售药店购药)')

export const yichun2025: CityPolicy = {
  city: 'yichun',
  cityName: '宜春',
  year: 2025,
  relations,
  spending: {
    drug: { payable: true, note: '定点零售药店购买药品、医疗器械、医用耗材', source: scope },
    outpatient: { payable: true, note: '定点医疗机构门诊个人负担部分', source: cite(SEED_YICHUN, '使用方法 门诊就医') },
    selfPay: { payable: true, note: '定点医药机构发生的个人负担费用', source: both(scope, cite(DOMAIN_MD, 'Spending')) },
    inpatient: { payable: true, note: '住院费用中个人负担部分', source: both(cite(SEED_YICHUN, '使用方法 住院治疗'), STATE_COUNCIL_2021_14) },
    specialOutpatient: { payable: true, note: '特殊门诊费用中个人负担部分', source: scope },
    publicHealth: { payable: false, note: '不属于基本医疗保险保障范围', source: cite(SEED_YICHUN, '使用范围限制') },
    fitness: { payable: false, note: '体育健身、养生保健消费不得使用', source: cite(SEED_YICHUN, '使用范围限制') },
    maternityOutpatient: { payable: false, note: '按生育保险政策享受待遇', source: cite(SEED_YICHUN, '使用范围限制') },
  },
  personalAccount: {
    payable: ['drug', 'outpatient', 'selfPay', 'inpatient', 'specialOutpatient'],
    currentYearFirst: true,
    source: PERSONAL_ACCOUNT_SCOPE,
  },
  crossProvinceSpending: {
    payable: false,
    note: '共济资金仅限本省省域内使用，跨省异地就医待国家医疗保障局统一部署后开通',
    source: cite(SEED_YICHUN, '异地就医'),
  },
  // 定点医疗机构 (基层 and 市级, the levels of the pooling table), 定点零售药店, and 异地 (outside the province).
  places: {
    choices: ['townshipHospital', 'communityCenter', 'cityHospital', 'pharmacy', 'outOfProvince'],
    source: both(scope, cite(SEED_YICHUN, '异地就医')),
  },
  outpatientPooling: {
    deductibleFen: 60000,
    ratioByLevel: { level1: 60, level2: 55, level3: 50 },
    capFen: 180000,
    retireeRatioUplift: 5,
    retireeCapFen: 200000,
    excluded: ['工伤保险基金支付的费用', '第三人负担的费用', '公共卫生负担的费用', '境外就医的费用', '生育门诊费用'],
    source: cite(SEED_YICHUN, '门诊共济保障待遇 普通门诊统筹制度'),
  },
  proofFiles,
}
