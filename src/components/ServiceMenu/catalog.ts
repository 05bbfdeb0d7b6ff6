import { routes, type RoutePath } from '@/navigation/routes'

export interface ServiceEntry {
  key: string
  title: string
  desc: string
  /** Absent while the feature is not built: such an entry is not shown (no dead buttons). */
  route?: RoutePath
}

// 医保查询办理 menu, in the order of the 江西医疗保障 official account.
export const serviceCatalog: readonly ServiceEntry[] = [
  { key: 'authorize', title: '家庭账户共济授权登记', desc: '为配偶、父母、子女等近亲属开通共济', route: routes.authorize },
  { key: 'relations', title: '家庭共济关系查询', desc: '查看、解除已绑定的共济关系', route: routes.relations },
  { key: 'balance', title: '账户余额查询', desc: '个人账户历年、当年余额与门诊家庭账户', route: routes.account },
  { key: 'premium', title: '家庭账户共济代缴居民医保费', desc: '用个人账户为亲属缴纳城乡居民医保', route: routes.premium },
  { key: 'newbornExemption', title: '新生儿免缴确认', desc: '为已绑定的孩子办理本年度居民医保免缴确认', route: routes.newbornExemption },
  { key: 'huiminbao', title: '惠民保参保缴费', desc: '用个人账户为本人及家人参保惠民保', route: routes.huiminbao },
  { key: 'policy', title: '共济政策查询', desc: '哪些费用可以共济支付、各地区规定', route: routes.policyOverview },
]

export function availableServices(catalog: readonly ServiceEntry[] = serviceCatalog): ServiceEntry[] {
  return catalog.filter((entry) => entry.route !== undefined)
}
