import type { Relation } from '../relations'

import type { Source } from './sources'

/** Every rule carries the publication it comes from (a public label for people, the seed reference inside). */
export interface Sourced {
  source: Source
}

export type CityCode = 'yingtan' | 'yichun'

export const SPENDING_KINDS = [
  'drug',
  'outpatient',
  'selfPay',
  'inpatient',
  'specialOutpatient',
  'publicHealth',
  'fitness',
  'maternityOutpatient',
] as const
export type SpendingKind = (typeof SPENDING_KINDS)[number]

export const SPENDING_KIND_LABELS: Record<SpendingKind, string> = {
  drug: '药费',
  outpatient: '普通门诊',
  selfPay: '自费医疗',
  inpatient: '住院',
  specialOutpatient: '特殊门诊',
  publicHealth: '公共卫生',
  fitness: '体育健身/养生保健',
  maternityOutpatient: '生育门诊',
}

export const PLACES = [
  'townshipHospital',
  'communityCenter',
  'villageClinic',
  'countyTcmHospital',
  'cityHospital',
  'pharmacy',
  'outOfProvince',
] as const
export type Place = (typeof PLACES)[number]

export const PLACE_LABELS: Record<Place, string> = {
  townshipHospital: '乡卫生院',
  communityCenter: '社区卫生服务中心',
  villageClinic: '村卫生计生服务室',
  countyTcmHospital: '县级中医院（中医药治疗）',
  cityHospital: '市级及以上医院',
  pharmacy: '定点零售药店',
  outOfProvince: '省外（跨省异地就医）',
}

export interface SpendingRule extends Sourced {
  payable: boolean
  /** Shown beside the answer, in the seed's words. */
  note: string
}

export interface RelationRule extends Sourced {
  proofRequired: boolean
  /** Whether a user insured outside Jiangxi may be bound (never, in both cities). */
  crossProvinceUser: boolean
}

export interface PlaceRule extends Sourced {
  usable: boolean
  note: string
}

/** The places a city's rules speak of, in order: what 共济政策查询 offers to choose from for that city. */
export interface PlaceChoices extends Sourced {
  choices: readonly Place[]
}

export interface OutpatientFamilyAccountRule extends Sourced {
  allowancePerResidentFen: number
  places: Record<Place, PlaceRule>
  /** The kinds of cost it pays (outpatient care), with their source. */
  kinds: Sourced & { payable: readonly SpendingKind[] }
}

/** What a person's own personal account pays, and in which order its two balances are used. */
export interface PersonalAccountRule extends Sourced {
  payable: readonly SpendingKind[]
  /** 当年余额 before 历年余额. */
  currentYearFirst: boolean
}

export interface HuiminbaoCover {
  item: string
  limit: string
}

export interface HuiminbaoRule extends Sourced {
  productName: string
  /** Relations for which the authorizer's account may pay (本人 is always allowed). */
  payableRelations: readonly Relation[]
  premiumFen: number
  premiumSource: Source
  cover: readonly HuiminbaoCover[]
}

export interface OutpatientPoolingRule extends Sourced {
  deductibleFen: number
  /** Ratio in percent by institution level (一级/二级/三级). */
  ratioByLevel: Record<InstitutionLevel, number>
  capFen: number
  retireeRatioUplift: number
  retireeCapFen: number
  excluded: readonly string[]
}

export type InstitutionLevel = 'level1' | 'level2' | 'level3'
export const INSTITUTION_LEVEL_LABELS: Record<InstitutionLevel, string> = {
  level1: '一级',
  level2: '二级',
  level3: '三级',
}

export interface ChannelRule extends Sourced {
  channel: string
  familyProxyPayment: boolean
  note: string
}

export interface CityPolicy {
  city: CityCode
  cityName: string
  year: number
  relations: Record<Relation, RelationRule>
  /** What the shared funds (the authorizer's 历年余额) pay. */
  spending: Record<SpendingKind, SpendingRule>
  personalAccount: PersonalAccountRule
  crossProvinceSpending: SpendingRule
  places: PlaceChoices
  /** Only Yingtan residents have the 90 元 门诊家庭账户 (seed 000 §二). */
  outpatientFamilyAccount?: OutpatientFamilyAccountRule
  huiminbao?: HuiminbaoRule
  outpatientPooling?: OutpatientPoolingRule
  proofFiles: ProofFileRule
}

export interface ProofFileRule extends Sourced {
  maxFiles: number
  maxBytes: number
  mimeTypes: readonly string[]
}

/** Province-wide rules, the same in every city. */
export interface ProvincePolicy {
  paymentChannels: readonly ChannelRule[]
  rebindAfterCancel: Sourced & { days: number }
  /** Rule 4: a user may have one authorizer at a time (Jiangxi); false would let a second authorizer bind her. */
  oneAuthorizerPerUser: Sourced & { applies: boolean }
  /** Rule 10: the legal marriage age on the day, by sex (a 配偶 below it is refused). */
  marriageAge: Sourced & { male: number; female: number }
  /** Rule 10: one active 配偶 per authorizer (monogamy). */
  oneSpouse: Sourced & { applies: boolean }
  /** Plausibility: 兄弟姐妹 born more than this many whole years apart cannot share a mother's childbearing years. */
  siblingAgeGap: Sourced & { maxYears: number }
  /** A session ends this long after its last call, or after sign-in, whichever comes first. */
  sessions: Sourced & { idleMinutes: number; maxHours: number }
  /** The 医保支付密码: a ticket's life, and the wrong entries in one day that lock payments and bindings. */
  paymentPassword: Sourced & { ticketMinutes: number; maxWrongPerDay: number }
}
