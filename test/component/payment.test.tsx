import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { followNavigation, navigations, renderPage, testBackend } from './render'
import { routes } from '@/navigation/routes'
import { premiumFlow } from '@/stores/payments'
import { fetchQuery } from '@/stores/query'
import { faultAfterPassword, typePassword } from './verify'

const bind = (documentNumber: string, name: string, relation: 'spouse' | 'child' | 'sibling' | 'grandchildPaternal') =>
  testBackend.registerAuthorization({ documentType: 'residentId', documentNumber, name, relation, promiseVersion: '2026-12', proofIds: [], idempotencyKey: `payment-test-bind-${documentNumber}` })
const bindWife = () => bind('360602198809212424', '王秀英', 'spouse')
const bindBaby = () => bind('360602202503081133', '李小宝', 'child')
const balance = async () => (await testBackend.getBalances()).personalAccount?.carriedOverFen
const payButton = () => screen.getByRole('button', { name: /确认缴费|正在缴费/ })
/** A receipt opens by its order number. */
const RECEIPT = /^\/packages\/payment\/receipt\/index\?orderNo=JX\d{14}$/
const WIFE = '王*英（配偶） 普通居民 ¥400.00'

async function openPremium() {
  renderPage(routes.premium)
  const list = await screen.findByRole('list', { name: '可代缴人员' })
  await within(list).findAllByRole('listitem')
  return list
}

function tickPromise() {
  fireEvent.click(screen.getByRole('checkbox', { name: /我确认使用本人职工医保个人账户历年余额为以上人员代缴/ }))
}

describe('家庭账户共济代缴居民医保费', () => {
  it('names the 2027年度 the server offers, its window, when benefits start, and 「以医保部门公布为准」', async () => {
    await openPremium()
    const year = screen.getByRole('region', { name: '缴费年度' })
    expect(year.textContent).toContain('2027年度城乡居民医保个人缴费')
    expect(year.textContent).toContain('集中征缴期：2026年10月15日至2027年2月28日')
    expect(year.textContent).toContain('自2027年1月1日起享受医保待遇')
    expect(screen.getByText(/2027年度缴费标准和集中征缴期尚未公布.*以医保部门公布为准/)).toBeTruthy()
  })

  it('says why nothing can be paid before the window opens (2026-10-14), and when it opens', async () => {
    testBackend.control.clock.shiftDays(-39)
    renderPage(routes.premium)
    expect(await screen.findByText('2027年度城乡居民医保集中征缴期为2026年10月15日至2027年2月28日，现在还不能缴费')).toBeTruthy()
    expect(screen.getByText('请于2026年10月15日起再来缴费（以医保部门公布为准）')).toBeTruthy()
    expect(screen.queryByRole('region', { name: '缴费年度' })).toBeNull()
    // 李德明 is bound: an empty list must not say there is nobody bound.
    expect(screen.queryByText(/暂无可缴费人员/)).toBeNull()
  })

  it('lists bound relatives only: category and amount, or paid and where', async () => {
    await bindWife()
    const list = await openPremium()
    expect(within(list).getByRole('checkbox', { name: WIFE })).toBeTruthy()
    const father = within(list).getByRole('listitem', { name: '李*明（父母）' })
    expect(father.textContent).toContain('不可缴费：2027年度居民医保费已缴纳（“赣服通”APP 医保专区），不能重复缴费')
    expect(within(father).queryByRole('checkbox')).toBeNull()
    expect(within(list).getAllByRole('listitem')).toHaveLength(2)
  })

  it('has no box for paying a stranger: a line leads to 家庭账户共济授权登记 instead', async () => {
    await openPremium()
    expect(screen.queryByLabelText('参保人证件号码')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: /为其他亲属缴费？先办理家庭账户共济授权登记/ }))
    expect(navigations.at(-1)).toEqual({ kind: 'navigateTo', url: routes.authorize })
  })

  it('shows the total and the balance before and after, and pays once for a double tap', async () => {
    await bindWife()
    const list = await openPremium()
    fireEvent.click(within(list).getByRole('checkbox', { name: WIFE }))
    const summary = screen.getByRole('status', { name: '订单信息' })
    expect(summary.textContent).toContain('共 1 人，合计 ¥400.00')
    expect(summary.textContent).toContain('个人账户历年余额 ¥3,280.50')
    expect(summary.textContent).toContain('缴费后余额 ¥2,880.50')
    expect(payButton().getAttribute('aria-disabled')).toBe('true')
    tickPromise()
    fireEvent.click(payButton())
    fireEvent.click(payButton())
    await typePassword()
    await waitFor(() => expect(navigations).toEqual([{ kind: 'navigateTo', url: expect.stringMatching(RECEIPT) }]))
    expect(await balance()).toBe(288050)
    expect(await testBackend.listPayments()).toHaveLength(1)
  })

  it('retries after a timeout with the same order: charged once', async () => {
    await bindWife()
    const list = await openPremium()
    fireEvent.click(within(list).getByRole('checkbox', { name: WIFE }))
    tickPromise()
    faultAfterPassword({ failNext: 'timeout' })
    fireEvent.click(payButton())
    await typePassword()
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('请求超时')
    fireEvent.click(within(alert).getByRole('button', { name: '重试' }))
    await typePassword()
    await waitFor(() => expect(navigations.at(-1)).toEqual({ kind: 'navigateTo', url: expect.stringMatching(RECEIPT) }))
    expect(await balance()).toBe(288050)
    expect(await testBackend.listPayments()).toHaveLength(1)
  })

  it('after a lost answer, coming back to the page (load) keeps the order: 重试 shows the receipt, charged once', async () => {
    await bindWife()
    const list = await openPremium()
    fireEvent.click(within(list).getByRole('checkbox', { name: WIFE }))
    tickPromise()
    testBackend.control.setFaults({ failNext: 'timeout', failNextOn: 'payment' })
    fireEvent.click(payButton())
    await typePassword()
    await screen.findByRole('alert')
    // The person leaves and returns: useDidShow reloads; the server now says 王秀英 is paid.
    await act(() => fetchQuery(premiumFlow.key, premiumFlow.offer, 'force'))
    const alert = screen.getByRole('alert')
    fireEvent.click(within(alert).getByRole('button', { name: '重试' }))
    await typePassword()
    await waitFor(() => expect(navigations.at(-1)).toEqual({ kind: 'navigateTo', url: expect.stringMatching(RECEIPT) }))
    expect((await testBackend.listPayments())[0]).toMatchObject({ totalFen: 40000, balanceAfterFen: 288050 })
    expect(await balance()).toBe(288050)
    expect(await testBackend.listPayments()).toHaveLength(1)
  })

  it('refuses an order over the 历年余额 before sending anything', async () => {
    await bindWife()
    testBackend.control.setCarriedOver('360602198604151314', 39999)
    const list = await openPremium()
    fireEvent.click(within(list).getByRole('checkbox', { name: WIFE }))
    tickPromise()
    expect(screen.getByRole('status', { name: '订单信息' }).textContent).toContain('个人账户历年余额不足：需 400.00 元，可用 399.99 元')
    expect(payButton().getAttribute('aria-disabled')).toBe('true')
    fireEvent.click(payButton())
    expect(await balance()).toBe(39999)
    expect(await testBackend.listPayments()).toHaveLength(0)
  })

  it('paid on 2027-03-01 (after the window) for the 2027年度: the receipt shows the 3-month 等待期', async () => {
    await bindWife()
    testBackend.control.clock.shiftDays(99)
    // 99 days later the morning's session has long ended: sign in again.
    await testBackend.signIn({ memberRef: 'p-ljg', platform: 'h5' })
    const list = await openPremium()
    expect(screen.getByRole('region', { name: '缴费年度' }).textContent).toContain('设3个月等待期，自2027年6月1日起享受医保待遇')
    fireEvent.click(within(list).getByRole('checkbox', { name: WIFE }))
    tickPromise()
    fireEvent.click(payButton())
    await typePassword()
    await waitFor(() => expect(navigations.at(-1)?.url).toMatch(RECEIPT))
    followNavigation()
    const r = screen.getByRole('list', { name: '缴费凭证' })
    expect(r.textContent).toMatch(/订单号JX20270301\d{6}/)
    expect(r.textContent).toContain('医保待遇集中征缴期后缴费，设3个月等待期，自2027年6月1日起享受医保待遇')
  })

  it('shows the receipt, masked, with when benefits start, and keeps it in 我的缴费记录', async () => {
    await bindWife()
    const list = await openPremium()
    fireEvent.click(within(list).getByRole('checkbox', { name: WIFE }))
    tickPromise()
    fireEvent.click(payButton())
    await typePassword()
    await waitFor(() => expect(navigations.at(-1)?.url).toMatch(RECEIPT))
    const receipt = followNavigation()
    const r = screen.getByRole('list', { name: '缴费凭证' })
    expect(r.textContent).toContain('城乡居民医保费（家庭账户共济代缴）')
    expect(r.textContent).toMatch(/订单号JX2026112\d{7}/)
    expect(r.textContent).toContain('2027年度（缴费标准以医保部门公布为准）')
    expect(r.textContent).toContain('李*国（3606**********1314）')
    expect(r.textContent).toContain('参保人 王*英（3606**********2424）¥400.00')
    expect(r.textContent).toContain('缴费后余额¥2,880.50')
    expect(r.textContent).toContain('自2027年1月1日起享受医保待遇')
    expect(r.textContent).not.toMatch(/360602198809212424|王秀英/)
    receipt.unmount()
    renderPage(routes.paymentHistory)
    const history = await screen.findByRole('list', { name: '缴费记录' })
    expect(history.textContent).toContain('代缴居民医保费 · 2027年度 · ¥400.00')
  })
})

describe('receipts end with 完成 (WeUI message page), back to where the person came from', () => {
  const stack = (...routes: string[]) => jest.spyOn(Taro, 'getCurrentPages').mockReturnValue(routes.map((r) => ({ route: r.replace(/^\//, '') })) as ReturnType<typeof Taro.getCurrentPages>)
  afterEach(() => jest.restoreAllMocks())

  async function payForWife() {
    await bindWife()
    const list = await openPremium()
    fireEvent.click(within(list).getByRole('checkbox', { name: WIFE }))
    tickPromise()
    fireEvent.click(payButton())
    await typePassword()
    await waitFor(() => expect(navigations.at(-1)?.url).toMatch(RECEIPT))
    followNavigation()
  }

  it.each([
    ['首页 → 代缴 → receipt: back to 首页', [routes.home, routes.premium, routes.receipt], { kind: 'navigateBack', delta: 2 }],
    ['家庭共济 → 授权 → 确认 → 结果 → 为这位家人代缴 → receipt: back to 家庭共济', [routes.family, routes.authorize, routes.authorizeConfirm, routes.authorizeResult, routes.premium, routes.receipt], { kind: 'navigateBack', delta: 5 }],
    ['我的缴费记录 → receipt: back to the list', [routes.me, routes.paymentHistory, routes.receipt], { kind: 'navigateBack', delta: 1 }],
    ['代缴 opened first (a shared card) → receipt: 首页', [routes.premium, routes.receipt], { kind: 'switchTab', url: routes.home }],
  ])('%s', async (_path, pages, expected) => {
    await payForWife()
    const buttons = screen.getAllByRole('button').map((b) => b.textContent)
    expect(buttons.at(-1)).toBe('完成')
    stack(...pages)
    fireEvent.click(screen.getByRole('button', { name: '完成' }))
    expect(navigations.at(-1)).toMatchObject(expected)
  })
})

describe('新生儿免缴确认', () => {
  it('shows 李小宝 as 免缴 with 去确认 instead of a price, and confirms once: ¥0.00, balance unchanged', async () => {
    await bindBaby()
    const list = await openPremium()
    const baby = within(list).getByRole('listitem', { name: '李*宝（子女）' })
    expect(baby.textContent).toContain('免缴 ¥0.00')
    expect(within(baby).queryByRole('checkbox')).toBeNull()
    fireEvent.click(within(baby).getByRole('button', { name: '去确认' }))
    expect(navigations.at(-1)).toEqual({ kind: 'navigateTo', url: routes.newbornExemption })
    const page = followNavigation()
    const info = await screen.findByRole('list', { name: '免缴确认信息' })
    expect(info.textContent).toContain('李*宝（3606**********1133）')
    expect(info.textContent).toContain('2027年度')
    expect(info.textContent).toContain('¥0.00（新生儿免缴）')
    expect(screen.getByRole('region', { name: '什么是新生儿免缴确认' }).textContent).toContain('连续3个参保年度不用缴个人保费')
    const confirm = screen.getByRole('button', { name: '确认' })
    fireEvent.click(confirm)
    fireEvent.click(confirm)
    await waitFor(() => expect(navigations.at(-1)).toEqual({ kind: 'redirectTo', url: expect.stringMatching(RECEIPT) }))
    page.unmount()
    followNavigation()
    expect(screen.getByText('免缴确认成功')).toBeTruthy()
    // Confirmed, not paid: 确认人 and 办理编号; the (assumed) 2027 premium standard has nothing to do with it.
    const r = screen.getByRole('list', { name: '免缴确认凭证' })
    expect(r.textContent).toContain('新生儿免缴确认（城乡居民医保）')
    expect(r.textContent).toMatch(/办理编号JX\d{14}/)
    expect(r.textContent).toContain('参保年度2027年度')
    expect(r.textContent).toContain('确认人李*国（3606**********1314）')
    expect(r.textContent).toContain('参保人李*宝（3606**********1133）')
    expect(r.textContent).toContain('个人缴费¥0.00（新生儿免缴，不扣款）')
    expect(r.textContent).not.toMatch(/缴费人|订单号|缴费标准|为准|余额/)
    expect(await balance()).toBe(328050)
    expect((await testBackend.listPayments()).map((p) => [p.kind, p.totalFen])).toEqual([['newbornExemption', 0]])
  })

  it('retries an unanswered confirmation under the same key: recorded once', async () => {
    await bindBaby()
    const list = await openPremium()
    fireEvent.click(within(within(list).getByRole('listitem', { name: '李*宝（子女）' })).getByRole('button', { name: '去确认' }))
    followNavigation()
    await screen.findByRole('list', { name: '免缴确认信息' })
    testBackend.control.setFaults({ failNext: 'timeout', failNextOn: 'payment' })
    fireEvent.click(screen.getByRole('button', { name: '确认' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('请求超时')
    fireEvent.click(within(alert).getByRole('button', { name: '重试' }))
    await waitFor(() => expect(navigations.at(-1)).toEqual({ kind: 'redirectTo', url: expect.stringMatching(RECEIPT) }))
    expect((await testBackend.listPayments()).map((p) => p.kind)).toEqual(['newbornExemption'])
  })

  it('a newborn bound as 孙子女: 免缴, no 去确认, and the reason is that a parent confirms (not a closed window)', async () => {
    await bind('360602202503081133', '李小宝', 'grandchildPaternal')
    const list = await openPremium()
    const baby = within(list).getByRole('listitem', { name: '李*宝（孙子女）' })
    expect(baby.textContent).toContain('免缴 ¥0.00')
    expect(baby.textContent).toContain('新生儿免缴确认须由孩子的父母办理，您与孩子登记的关系是“孙子女”')
    expect(baby.textContent).not.toContain('不在集中征缴期内')
    expect(within(baby).queryByRole('button', { name: '去确认' })).toBeNull()
    renderPage(routes.newbornExemption)
    await screen.findByRole('list', { name: '免缴确认信息' })
    expect(screen.getByText(/新生儿免缴确认须由孩子的父母办理.*请由孩子的父亲或母亲办理/)).toBeTruthy()
    expect(screen.getByRole('button', { name: '确认' }).getAttribute('aria-disabled')).toBe('true')
  })

  it('before the window opens (2026-10-14) says when it opens, not that no child is bound', async () => {
    await bindBaby()
    testBackend.control.clock.shiftDays(-39)
    renderPage(routes.newbornExemption)
    expect(await screen.findByText(/2027年度城乡居民医保集中征缴期为2026年10月15日至2027年2月28日，现在还不能缴费/)).toBeTruthy()
    expect(screen.getByText(/请于2026年10月15日起再来缴费/)).toBeTruthy()
    expect(screen.queryByText(/没有需要办理免缴确认的孩子/)).toBeNull()
  })

  it('is in the service menu, and says what to do when no child is bound', async () => {
    renderPage(routes.services)
    fireEvent.click(await screen.findByRole('button', { name: /新生儿免缴确认/ }))
    expect(navigations.at(-1)).toEqual({ kind: 'navigateTo', url: routes.newbornExemption })
    followNavigation()
    expect(await screen.findByText(/没有需要办理免缴确认的孩子/)).toBeTruthy()
  })
})

describe('惠民保参保缴费', () => {
  it('offers 本人 and bound 配偶/父母/子女, and explains the relations out of scope', async () => {
    await bindWife()
    renderPage(routes.huiminbao)
    const list = await screen.findByRole('list', { name: '可参保人员' })
    await within(list).findAllByRole('listitem')
    expect(within(list).getByRole('checkbox', { name: '李*国（本人） ¥69.00' })).toBeTruthy()
    expect(within(list).getByRole('checkbox', { name: '王*英（配偶） ¥69.00' })).toBeTruthy()
    expect(within(list).queryByRole('listitem', { name: '李*华（兄弟姐妹）' })).toBeNull()
    const info = screen.getByRole('region', { name: '产品信息' })
    expect(info.textContent).toContain('高额特药：最高赔付比例可达70%')
    expect(info.textContent).toContain('兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女不在个人账户代缴范围内')
  })

  it('charges 本人 once', async () => {
    renderPage(routes.huiminbao)
    const list = await screen.findByRole('list', { name: '可参保人员' })
    fireEvent.click(await within(list).findByRole('checkbox', { name: '李*国（本人） ¥69.00' }))
    fireEvent.click(screen.getByRole('checkbox', { name: /为以上人员缴纳惠民保保费/ }))
    fireEvent.click(payButton())
    await typePassword()
    await waitFor(() => expect(navigations.at(-1)?.url).toMatch(RECEIPT))
    expect(await balance()).toBe(328050 - 6900)
  })
})

describe('while 「正在缴费…」 shows', () => {
  it('keeps the ticks and the total on screen, and the choice cannot change; a disabled 确认缴费 says why', async () => {
    await bindWife()
    const list = await openPremium()
    expect(screen.getByText('请先勾选要缴费的人')).toBeTruthy()
    fireEvent.click(within(list).getByRole('checkbox', { name: WIFE }))
    expect(screen.getByText('请先勾选上面的缴费承诺')).toBeTruthy()
    tickPromise()
    testBackend.control.setFaults({ latencyMinMs: 300, latencyMaxMs: 300 })
    fireEvent.click(payButton())
    await typePassword()
    await waitFor(() => expect(payButton().textContent).toBe('正在缴费…'))
    expect(within(list).getByRole('checkbox', { name: WIFE }).getAttribute('aria-checked')).toBe('true')
    expect(screen.getByRole('status', { name: '订单信息' }).textContent).toContain('合计 ¥400.00')
    fireEvent.click(within(list).getByRole('checkbox', { name: WIFE }))
    expect(premiumFlow.useOrder.getState().selected).toHaveLength(1)
    await waitFor(() => expect(navigations.at(-1)).toEqual({ kind: 'navigateTo', url: expect.stringMatching(RECEIPT) }))
    expect(screen.getByRole('status', { name: '订单信息' }).textContent).toContain('合计 ¥400.00')
  })
})
