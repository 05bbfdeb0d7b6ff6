import Taro from '@tarojs/taro'
import type { RoutePath } from './routes'

// WeChat and Alipay keep at most 10 pages; a navigateTo past that fails. Flows that loop (结果 → 家庭共济关系查询
// → 新增授权 → … → 结果) must not grow the stack with every round: go back to a page that is already open.

function depthAbove(route: RoutePath): number | undefined {
  const pages = (Taro.getCurrentPages?.() ?? []) as { route?: string }[]
  const target = route.replace(/^\//, '')
  for (let i = pages.length - 2; i >= 0; i--) if (pages[i].route?.replace(/^\//, '').split('?')[0] === target) return pages.length - 1 - i
  return undefined
}

/** Back to `route` if it is open below this page, otherwise replace this page with it. */
export function returnOrRedirect(route: RoutePath): void {
  const delta = depthAbove(route)
  if (delta) void Taro.navigateBack({ delta })
  else void Taro.redirectTo({ url: route })
}
