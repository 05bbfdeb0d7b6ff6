// Where the rules come from. Seed files are in ../shared/seeds; domain.md is the product's summary of them.
export const SEED_YINGTAN = 'seed 000_9cc782f9c3bcf28a.txt'
export const SEED_YICHUN = 'seed 001_9012a3a345cdc650.txt'
export const DOMAIN_MD = 'shared/domain.md'
export const STATE_COUNCIL_2021_14 =
  '国办发〔2021〕14号 https://www.gov.cn/zhengce/content/2021-04/22/content_5601280.htm'
