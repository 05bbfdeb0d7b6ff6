import type { ProofFileRule, ProvincePolicy } from './types'
import { DOMAIN_MD, SEED_YICHUN, SEED_YINGTAN, cite } from './sources'

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
  oneAuthorizerPerUser: { source: cite(DOMAIN_MD, 'Authorization rule 4 (Jiangxi: one authorizer per user)') },
}
