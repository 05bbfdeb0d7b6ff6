// Where the rules come from. Seed files are in ../shared/seeds; domain.md is the product's summary of them.
export const SEED_YINGTAN = 'seed 000_9cc782f9c3bcf28a.txt'
export const SEED_YICHUN = 'seed 001_9012a3a345cdc650.txt'
export const DOMAIN_MD = 'shared/domain.md'
export const STATE_COUNCIL_2021_14 =
  '国办发〔2021〕14号 https://www.gov.cn/zhengce/content/2021-04/22/content_5601280.htm'
/** The Jiangxi 2026年度 城乡居民医保 collection notice, as relayed publicly (shared/domain.md). */
export const JIANGXI_COLLECTION_2026 =
  '江西省2026年度城乡居民基本医疗保险集中征缴通知 https://qunfachuanzhen.com/new/734427723505606656'
/** National figures for the resident scheme. */
export const NHSA = '国家医保局 https://www.nhsa.gov.cn'

/** The personal account's own scope and order, shared by both cities. */
export const PERSONAL_ACCOUNT_SCOPE = `${STATE_COUNCIL_2021_14} (个人账户主要用于支付参保人员在定点医疗机构或定点零售药店发生的政策范围内自付费用); ${SEED_YICHUN}, 使用范围限制 (公共卫生、体育健身、养生保健、生育门诊除外); 当年余额 before 历年余额: assumption (usual practice, not stated in the seeds)`
