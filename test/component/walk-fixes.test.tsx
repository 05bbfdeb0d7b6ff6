import { fireEvent, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { navigations, renderPage } from './render'
import { routes } from '@/navigation/routes'

const stack = (...routeList: string[]) =>
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue(routeList.map((r) => ({ route: r.replace(/^\//, '') })) as ReturnType<typeof Taro.getCurrentPages>)

describe('确认提交 after a reload (nothing filled in, no page below)', () => {
  it('返回填写 opens the form in its place', async () => {
    const spy = stack(routes.authorizeConfirm)
    renderPage(routes.authorizeConfirm)
    expect(await screen.findByText('填写的信息不完整，请返回补充。')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '返回填写' }))
    spy.mockRestore()
    expect(navigations.at(-1)).toEqual({ kind: 'redirectTo', url: routes.authorize })
  })

  it('返回填写 goes back when the form is below', async () => {
    const spy = stack(routes.family, routes.authorize, routes.authorizeConfirm)
    renderPage(routes.authorizeConfirm)
    fireEvent.click(await screen.findByRole('button', { name: '返回填写' }))
    spy.mockRestore()
    expect(navigations.at(-1)).toEqual({ kind: 'navigateBack', url: undefined, delta: 1 })
  })
})
