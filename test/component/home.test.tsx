import { fireEvent, screen, within } from '@testing-library/react'
import { renderPage, followNavigation, navigations } from './render'
import { routes } from '@/navigation/routes'
import { serviceCatalog } from '@/components/ServiceMenu/catalog'

describe('首页 → 微服务 → 医保查询办理', () => {
  it('opens the 微服务 sheet, then the service menu', () => {
    const home = renderPage(routes.home)
    expect(screen.queryByRole('dialog', { name: '微服务' })).toBeNull()

    fireEvent.click(screen.getByRole('button', { name: '微服务' }))
    const sheet = screen.getByRole('dialog', { name: '微服务' })
    fireEvent.click(within(sheet).getByRole('button', { name: '医保查询办理' }))

    expect(navigations).toEqual([{ kind: 'navigateTo', url: routes.services }])
    expect(screen.queryByRole('dialog', { name: '微服务' })).toBeNull()
    home.unmount()

    followNavigation()
    const menu = screen.getByRole('list', { name: '医保查询办理' })
    expect(within(menu).getByRole('button', { name: /^共济政策查询/ })).toBeTruthy()
  })

  it('closes the sheet on 取消 without navigating', () => {
    renderPage(routes.home)
    fireEvent.click(screen.getByRole('button', { name: '微服务' }))
    fireEvent.click(screen.getByRole('button', { name: '取消' }))
    expect(screen.queryByRole('dialog', { name: '微服务' })).toBeNull()
    expect(navigations).toEqual([])
  })
})

describe('医保查询办理 service menu', () => {
  it('shows only entries whose feature is built, and opens them', () => {
    renderPage(routes.services)
    const menu = screen.getByRole('list', { name: '医保查询办理' })
    const shown = within(menu).getAllByRole('button').map((b) => b.querySelector('.cell__title')?.textContent)
    const built = serviceCatalog.filter((e) => e.route).map((e) => e.title)
    expect(shown).toEqual(built)
    for (const entry of serviceCatalog.filter((e) => !e.route)) {
      expect(within(menu).queryByRole('button', { name: new RegExp(`^${entry.title}`) })).toBeNull()
    }
    fireEvent.click(within(menu).getByRole('button', { name: /^共济政策查询/ }))
    expect(navigations).toEqual([{ kind: 'navigateTo', url: routes.policyOverview }])
  })
})
