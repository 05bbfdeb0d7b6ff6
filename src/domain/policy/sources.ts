// Where the rules come from. A source is shown to people by its public label; its address (where there is one)
// and `ref`, the internal reference to the text it was read from (a seed file, a section of shared/domain.md),
// are kept as data for maintainers, never shown on a screen (an address is not something to read aloud or tap
// in a mini program, which opens no outside web pages).
export interface Source {
  /** What people see: the publication, e.g. 「鹰潭市2025年医保政策解读」. */
  label: string
  /** A public address of the publication (data, not shown: the label names it). */
  url?: string
  /** Internal: the seed file or document section the rule was read from. */
  ref: string
}

export const SEED_YINGTAN: Source = { label: '鹰潭市2025年医保政策解读', ref: 'seed 000_9cc782f9c3bcf28a.txt' }
export const SEED_YICHUN: Source = { label: '宜春医保门诊共济问答（2025-03）', ref: 'seed 001_9012a3a345cdc650.txt' }
/** The product's summary of the rules (shared/domain.md): said to people as the service's own 办理须知. */
export const DOMAIN_MD: Source = { label: '江西医保家庭共济办理须知', ref: 'shared/domain.md' }
export const STATE_COUNCIL_2021_14: Source = {
  label: '国务院办公厅关于建立健全职工基本医疗保险门诊共济保障机制的指导意见（国办发〔2021〕14号）',
  url: 'https://www.gov.cn/zhengce/content/2021-04/22/content_5601280.htm',
  ref: '国办发〔2021〕14号',
}
/** 《中华人民共和国民法典》 (2020): marriage (art. 1041 一夫一妻, art. 1047 结婚年龄). */
export const CIVIL_CODE: Source = {
  label: '中华人民共和国民法典',
  url: 'https://www.npc.gov.cn/npc/c2/c30834/202006/t20200602_306457.html',
  ref: 'Civil Code of the PRC (2020)',
}
/** WHO: women of reproductive age are 15–49 (the span in which one mother's children can be born). */
export const WHO_REPRODUCTIVE_AGE: Source = {
  label: '世界卫生组织 育龄妇女（15–49岁）统计口径',
  url: 'https://www.who.int/data/gho/indicator-metadata-registry/imr-details/women-of-reproductive-age-(15-49-years)-population-(thousands)',
  ref: 'WHO GHO indicator: women of reproductive age (15-49 years)',
}
/** National figures for the resident scheme. */
export const NHSA: Source = { label: '国家医保局', url: 'https://www.nhsa.gov.cn', ref: 'nhsa.gov.cn' }
/** The Jiangxi 2026年度 城乡居民医保 collection notice; the public relay it was read from stays internal. */
export const JIANGXI_COLLECTION_2026: Source = {
  label: '江西省2026年度城乡居民基本医疗保险集中征缴通知',
  ref: 'relayed at https://qunfachuanzhen.com/new/734427723505606656 (shared/domain.md)',
}

/** The same publication, pointing at one place in it (the place stays internal). */
export function cite(source: Source, where: string): Source {
  return { ...source, ref: `${source.ref}, ${where}` }
}

/** A rule read from two publications: both labels are shown. */
export function both(a: Source, b: Source): Source {
  return { label: a.label === b.label ? a.label : `${a.label}；${b.label}`, url: a.url ?? b.url, ref: `${a.ref}; ${b.ref}` }
}

/** The words a screen shows after 依据: the public label only, never an address, file name or path. */
export function sourceText(source: Source): string {
  return source.label
}

/** The personal account's own scope and order, shared by both cities. */
export const PERSONAL_ACCOUNT_SCOPE: Source = {
  ...both(STATE_COUNCIL_2021_14, SEED_YICHUN),
  ref: `${STATE_COUNCIL_2021_14.ref} (个人账户主要用于支付参保人员在定点医疗机构或定点零售药店发生的政策范围内自付费用); ${SEED_YICHUN.ref}, 使用范围限制 (公共卫生、体育健身、养生保健、生育门诊除外); 当年余额 before 历年余额: assumption (usual practice, not stated in the seeds)`,
}
