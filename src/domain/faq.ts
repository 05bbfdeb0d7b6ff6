import { CITY_CODES, policyFor } from './policy'
import { DOMAIN_MD, NHSA, SEED_YICHUN, SEED_YINGTAN, both, cite, type Source } from './policy/sources'
import { PROOF_KIND_LABELS, RELATIONS, proofKindFor } from './relations'

/**
 * Which proofs, in the words the form uses (the same relation → proof table, the same city rules): the FAQ and the
 * uploader never ask for different things.
 */
export function proofAnswer(): string {
  const latest = CITY_CODES.map((c) => policyFor(c, Number.MAX_SAFE_INTEGER))
  const cities = (required: boolean) => latest.filter((p) => RELATIONS.some((r) => p.relations[r].proofRequired) === required).map((p) => p.cityName).join('、')
  const kinds = `配偶上传${PROOF_KIND_LABELS[proofKindFor('spouse', true)]}，其他亲属上传${PROOF_KIND_LABELS[proofKindFor('parent', true)]}，没有身份证的新生儿上传${PROOF_KIND_LABELS[proofKindFor('child', false)]}`
  const required = cities(true)
  const optional = cities(false)
  return `姓名要与证件号码一致。证明材料：${kinds}；${[required && `${required}办理时必须上传`, optional && `${optional}可不上传`].filter(Boolean).join('，')}。`
}

// 常见问题, in plain words, each naming where it comes from.
export interface FaqEntry {
  question: string
  answer: readonly string[]
  source: Source
}

export const FAQ: readonly FaqEntry[] = [
  {
    question: '为什么绑定（授权登记）没有成功？',
    answer: [
      '授权人必须是江西省职工医保参保人；使用人必须在江西省参加职工或城乡居民医保。',
      '授权人或使用人的医保关系暂停、终止时不能绑定。',
      '江西省每位使用人只能有一位授权人：已被他人绑定的，需先由原授权人或使用人本人解除，次日可重新绑定。',
      '当天刚解除的共济关系，次日起才能重新绑定。',
      proofAnswer(),
    ],
    source: both(cite(SEED_YICHUN, '常见问题 绑定失败的原因'), cite(DOMAIN_MD, 'Authorization')),
  },
  {
    question: '“亲情账户”和“家庭共济”有什么区别？',
    answer: [
      '亲情账户是医保电子凭证的功能：把家人添加为亲情账户后，可以替家人出示、使用他本人的医保电子凭证，钱仍从家人自己的账户支付。',
      '家庭共济是把您职工医保个人账户的历年余额授权给家人使用：家人看病买药时先扣他本人账户，不足部分再扣您的账户。',
      '两者可以同时办理，互不影响。',
    ],
    source: both(cite(DOMAIN_MD, 'Spending'), cite(NHSA, '国家医保服务平台 医保电子凭证亲情账户说明')),
  },
  {
    question: '在外省看病能用共济资金吗？',
    answer: ['共济资金目前仅限江西省内使用，跨省异地就医暂不能使用，待国家医疗保障局统一部署后开通。', '在外省就医时，可使用本人账户或自行支付。'],
    source: cite(SEED_YICHUN, '异地就医'),
  },
  {
    question: '共济资金能交哪些费用？',
    answer: [
      '可以：定点医疗机构发生的个人负担医疗费用、定点零售药店购买药品和医用耗材、为家人代缴城乡居民医保费。',
      '不可以：公共卫生费用、体育健身、养生保健等不属于基本医疗保险保障范围的支出；生育门诊费用按生育保险政策享受待遇。',
      '鹰潭住院费用、特殊门诊费用不能使用共济资金；宜春住院费用中个人负担部分可以使用。',
    ],
    source: both(cite(SEED_YINGTAN, '使用范围 table'), cite(SEED_YICHUN, '使用范围限制')),
  },
]
