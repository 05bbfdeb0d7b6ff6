import { render, type RenderResult } from '@testing-library/react'
import type { ComponentType } from 'react'
import { navigations } from '../shims/taro'
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
}

export function renderPage(route: string): RenderResult {
  const Page = pages[route.split('?')[0]]
  if (!Page) throw new Error(`no page registered for ${route}`)
  return render(<Page />)
}

/** Follow the last recorded navigation, as the router would, by rendering the page it names. */
export function followNavigation(): RenderResult {
  const last = navigations[navigations.length - 1]
  if (!last?.url) throw new Error('the page did not navigate')
  return renderPage(last.url)
}

export { navigations }
export { toasts } from '../shims/taro'
export { deviceStorage, testBackend } from '../setup/component'
