import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { followNavigation, navigations, renderPage, testBackend } from './render'
import { routes } from '@/navigation/routes'
import { followSessionEnds } from '@/navigation/signIn'
import { backend, hasSession } from '@/services'
import { useAuthorize } from '@/stores/authorize'
import { premiumFlow, useReceipt } from '@/stores/payments'

const usePremium = premiumFlow.useOrder
import { useSession } from '@/stores/session'

// Several calls per test (the password check, then the operation): room on a loaded machine.
jest.setTimeout(20_000)

// Sign-in (issue 19, item 1): the demo sign-in page, no personal data without a session, a session that expires
// mid-flow (back to the same page with what was typed, or a clean start as someone else), 退出登录.

const PASSWORD = '135790'
const MINUTE_IN_DAYS = 1 / (24 * 60)

let stopFollowing: () => void
beforeEach(async () => {
  stopFollowing = followSessionEnds()
  // The app knows who is signed in before any flow (the tab pages read it): here 李建国, as the setup signed in.
  useSession.setState(useSession.getInitialState(), true)
  await act(() => useSession.getState().load())
})
afterEach(() => {
  stopFollowing()
  jest.restoreAllMocks()
})

/** The page stack the navigation helpers see (bottom first). */
const stack = (...routeList: string[]) => jest.spyOn(Taro, 'getCurrentPages').mockReturnValue(routeList.map((r) => ({ route: r.replace(/^\//, '') })) as ReturnType<typeof Taro.getCurrentPages>)

/** Moves the server's clock past the 30 minutes a session lives without a call. */
const idle31Minutes = () => testBackend.control.clock.shiftDays(31 * MINUTE_IN_DAYS)

const typePassword = async (password = PASSWORD) => {
  const dialog = await screen.findByRole('dialog', { name: '请输入医保支付密码' })
  fireEvent.input(await within(dialog).findByLabelText('医保支付密码'), { target: { value: password } })
}

async function chooseOnSignInPage(masked: string) {
  const list = await screen.findByRole('list', { name: '演示家庭成员' })
  fireEvent.click(within(list).getByRole('button', { name: new RegExp(`^${masked.replace('*', '\\*')}（`) }))
}

async function fillForm() {
  renderPage(routes.authorize)
  fireEvent.input(await screen.findByLabelText('证件号码'), { target: { value: '360602198809212424' } })
  fireEvent.input(screen.getByLabelText('姓名'), { target: { value: '王秀英' } })
  fireEvent.click(screen.getByRole('radio', { name: '配偶' }))
  act(() => useAuthorize.setState({ promiseRead: true, promiseAccepted: true }))
  fireEvent.click(screen.getByRole('button', { name: '下一步' }))
  return followNavigation()
}

describe('without a session', () => {
  it('首页 shows nothing personal and leads to sign-in', async () => {
    await act(() => useSession.getState().signOut())
    expect(hasSession()).toBe(false)
    renderPage(routes.home)
    expect(await screen.findByRole('region', { name: '请先登录' })).toBeTruthy()
    expect(document.body.textContent).not.toMatch(/李\*国|¥3,280\.50|3606/)
    expect(navigations).toEqual([{ kind: 'navigateTo', url: routes.signIn }])
    fireEvent.click(screen.getByRole('button', { name: '去登录' }))
    expect(navigations.at(-1)).toEqual({ kind: 'navigateTo', url: routes.signIn })
  })

  it('the sign-in page says it is a demo, lists the members masked with their role and demo password; choosing one signs in on 首页', async () => {
    await act(() => useSession.getState().signOut())
    renderPage(routes.signIn)
    expect(screen.getByRole('note', { name: '演示版说明' }).textContent).toContain('演示版，人物和数据均为虚构')
    const list = await screen.findByRole('list', { name: '演示家庭成员' })
    const items = within(list).getAllByRole('listitem')
    expect(items.length).toBe(3)
    expect(items[0].textContent).toMatch(/^李\*国（.+）演示医保支付密码：135790›?$/)
    expect(list.textContent).toMatch(/周\*强（.+）演示医保支付密码：246801/)
    expect(list.textContent).toMatch(/王\*英（.+）无职工医保个人账户/)
    expect(list.textContent).not.toMatch(/李建国|王秀英|周志强|3606/)
    await chooseOnSignInPage('周*强')
    await waitFor(() => expect(navigations.at(-1)).toEqual({ kind: 'reLaunch', url: routes.home }))
    expect(useSession.getState().member?.maskedName).toBe('周*强')
    expect(hasSession()).toBe(true)
  })
})

describe('a session that expires mid-flow', () => {
  it('signing in again as the same member returns to 确认提交 with everything typed, and the binding goes through', async () => {
    const confirm = await fillForm()
    idle31Minutes()
    fireEvent.click(screen.getByRole('button', { name: '确认提交' }))
    await typePassword()
    await waitFor(() => expect(navigations.at(-1)).toEqual({ kind: 'navigateTo', url: routes.signIn }))
    expect(screen.queryByRole('dialog', { name: '请输入医保支付密码' })).toBeNull()
    confirm.unmount()

    stack(routes.family, routes.authorize, routes.authorizeConfirm, routes.signIn)
    const signIn = renderPage(routes.signIn)
    expect(screen.getByRole('alert').textContent).toContain('登录已过期，请重新登录')
    await chooseOnSignInPage('李*国')
    await waitFor(() => expect(navigations.at(-1)).toEqual({ kind: 'navigateBack', url: undefined }))
    signIn.unmount()

    renderPage(routes.authorizeConfirm)
    expect(screen.getByText('360602 19880921 2424')).toBeTruthy()
    expect(screen.getByText('王秀英')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '确认提交' }))
    await typePassword()
    await waitFor(() => expect(navigations.at(-1)).toEqual({ kind: 'redirectTo', url: expect.stringContaining(routes.authorizeResult) }))
    expect((await backend().listAuthorizations()).asAuthorizer.filter((a) => a.status === 'active')).toHaveLength(2)
  })

  it('an unanswered order is retried under its own key after signing in again: charged once', async () => {
    const wife = { documentType: 'residentId' as const, documentNumber: '360602198809212424', name: '王秀英', relation: 'spouse' as const, promiseVersion: '2026-12', proofIds: [], idempotencyKey: 'session-test-bind' }
    const t = await backend().verifyPassword({ operation: 'registerAuthorization', request: wife, password: PASSWORD })
    if (!t.ok) throw new Error('no ticket')
    await backend().registerAuthorization({ ...wife, ticket: t.value.ticket })
    const page = renderPage(routes.premium)
    const list = await screen.findByRole('list', { name: '可代缴人员' })
    fireEvent.click(await within(list).findByRole('checkbox', { name: '王*英（配偶） 普通居民 ¥400.00' }))
    fireEvent.click(screen.getByRole('checkbox', { name: /我确认使用本人职工医保个人账户历年余额为以上人员代缴/ }))
    testBackend.control.setFaults({ failNext: 'timeout', failNextOn: 'payment' })
    fireEvent.click(screen.getByRole('button', { name: '确认缴费' }))
    await typePassword()
    await screen.findByText(/请求超时/)
    const key = usePremium.getState().idempotencyKey
    expect(key).toBeDefined()

    idle31Minutes()
    fireEvent.click(within(screen.getByText(/请求超时/).closest('[role=alert]') as HTMLElement).getByRole('button', { name: '重试' }))
    await typePassword()
    await waitFor(() => expect(navigations.at(-1)).toEqual({ kind: 'navigateTo', url: routes.signIn }))
    page.unmount()
    stack(routes.home, routes.premium, routes.signIn)
    const signIn = renderPage(routes.signIn)
    await chooseOnSignInPage('李*国')
    await waitFor(() => expect(navigations.at(-1)).toEqual({ kind: 'navigateBack', url: undefined }))
    signIn.unmount()

    renderPage(routes.premium)
    expect(usePremium.getState().idempotencyKey).toBe(key)
    // The page says what happened to the last try, with 重试 (same order, same key).
    const alert = (await screen.findByText('登录已过期，请重新登录后点“重试”')).closest('[role=alert]') as HTMLElement
    fireEvent.click(within(alert).getByRole('button', { name: '重试' }))
    await typePassword()
    await waitFor(() => expect(navigations.at(-1)).toEqual({ kind: 'navigateTo', url: expect.stringContaining(routes.receipt) }))
    expect(await backend().listPayments()).toHaveLength(1)
    expect((await backend().getBalances()).personalAccount?.carriedOverFen).toBe(288050)
  })

  it('signing in as someone else starts clean on 首页: no form, no ticks, no order, no receipt of the previous member', async () => {
    await fillForm()
    act(() => usePremium.setState({ selected: ['someone'], promiseAccepted: true, idempotencyKey: 'k', pendingRefs: ['someone'] }))
    act(() => useReceipt.setState({ orderNo: 'JX1' }))
    idle31Minutes()
    fireEvent.click(screen.getByRole('button', { name: '确认提交' }))
    await typePassword()
    await waitFor(() => expect(navigations.at(-1)).toEqual({ kind: 'navigateTo', url: routes.signIn }))
    stack(routes.family, routes.authorize, routes.authorizeConfirm, routes.signIn)
    renderPage(routes.signIn)
    await chooseOnSignInPage('周*强')
    await waitFor(() => expect(navigations.at(-1)).toEqual({ kind: 'reLaunch', url: routes.home }))
    expect(useSession.getState().member?.maskedName).toBe('周*强')
    expect(useAuthorize.getState()).toMatchObject({ name: '', documentNumber: '' })
    expect(usePremium.getState()).toMatchObject({ selected: [], promiseAccepted: false })
    expect(usePremium.getState().idempotencyKey).toBeUndefined()
    expect(usePremium.getState().pendingRefs).toBeUndefined()
    expect(useReceipt.getState().orderNo).toBeUndefined()
  })
})

describe('我的', () => {
  it('切换演示身份 opens the sign-in page', async () => {
    renderPage(routes.me)
    fireEvent.click(await screen.findByRole('button', { name: /^切换演示身份/ }))
    expect(navigations.at(-1)).toEqual({ kind: 'navigateTo', url: routes.signIn })
  })

  it('退出登录 ends the session after a confirmation and opens sign-in', async () => {
    renderPage(routes.me)
    fireEvent.click(await screen.findByRole('button', { name: /^退出登录/ }))
    const dialog = await screen.findByRole('alertdialog', { name: '退出登录' })
    fireEvent.click(within(dialog).getByRole('button', { name: '退出登录' }))
    await waitFor(() => expect(navigations.at(-1)).toEqual({ kind: 'reLaunch', url: routes.signIn }))
    expect(hasSession()).toBe(false)
    expect(useSession.getState().status).toBe('signedOut')
    await expect(backend().getBalances()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
  })
})
