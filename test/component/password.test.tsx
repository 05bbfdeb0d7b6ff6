import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { followNavigation, navigations, renderPage, deviceStorage, testBackend } from './render'
import { routes } from '@/navigation/routes'
import { backend, type TicketOperation } from '@/services'
import { useAuthorize } from '@/stores/authorize'
import { huiminbaoFlow, premiumFlow, useReceipt } from '@/stores/payments'
import { useSession } from '@/stores/session'
import { useVerification } from '@/stores/verification'
import { passwordDigits } from '@/components/PasswordSheet/digits'

// Several calls per test (the password check, then the operation): room on a loaded machine.
jest.setTimeout(20_000)

// The 医保支付密码 before money moves and before a binding (issue 19, item 2): the half-screen sheet, the server's
// refusals (wrong, locked) and the ticket that lets exactly one request through. Signed in as 李建国 (135790).

const PASSWORD = '135790'

async function ticketFor(operation: TicketOperation, request: object): Promise<string> {
  const r = await backend().verifyPassword({ operation, request, password: PASSWORD })
  if (!r.ok) throw new Error(r.reasons[0].message)
  return r.value.ticket
}

async function bindWife() {
  const request = { documentType: 'residentId' as const, documentNumber: '360602198809212424', name: '王秀英', relation: 'spouse' as const, promiseVersion: '2026-12', proofIds: [], idempotencyKey: 'password-test-bind-wife' }
  const r = await backend().registerAuthorization({ ...request, ticket: await ticketFor('registerAuthorization', request) })
  if (!r.ok) throw new Error(r.reasons[0].message)
}

const balance = async () => (await backend().getBalances()).personalAccount?.carriedOverFen
const payButton = () => screen.getByRole('button', { name: /确认缴费|正在缴费/ })
const sheet = () => screen.getByRole('dialog', { name: '请输入医保支付密码' })
const passwordInput = () => within(sheet()).getByLabelText('医保支付密码') as HTMLInputElement
// The input inside Taro's <taro-input-core> is drawn a moment after the sheet opens.
const typeIn = async (value: string) => fireEvent.input(await within(sheet()).findByLabelText('医保支付密码'), { target: { value } })
const filledBoxes = () => Array.from(sheet().querySelectorAll('.password-sheet__box')).filter((b) => b.textContent === '●').length

async function orderForWife() {
  await bindWife()
  renderPage(routes.premium)
  const list = await screen.findByRole('list', { name: '可代缴人员' })
  fireEvent.click(await within(list).findByRole('checkbox', { name: '王*英（配偶） 普通居民 ¥400.00' }))
  fireEvent.click(screen.getByRole('checkbox', { name: /我确认使用本人职工医保个人账户历年余额为以上人员代缴/ }))
}

describe('PasswordSheet: digits only', () => {
  it.each([
    ['135790', '135790'],
    ['１３５７９０', '135790'],
    ['135 790', '135790'],
    ['１3５7９0', '135790'],
    ['密码：13-57-90', '135790'],
    ['abc１２', '12'],
    ['1357901234', '135790'],
    ['〇一二', ''],
  ])('%s → %s', (typed, digits) => {
    expect(passwordDigits(typed)).toBe(digits)
  })
})

describe('代缴 asks for the 医保支付密码 before money moves', () => {
  it('opens a half-screen sheet: a labelled input, six empty boxes, where to reset a forgotten password; nothing charged yet', async () => {
    await orderForWife()
    fireEvent.click(payButton())
    const dialog = await screen.findByRole('dialog', { name: '请输入医保支付密码' })
    expect(within(dialog).getByText('医保支付密码')).toBeTruthy()
    expect(passwordInput().getAttribute('aria-label')).toBe('医保支付密码')
    expect(dialog.querySelectorAll('.password-sheet__box')).toHaveLength(6)
    expect(filledBoxes()).toBe(0)
    expect(dialog.textContent).toContain('代缴居民医保费 ¥400.00')
    expect(dialog.textContent).toMatch(/忘记密码？.*经办机构.*12393/)
    expect(await balance()).toBe(328050)
    expect(navigations).toEqual([])
  })

  it('a wrong password: the server says how many tries are left, the boxes are empty again, nothing is charged', async () => {
    await orderForWife()
    fireEvent.click(payButton())
    await screen.findByRole('dialog', { name: '请输入医保支付密码' })
    await typeIn('000000')
    const alert = await within(sheet()).findByRole('alert')
    expect(alert.textContent).toBe('医保支付密码不正确，今天还可以再试4次')
    expect(filledBoxes()).toBe(0)
    expect(passwordInput().value).toBe('')
    expect(await balance()).toBe(328050)
    expect(navigations).toEqual([])
  })

  it('five wrong passwords lock: until when and where to go, no more boxes, 我知道了 closes; nothing is charged', async () => {
    await orderForWife()
    fireEvent.click(payButton())
    await screen.findByRole('dialog', { name: '请输入医保支付密码' })
    for (let i = 4; i >= 1; i--) {
      await typeIn('111111')
      await within(sheet()).findByText(`医保支付密码不正确，今天还可以再试${i}次`)
    }
    await typeIn('111111')
    const alert = await within(sheet()).findByText(/已暂停/)
    expect(sheet().textContent).toContain('2026年11月23日0时后可再办理')
    expect(sheet().textContent).toMatch(/经办机构.*12393/)
    expect(within(sheet()).queryByLabelText('医保支付密码')).toBeNull()
    expect(alert).toBeTruthy()
    fireEvent.click(within(sheet()).getByRole('button', { name: '我知道了' }))
    expect(screen.queryByRole('dialog', { name: '请输入医保支付密码' })).toBeNull()
    expect(await balance()).toBe(328050)
    expect(await backend().listPayments()).toHaveLength(0)
    // The lock is known today: the sheet opens showing it at once, asking for no digits.
    await waitFor(() => expect(payButton().textContent).toBe('确认缴费'))
    fireEvent.click(payButton())
    await screen.findByRole('dialog', { name: '请输入医保支付密码' })
    expect(within(sheet()).getByText(/已暂停/)).toBeTruthy()
    expect(sheet().textContent).toContain('2026年11月23日0时后可再办理')
    expect(within(sheet()).queryByLabelText('医保支付密码')).toBeNull()
    fireEvent.click(within(sheet()).getByRole('button', { name: '我知道了' }))
    expect(screen.queryByRole('dialog', { name: '请输入医保支付密码' })).toBeNull()
    expect(await balance()).toBe(328050)
  })

  it('the lock says 忘记密码 once (where to go), not a second time in the standing hint', async () => {
    await orderForWife()
    fireEvent.click(payButton())
    await screen.findByRole('dialog', { name: '请输入医保支付密码' })
    expect(sheet().textContent?.match(/忘记密码/g)).toHaveLength(1)
    for (let i = 4; i >= 1; i--) {
      await typeIn('111111')
      await within(sheet()).findByText(`医保支付密码不正确，今天还可以再试${i}次`)
    }
    await typeIn('111111')
    await within(sheet()).findByText(/已暂停/)
    expect(sheet().textContent).toMatch(/经办机构.*12393/)
    expect(sheet().textContent?.match(/忘记密码/g)).toHaveLength(1)
  })

  it('the right password: the ticket pays the order once, and the receipt opens', async () => {
    await orderForWife()
    fireEvent.click(payButton())
    await screen.findByRole('dialog', { name: '请输入医保支付密码' })
    await typeIn(PASSWORD)
    await waitFor(() => expect(navigations).toEqual([{ kind: 'navigateTo', url: expect.stringContaining(routes.receipt) }]))
    expect(screen.queryByRole('dialog', { name: '请输入医保支付密码' })).toBeNull()
    expect(await balance()).toBe(288050)
    expect(await backend().listPayments()).toHaveLength(1)
  })

  it('full-width digits from a Chinese keyboard, typed one at a time, count as digits; other characters are ignored', async () => {
    await orderForWife()
    fireEvent.click(payButton())
    await screen.findByRole('dialog', { name: '请输入医保支付密码' })
    await typeIn('１')
    await typeIn('１a')
    expect(filledBoxes()).toBe(1)
    await typeIn('１３')
    await typeIn('１３５７')
    expect(filledBoxes()).toBe(4)
    expect(passwordInput().value).toBe('1357')
    await typeIn('1357９０')
    await waitFor(() => expect(navigations).toEqual([{ kind: 'navigateTo', url: expect.stringContaining(routes.receipt) }]))
    expect(await balance()).toBe(288050)
  })

  it('a pasted password (full-width, with a space) is taken whole', async () => {
    await orderForWife()
    fireEvent.click(payButton())
    await screen.findByRole('dialog', { name: '请输入医保支付密码' })
    await typeIn('１３５ ７９０')
    await waitFor(() => expect(navigations).toEqual([{ kind: 'navigateTo', url: expect.stringContaining(routes.receipt) }]))
    expect(await backend().listPayments()).toHaveLength(1)
  })

  it('a double tap opens one sheet and charges once', async () => {
    await orderForWife()
    fireEvent.click(payButton())
    fireEvent.click(payButton())
    await screen.findByRole('dialog', { name: '请输入医保支付密码' })
    expect(screen.getAllByRole('dialog', { name: '请输入医保支付密码' })).toHaveLength(1)
    await typeIn(PASSWORD)
    await waitFor(() => expect(navigations).toEqual([{ kind: 'navigateTo', url: expect.stringContaining(routes.receipt) }]))
    expect(await balance()).toBe(288050)
    expect(await backend().listPayments()).toHaveLength(1)
  })

  it('no answer to the password check: the sheet closes, the page says so with 重试, which asks again; charged once', async () => {
    await orderForWife()
    fireEvent.click(payButton())
    await screen.findByRole('dialog', { name: '请输入医保支付密码' })
    testBackend.control.setFaults({ failNext: 'network' })
    await typeIn(PASSWORD)
    const alert = (await screen.findByText(/网络连接失败/)).closest('[role=alert]') as HTMLElement
    expect(screen.queryByRole('dialog', { name: '请输入医保支付密码' })).toBeNull()
    expect(await balance()).toBe(328050)
    fireEvent.click(within(alert).getByRole('button', { name: '重试' }))
    await screen.findByRole('dialog', { name: '请输入医保支付密码' })
    await typeIn(PASSWORD)
    await waitFor(() => expect(navigations).toEqual([{ kind: 'navigateTo', url: expect.stringContaining(routes.receipt) }]))
    expect(await balance()).toBe(288050)
  })

  it('取消 sends nothing and leaves the order as it was', async () => {
    await orderForWife()
    fireEvent.click(payButton())
    await screen.findByRole('dialog', { name: '请输入医保支付密码' })
    await typeIn('135')
    fireEvent.click(within(sheet()).getByRole('button', { name: '取消' }))
    expect(screen.queryByRole('dialog', { name: '请输入医保支付密码' })).toBeNull()
    await waitFor(() => expect(payButton().textContent).toBe('确认缴费'))
    expect(premiumFlow.useOrder.getState().selected).toHaveLength(1)
    expect(await backend().listPayments()).toHaveLength(0)
  })

  it('the password is kept nowhere: not in any store, not on the device', async () => {
    await orderForWife()
    fireEvent.click(payButton())
    await screen.findByRole('dialog', { name: '请输入医保支付密码' })
    await typeIn(PASSWORD)
    await waitFor(() => expect(navigations).toHaveLength(1))
    const stores = [useSession, premiumFlow.useOrder, huiminbaoFlow.useOrder, useReceipt, useVerification, useAuthorize].map((s) => JSON.stringify(s.getState()))
    expect(stores.length).toBeGreaterThan(0)
    for (const text of stores) expect(text).not.toContain(PASSWORD)
    expect(JSON.stringify(deviceStorage.dump())).not.toContain(PASSWORD)
  })

  it('is large in 长辈模式', async () => {
    const { useSettings } = await import('@/stores/settings')
    act(() => useSettings.setState({ elderMode: true }))
    await orderForWife()
    fireEvent.click(payButton())
    const dialog = await screen.findByRole('dialog', { name: '请输入医保支付密码' })
    expect(dialog.closest('.page--elder')).not.toBeNull()
  })
})

describe('惠民保 asks for the password too', () => {
  it('pays 本人 ¥69.00 after the password', async () => {
    renderPage(routes.huiminbao)
    const list = await screen.findByRole('list', { name: '可参保人员' })
    fireEvent.click(await within(list).findByRole('checkbox', { name: '李*国（本人） ¥69.00' }))
    fireEvent.click(screen.getByRole('checkbox', { name: /惠民保/ }))
    fireEvent.click(payButton())
    const dialog = await screen.findByRole('dialog', { name: '请输入医保支付密码' })
    expect(dialog.textContent).toContain('惠民保参保缴费 ¥69.00')
    await typeIn(PASSWORD)
    await waitFor(() => expect(navigations).toEqual([{ kind: 'navigateTo', url: expect.stringContaining(routes.receipt) }]))
    expect(await balance()).toBe(328050 - 6900)
  })
})

describe('确认提交 of a registration asks for the password', () => {
  it('binds after the password; 取消 registers nothing', async () => {
    renderPage(routes.authorize)
    fireEvent.input(await screen.findByLabelText('证件号码'), { target: { value: '360602198809212424' } })
    fireEvent.input(screen.getByLabelText('姓名'), { target: { value: '王秀英' } })
    fireEvent.click(screen.getByRole('radio', { name: '配偶' }))
    act(() => useAuthorize.setState({ promiseRead: true, promiseAccepted: true }))
    fireEvent.click(screen.getByRole('button', { name: '下一步' }))
    followNavigation()
    fireEvent.click(screen.getByRole('button', { name: '确认提交' }))
    await screen.findByRole('dialog', { name: '请输入医保支付密码' })
    fireEvent.click(within(sheet()).getByRole('button', { name: '取消' }))
    expect((await backend().listAuthorizations()).asAuthorizer.filter((a) => a.status === 'active')).toHaveLength(1)
    fireEvent.click(screen.getByRole('button', { name: '确认提交' }))
    await screen.findByRole('dialog', { name: '请输入医保支付密码' })
    await typeIn(PASSWORD)
    await waitFor(() => expect(navigations.at(-1)).toEqual({ kind: 'redirectTo', url: expect.stringContaining(routes.authorizeResult) }))
    expect((await backend().listAuthorizations()).asAuthorizer.filter((a) => a.status === 'active')).toHaveLength(2)
  })
})

