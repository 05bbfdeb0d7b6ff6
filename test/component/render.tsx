import { render, type RenderResult } from '@testing-library/react'
import { Current } from '@tarojs/runtime'
import type { ComponentType } from 'react'
import { navigations, setRouterParams } from '../shims/taro'
import { routes } from '@/navigation/routes'
import Home from '@/pages/home'
import Services from '@/pages/services'
import Family from '@/pages/family'
import Me from '@/pages/me'
import PolicyOverview from '@/packages/policy/overview'
import DevPanel from '@/packages/dev/panel'
import Authorize from '@/packages/family/authorize'
import Confirm from '@/packages/family/confirm'
import Result from '@/packages/family/result'
import Relations from '@/packages/family/relations'
import Account from '@/pages/account'
import Privacy from '@/pages/privacy'
import Records from '@/packages/records/list'
import HouseholdAccount from '@/packages/records/household'
import Pooling from '@/packages/policy/pooling'
import Faq from '@/packages/policy/faq'
import Premium from '@/packages/payment/premium'
import Huiminbao from '@/packages/payment/huiminbao'
import Receipt from '@/packages/payment/receipt'
import History from '@/packages/payment/history'
import NewbornExemption from '@/packages/payment/exemption'

const pages: Record<string, ComponentType> = {
  [routes.home]: Home,
  [routes.services]: Services,
  [routes.family]: Family,
  [routes.me]: Me,
  [routes.policyOverview]: PolicyOverview,
  [routes.devPanel]: DevPanel,
  [routes.authorize]: Authorize,
  [routes.authorizeConfirm]: Confirm,
  [routes.authorizeResult]: Result,
  [routes.relations]: Relations,
  [routes.account]: Account,
  [routes.privacy]: Privacy,
  [routes.records]: Records,
  [routes.household]: HouseholdAccount,
  [routes.pooling]: Pooling,
  [routes.faq]: Faq,
  [routes.premium]: Premium,
  [routes.huiminbao]: Huiminbao,
  [routes.receipt]: Receipt,
  [routes.paymentHistory]: History,
  [routes.newbornExemption]: NewbornExemption,
}

const PAGE_ID = 'test-page'

/** Renders a page inside a container Taro's H5 APIs recognise as the loaded page (Current.page). */
export function renderPage(route: string): RenderResult {
  const [path, query] = route.split('?')
  const Page = pages[path]
  // The page's query, as the router gives it (none: no parameters).
  setRouterParams(Object.fromEntries(new URLSearchParams(query ?? '')))
  if (!Page) throw new Error(`no page registered for ${route}`)
  document.getElementById(PAGE_ID)?.remove()
  const container = document.createElement('div')
  container.id = PAGE_ID
  document.body.appendChild(container)
  Current.page = { path: PAGE_ID } as typeof Current.page
  return render(<Page />, { container })
}

/** Follow the last recorded navigation, as the router would, by rendering the page it names. */
export function followNavigation(): RenderResult {
  const last = navigations[navigations.length - 1]
  if (!last?.url) throw new Error('the page did not navigate')
  return renderPage(last.url)
}

export { navigations }
export { toasts } from '../shims/taro'
export { deviceStorage, serverStorage, testBackend } from '../setup/component'
