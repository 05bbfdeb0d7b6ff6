// Every page route in one place, so pages and menus never spell a path twice.
// Parameters never carry personal data (ID numbers, names): those travel through stores.
export const routes = {
  home: '/pages/home/index',
  family: '/pages/family/index',
  me: '/pages/me/index',
  services: '/pages/services/index',
  account: '/pages/account/index',
  privacy: '/pages/privacy/index',
  policyOverview: '/packages/policy/overview/index',
  pooling: '/packages/policy/pooling/index',
  faq: '/packages/policy/faq/index',
  records: '/packages/records/list/index',
  household: '/packages/records/household/index',
  premium: '/packages/payment/premium/index',
  huiminbao: '/packages/payment/huiminbao/index',
  receipt: '/packages/payment/receipt/index',
  newbornExemption: '/packages/payment/exemption/index',
  paymentHistory: '/packages/payment/history/index',
  authorize: '/packages/family/authorize/index',
  authorizeConfirm: '/packages/family/confirm/index',
  authorizeResult: '/packages/family/result/index',
  relations: '/packages/family/relations/index',
  /** H5 build only. */
  devPanel: '/packages/dev/panel/index',
} as const

export type RoutePath = (typeof routes)[keyof typeof routes]

export const tabRoutes: readonly RoutePath[] = [routes.home, routes.family, routes.me]
