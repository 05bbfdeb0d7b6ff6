import type { ProofFileRule, ProvincePolicy } from './types'
import { CIVIL_CODE, DOMAIN_MD, SEED_YICHUN, SEED_YINGTAN, WHO_REPRODUCTIVE_AGE, cite } from './sources'
import { sessions } from './sessions'

export const proofFiles: ProofFileRule = {
  maxFiles: 9,
  maxBytes: 10 * 1024 * 1024,
  mimeTypes: ['image/jpeg', 'image/png'],
  source: cite(DOMAIN_MD, 'Proof (JPG/PNG, at most 9, each at most 10 MB)'),
}

export const province: ProvincePolicy = {
  paymentChannels: [
    { channel: '“赣服通”APP', familyProxyPayment: true, note: '医保专区', source: cite(SEED_YINGTAN, '缴费方式 table') },
    { channel: '支付宝“赣服通”', familyProxyPayment: true, note: '首页搜索“赣服通”', source: cite(SEED_YINGTAN, '缴费方式 table') },
    { channel: '微信缴费', familyProxyPayment: false, note: '不支持家庭共济代缴', source: cite(SEED_YINGTAN, '缴费方式 table') },
    { channel: '银行柜台', familyProxyPayment: false, note: '不支持家庭共济代缴', source: cite(SEED_YINGTAN, '缴费方式 table') },
  ],
  rebindAfterCancel: { days: 1, source: cite(SEED_YICHUN, '授权关系管理 (授权关系解除后，第二日可被其他账户绑定)') },
  oneAuthorizerPerUser: { applies: true, source: cite(DOMAIN_MD, 'Authorization rule 4 (Jiangxi: one authorizer per user)') },
  marriageAge: { male: 22, female: 20, source: cite(CIVIL_CODE, '第一千零四十七条 (结婚年龄，男不得早于二十二周岁，女不得早于二十周岁)') },
  oneSpouse: { applies: true, source: cite(CIVIL_CODE, '第一千零四十一条 (实行婚姻自由、一夫一妻、男女平等的婚姻制度)') },
  // A mother's children are born between her 15th and 50th birthdays: at most 34 whole years apart. Half-siblings
  // by the father may be further apart: rare enough to ask the person to check, and the limit is data.
  siblingAgeGap: { maxYears: 34, source: WHO_REPRODUCTIVE_AGE },
  sessions,
  paymentPassword: { ticketMinutes: 5, maxWrongPerDay: 5, source: cite(DOMAIN_MD, 'Sign-in, sessions and the 医保支付密码 (a ticket valid 5 minutes; five wrong passwords in one day lock)') },
}
