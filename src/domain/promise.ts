import { SEED_YICHUN, SEED_YINGTAN } from './policy/sources'
import { SPENDING_KINDS, SPENDING_KIND_LABELS, type CityCode, type CityPolicy } from './policy/types'

/** Each city's own publication: a member reads his city's, never another city's (province-wide ones stay). */
const CITY_SOURCES: Record<CityCode, string> = { yingtan: SEED_YINGTAN.label, yichun: SEED_YICHUN.label }

// 个人郑重承诺 shown before an authorization is submitted (seed 001: "勾选‘个人郑重承诺’并提交").
// The wording is the app's; its version travels with the registration. 2026-12: 六 no longer makes every
// authorizer of a child under 14 say he is its guardian (only a 子女's parent is; domain/guardian.ts), and 二
// cites only the member's city's sources — the 2025-01 text is no longer what is in force.
export const AUTHORIZATION_PROMISE = {
  version: '2026-12',
  title: '个人郑重承诺',
  paragraphs: [
    '本人自愿将职工基本医疗保险个人账户历年余额授权给上述使用人共济使用，并郑重承诺：',
    '一、本人填写的使用人证件号码、姓名及与本人关系真实、准确，上传的证明材料真实、有效。',
    '二、本人已知晓共济资金仅可用于使用人在江西省内定点医疗机构发生的由个人负担的医疗费用，在定点零售药店购买药品、医疗器械、医用耗材发生的费用，以及代缴城乡居民基本医疗保险费；不得用于公共卫生、体育健身、养生保健等不属于基本医疗保险保障范围的支出。',
    '三、本人已知晓扣款顺序为先使用人本人账户、后授权人账户；授权人账户仅历年余额可以共济，不可透支。',
    '四、本人已知晓跨省异地就医暂不能使用共济资金。',
    '五、本人已知晓授权人和使用人均可解除授权关系，解除后使用人次日起方可重新绑定；授权人或使用人医保关系暂停、终止时，授权关系自动终止。',
    '六、使用人为未满十四周岁的未成年人时：使用人是本人子女的，本人系其监护人，同意为其办理授权并处理其必要的个人信息；其他关系的，本人确认其监护人（如父母）已同意为其办理授权并处理其必要的个人信息。',
    '七、如有虚假承诺或骗取、套取医保基金等行为，本人自愿承担相应法律责任，医保经办机构有权终止授权关系并依法追回相关费用。',
  ],
  source: 'seed 001_9012a3a345cdc650.txt (勾选“个人郑重承诺”); wording by this app, version 2026-12',
} as const

/**
 * The promise ticked before a 代缴 from the personal account, by kind; its version travels with the payment and
 * the server refuses an old one (PROMISE_OUTDATED), so what the person agreed to is what is in force.
 */
export const PAYMENT_PROMISES = {
  residentPremium: { version: '2026-12', text: '我确认使用本人职工医保个人账户历年余额为以上人员代缴城乡居民医保费，缴费成功后不予退还' },
  huiminbao: { version: '2026-12', text: '我确认使用本人职工医保个人账户历年余额为以上人员缴纳惠民保保费，已阅读产品保障内容' },
} as const

/**
 * The promise as the member reads it: paragraph 二 states what the shared funds may and may not pay for under his
 * city's rules (from the policy table, so 鹰潭's 住院 = 否 and 宜春's 住院个人负担部分 = 是 are said as the data says).
 */
export function promiseParagraphs(policy: CityPolicy): string[] {
  const kinds = SPENDING_KINDS.map((k) => ({ label: SPENDING_KIND_LABELS[k], rule: policy.spending[k] }))
  const may = kinds.filter((k) => k.rule.payable).map((k) => `${k.label}（${k.rule.note}）`)
  const mayNot = kinds.filter((k) => !k.rule.payable).map((k) => k.label)
  const otherCities = Object.entries(CITY_SOURCES).flatMap(([city, label]) => (city === policy.city ? [] : [label]))
  const sources = [...new Set(kinds.flatMap((k) => k.rule.source.label.split('；')))].filter((l) => !otherCities.includes(l)).join('、')
  const cityRule = `二、本人已知晓${policy.cityName}的规定（依据：${sources}）：共济资金可用于使用人在江西省内定点医药机构发生的${may.join('、')}，以及代缴城乡居民基本医疗保险费；不可用于${mayNot.join('、')}。`
  return AUTHORIZATION_PROMISE.paragraphs.map((p) => (p.startsWith('二、') ? cityRule : p))
}
