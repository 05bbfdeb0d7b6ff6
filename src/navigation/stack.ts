import Taro from '@tarojs/taro'
import { routes, type RoutePath } from './routes'

// WeChat and Alipay keep at most 10 pages; a navigateTo past that fails. Flows that loop (结果 → 家庭共济关系查询
// → 新增授权 → … → 结果) must not grow the stack with every round: go back to a page that is already open.
// And a page that leaves a flow must not leave the flow's used form below the next page (Back would show it).

/** The pages of the registration flow that 结果 closes with itself when it leaves the flow. */
export const AUTHORIZE_FLOW: readonly RoutePath[] = [routes.authorize, routes.authorizeConfirm]

/** The pages a receipt closes with itself: the payment pages, and the registration it may have followed (为这位家人代缴). */
export const PAYMENT_FLOW: readonly RoutePath[] = [routes.premium, routes.huiminbao, routes.newbornExemption, routes.authorizeResult, ...AUTHORIZE_FLOW]

const bare = (route: string | undefined) => route?.replace(/^\//, '').split('?')[0]

function openRoutes(): (string | undefined)[] {
  return ((Taro.getCurrentPages?.() ?? []) as { route?: string }[]).map((p) => bare(p.route))
}

/** How many pages of `flow` lie right below the current page. */
function flowPagesBelow(pages: (string | undefined)[], flow: readonly RoutePath[]): number {
  const flowRoutes = flow.map(bare)
  let n = 0
  while (n < pages.length - 1 && flowRoutes.includes(pages[pages.length - 2 - n])) n++
  return n
}

/**
 * Back to `route` if it is open below this page. Otherwise this page is replaced by it, together with the pages
 * of `flow` right below this one: back to the page the flow began on, and `route` opened from there (so the
 * stack is one page deeper than where the flow began, however many rounds were made).
 */
export function returnOrRedirect(route: RoutePath, flow: readonly RoutePath[] = []): void {
  const pages = openRoutes()
  const target = bare(route)
  const below = pages.slice(0, -1).lastIndexOf(target)
  if (below >= 0) return void Taro.navigateBack({ delta: pages.length - 1 - below })
  const flowPages = flowPagesBelow(pages, flow)
  if (!flowPages) return void Taro.redirectTo({ url: route })
  // The flow was the first thing opened (e.g. from a shared card): nothing to go back to.
  if (flowPages === pages.length - 1) return void Taro.reLaunch({ url: route })
  void Taro.navigateBack({ delta: flowPages + 1 }).then(() => Taro.navigateTo({ url: route }))
}

/**
 * 完成 on a result or receipt (WeUI msg page): back to the page the person came from, closing this page and the
 * pages of `flow` right below it. When nothing is below them (the flow was the first thing opened), 首页.
 */
export function finish(flow: readonly RoutePath[]): void {
  const pages = openRoutes()
  const flowPages = flowPagesBelow(pages, flow)
  if (flowPages >= pages.length - 1) return void Taro.switchTab({ url: routes.home })
  void Taro.navigateBack({ delta: flowPages + 1 })
}
