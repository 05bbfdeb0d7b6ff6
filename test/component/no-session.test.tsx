import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { navigations, renderPage } from './render'
import { routes } from '@/navigation/routes'
import { followSessionEnds } from '@/navigation/signIn'
import { BackendError, backend, onSessionEnded } from '@/services'
import { forgetSession } from '@/services/session'
import { useSession } from '@/stores/session'

// Pages outside the tab bar without a session (a shared link in a new window, a mini program restarted, signed
// out): nothing personal, sign-in opened on top once, and whoever signs in comes back to the page.

let stopFollowing: () => void
beforeEach(() => {
  stopFollowing = followSessionEnds()
  // A fresh window: no token, nobody known yet.
  forgetSession()
  useSession.setState(useSession.getInitialState(), true)
})
afterEach(() => {
  stopFollowing()
  jest.restoreAllMocks()
})

const signInOpens = () => navigations.filter((n) => n.kind === 'navigateTo' && n.url === routes.signIn)

describe('a page outside the tab bar without a session', () => {
  it('the receipt by its order number: nothing personal, sign-in opened once; signing in goes back to it', async () => {
    renderPage(`${routes.receipt}?orderNo=JX20261123000001`)
    expect(await screen.findByRole('region', { name: '请先登录' })).toBeTruthy()
    await waitFor(() => expect(signInOpens().length).toBe(1))
    expect(document.body.textContent).not.toMatch(/李\*国|正在读取|缴费凭证|¥/)
    // Still signed out (返回 from sign-in): the button leads there; nothing opens by itself again.
    await act(() => useSession.getState().load())
    expect(signInOpens().length).toBe(1)
    fireEvent.click(screen.getByRole('button', { name: '去登录' }))
    expect(signInOpens().length).toBe(2)
    // Signing in as anyone (nobody was signed in) goes back to the receipt.
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{ route: routes.receipt.replace(/^\//, '') }, { route: routes.signIn.replace(/^\//, '') }] as ReturnType<typeof Taro.getCurrentPages>)
    renderPage(routes.signIn)
    const list = await screen.findByRole('list', { name: '演示家庭成员' })
    fireEvent.click(within(list).getByRole('button', { name: /^李\*国（/ }))
    await waitFor(() => expect(navigations.at(-1)).toEqual({ kind: 'navigateBack' }))
  })

  it('门诊家庭账户: nothing personal, sign-in opened', async () => {
    renderPage(routes.household)
    expect(await screen.findByRole('region', { name: '请先登录' })).toBeTruthy()
    await waitFor(() => expect(signInOpens().length).toBe(1))
    expect(document.body.textContent).not.toMatch(/李\*国|王\*英|正在|¥/)
  })

  it('public pages stay open: 隐私保护指引, FAQ', async () => {
    await act(() => useSession.getState().load())
    expect(useSession.getState().status).toBe('signedOut')
    renderPage(routes.privacy)
    expect(screen.queryByRole('region', { name: '请先登录' })).toBeNull()
    renderPage(routes.faq)
    expect(screen.queryByRole('region', { name: '请先登录' })).toBeNull()
    expect(signInOpens()).toEqual([])
  })
})

it('a call sent without any token and refused UNAUTHENTICATED tells whoever listens that the session ended', async () => {
  const ended = jest.fn()
  const stop = onSessionEnded(ended)
  try {
    await expect(backend().getHouseholdAccount()).rejects.toThrow(BackendError)
    expect(ended).toHaveBeenCalledTimes(1)
  } finally {
    stop()
  }
})
