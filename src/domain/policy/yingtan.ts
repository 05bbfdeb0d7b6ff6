import type { Relation } from '../relations'
import type { CityPolicy, RelationRule } from './types'
import { DOMAIN_MD, PERSONAL_ACCOUNT_SCOPE, SEED_YICHUN, SEED_YINGTAN, both, cite } from './sources'
import { proofFiles } from './province'

const bindTable = cite(SEED_YINGTAN, '绑定对象 table (是否需亲属关系证明: 否; 是否支持异地参保人员: 否)')
const relationRule: RelationRule = { proofRequired: false, crossProvinceUser: false, source: bindTable }
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

const useTable = cite(SEED_YINGTAN, '使用范围 table')
const placeTable = cite(SEED_YINGTAN, '§二 门诊统筹使用范围 table')

export const yingtan2025: CityPolicy = {
  city: 'yingtan',
  cityName: '鹰潭',
  year: 2025,
  relations,
  spending: {
    drug: { payable: true, note: '包括处方药和非处方药', source: cite(useTable, '药费: 是') },
    outpatient: { payable: true, note: '不含住院费用', source: cite(useTable, '普通门诊费用: 是') },
    selfPay: { payable: true, note: '包括部分医保外项目', source: cite(useTable, '自费医疗费用: 是') },
    inpatient: { payable: false, note: '需通过医保统筹基金报销', source: cite(useTable, '住院费用: 否') },
    specialOutpatient: { payable: false, note: '如透析、癌症放化疗等', source: cite(useTable, '特殊门诊费用: 否') },
    publicHealth: { payable: false, note: '不属于基本医疗保险保障范围', source: both(cite(SEED_YICHUN, '个人账户使用范围'), cite(DOMAIN_MD, 'Spending')) },
    fitness: { payable: false, note: '体育健身、养生保健消费不得使用', source: both(cite(SEED_YICHUN, '个人账户使用范围'), cite(DOMAIN_MD, 'Spending')) },
    maternityOutpatient: { payable: false, note: '按生育保险政策享受待遇', source: both(cite(SEED_YICHUN, '使用范围限制'), cite(DOMAIN_MD, 'Spending')) },
  },
  personalAccount: {
    payable: ['drug', 'outpatient', 'selfPay', 'inpatient', 'specialOutpatient'],
    currentYearFirst: true,
    source: PERSONAL_ACCOUNT_SCOPE,
  },
  crossProvinceSpending: {
    payable: false,
    note: '共济资金仅限本省省域内使用，跨省异地就医暂不支持',
    source: both(cite(SEED_YICHUN, '异地就医'), cite(DOMAIN_MD, 'Spending')),
  },
  // Every place of the seed's 门诊家庭账户 table, then the 药店 and 省外 of the 使用范围.
  places: { choices: ['townshipHospital', 'communityCenter', 'villageClinic', 'countyTcmHospital', 'cityHospital', 'pharmacy', 'outOfProvince'], source: placeTable },
  outpatientFamilyAccount: {
    allowancePerResidentFen: 9000,
    source: cite(SEED_YINGTAN, '§二 门诊统筹基金划拨标准 (每人每年90元)'),
    kinds: { payable: ['outpatient', 'drug'], source: cite(SEED_YINGTAN, '§二 (可用于基层医疗机构门诊就诊)') },
    places: {
      townshipHospital: { usable: true, note: '优先使用', source: placeTable },
      communityCenter: { usable: true, note: '优先使用', source: placeTable },
      villageClinic: { usable: true, note: '优先使用', source: placeTable },
      countyTcmHospital: { usable: true, note: '限中医药治疗项目', source: placeTable },
      cityHospital: { usable: false, note: '不支持门诊统筹支付', source: placeTable },
      pharmacy: { usable: false, note: '限本市基层定点医疗机构门诊使用', source: cite(SEED_YINGTAN, '§二 (本市范围内的基层定点医疗机构)') },
      outOfProvince: { usable: false, note: '限本市范围内使用', source: cite(SEED_YINGTAN, '§二 (本市范围内)') },
    },
  },
  huiminbao: {
    productName: '鹰潭惠民保',
    payableRelations: ['spouse', 'parent', 'child'],
    source: cite(SEED_YINGTAN, '§三 (为本人、配偶、父母、子女缴费参保)'),
    // The seed does not state the premium. Placeholder until the 2025 product terms are loaded.
    premiumFen: 6900,
    premiumSource: { label: '演示价格，以鹰潭惠民保公布的产品条款为准', ref: 'not stated in the seeds: demo value 69.00 元, to be replaced by the published product terms' },
    cover: [
      { item: '高额特药', limit: '最高赔付比例可达70%' },
      { item: '住院费用', limit: '超过起付线后按比例赔付' },
      { item: '门诊大病', limit: '按病种设定限额' },
    ],
  },
  proofFiles,
}
