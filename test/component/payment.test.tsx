import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { followNavigation, navigations, renderPage, testBackend } from './render'
import { routes } from '@/navigation/routes'

const bindBaby = () =>
  testBackend.registerAuthorization({ documentType: 'residentId', documentNumber: '360602202503081133', name: '李小宝', relation: 'child', promiseVersion: '2025-01', proofIds: [], idempotencyKey: 'payment-test-bind-baby' })
const balance = async () => (await testBackend.getBalances()).personalAccount?.carriedOverFen
const payButton = () => screen.getByRole('button', { name: /确认缴费|正在缴费/ })

async function openPremium() {
  renderPage(routes.premium)
  return screen.findByRole('list', { name: '可代缴人员' })
}

function tickPromise() {
  fireEvent.click(screen.getByRole('checkbox', { name: /我确认使用本人职工医保个人账户历年余额为以上人员代缴/ }))
}

describe('家庭账户共济代缴居民医保费', () => {
  it('lists bound relatives: who is eligible, and why others are not', async () => {
    await bindBaby()
    const list = await openPremium()
    expect(within(list).getByRole('checkbox', { name: '李*宝（子女） ¥400.00' })).toBeTruthy()
    const father = within(list).getByRole('listitem', { name: '李*明（父母）' })
    expect(father.textContent).toContain('不可缴费：2026年度居民医保费已缴纳（“赣服通”APP 医保专区），不能重复缴费')
    expect(within(father).queryByRole('checkbox')).toBeNull()
  })

  it('shows the total and the balance before and after, and pays once for a double tap', async () => {
    await bindBaby()
    const list = await openPremium()
    fireEvent.click(within(list).getByRole('checkbox', { name: '李*宝（子女） ¥400.00' }))
    const summary = screen.getByRole('status', { name: '订单信息' })
    expect(summary.textContent).toContain('共 1 人，合计 ¥400.00')
    expect(summary.textContent).toContain('个人账户历年余额 ¥3,280.50')
    expect(summary.textContent).toContain('缴费后余额 ¥2,880.50')
    expect(payButton().getAttribute('aria-disabled')).toBe('true')
    tickPromise()
    fireEvent.click(payButton())
    fireEvent.click(payButton())
    await waitFor(() => expect(navigations).toEqual([{ kind: 'navigateTo', url: routes.receipt }]))
    expect(await balance()).toBe(288050)
    expect(await testBackend.listPayments()).toHaveLength(1)
  })

  it('retries after a timeout with the same order: charged once', async () => {
    await bindBaby()
    const list = await openPremium()
    fireEvent.click(within(list).getByRole('checkbox', { name: '李*宝（子女） ¥400.00' }))
    tickPromise()
    testBackend.control.setFaults({ failNext: 'timeout' })
    fireEvent.click(payButton())
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('请求超时')
    fireEvent.click(within(alert).getByRole('button', { name: '重试' }))
    await waitFor(() => expect(navigations.at(-1)).toEqual({ kind: 'navigateTo', url: routes.receipt }))
    expect(await balance()).toBe(288050)
    expect(await testBackend.listPayments()).toHaveLength(1)
  })

  it('refuses an order over the 历年余额 before sending anything', async () => {
    await bindBaby()
    testBackend.control.setCarriedOver('360602198604151314', 39999)
    const list = await openPremium()
    fireEvent.click(within(list).getByRole('checkbox', { name: '李*宝（子女） ¥400.00' }))
    tickPromise()
    expect(screen.getByRole('status', { name: '订单信息' }).textContent).toContain('个人账户历年余额不足：需 400.00 元，可用 399.99 元')
    expect(payButton().getAttribute('aria-disabled')).toBe('true')
    fireEvent.click(payButton())
    expect(await balance()).toBe(39999)
    expect(await testBackend.listPayments()).toHaveLength(0)
  })

  it('adds a Jiangxi resident-scheme member by ID number and name', async () => {
    await openPremium()
    fireEvent.input(await screen.findByLabelText('参保人证件号码'), { target: { value: '360602198809212424' } })
    fireEvent.input(screen.getByLabelText('参保人姓名'), { target: { value: '王秀英' } })
    fireEvent.click(screen.getByRole('button', { name: '查询并添加' }))
    const list = screen.getByRole('list', { name: '可代缴人员' })
    expect(await within(list).findByRole('checkbox', { name: /王\*英/ })).toBeTruthy()
  })

  it('shows the receipt, masked, and keeps it in 我的缴费记录', async () => {
    await bindBaby()
    const list = await openPremium()
    fireEvent.click(within(list).getByRole('checkbox', { name: '李*宝（子女） ¥400.00' }))
    tickPromise()
    fireEvent.click(payButton())
    await waitFor(() => expect(navigations.at(-1)?.url).toBe(routes.receipt))
    const receipt = followNavigation()
    const r = screen.getByRole('list', { name: '缴费凭证' })
    expect(r.textContent).toContain('城乡居民医保费（家庭账户共济代缴）')
    expect(r.textContent).toMatch(/订单号JX2026112\d{7}/)
    expect(r.textContent).toContain('李*国（3606**********1314）')
    expect(r.textContent).toContain('参保人 李*宝（3606**********1133）¥400.00')
    expect(r.textContent).toContain('缴费后余额¥2,880.50')
    expect(r.textContent).not.toMatch(/360602202503081133|李小宝/)
    receipt.unmount()
    renderPage(routes.paymentHistory)
    const history = await screen.findByRole('list', { name: '缴费记录' })
    expect(history.textContent).toContain('代缴居民医保费 · 2026年度 · ¥400.00')
  })
})

describe('惠民保参保缴费', () => {
  it('offers 本人、配偶、父母、子女 and explains why siblings are not offered', async () => {
    renderPage(routes.huiminbao)
    const list = await screen.findByRole('list', { name: '可参保人员' })
    expect(within(list).getByRole('checkbox', { name: '李*国（本人） ¥69.00' })).toBeTruthy()
    const brother = within(list).getByRole('listitem', { name: '李*华（兄弟姐妹）' })
    expect(within(brother).queryByRole('checkbox')).toBeNull()
    expect(brother.textContent).toContain('兄弟姐妹不在范围内')
    const info = screen.getByRole('region', { name: '产品信息' })
    expect(info.textContent).toContain('高额特药：最高赔付比例可达70%')
    expect(info.textContent).toContain('兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女不在个人账户代缴范围内')
  })

  it('charges 本人 once', async () => {
    renderPage(routes.huiminbao)
    const list = await screen.findByRole('list', { name: '可参保人员' })
    fireEvent.click(within(list).getByRole('checkbox', { name: '李*国（本人） ¥69.00' }))
    fireEvent.click(screen.getByRole('checkbox', { name: /为以上人员缴纳惠民保保费/ }))
    fireEvent.click(payButton())
    await waitFor(() => expect(navigations.at(-1)?.url).toBe(routes.receipt))
    expect(await balance()).toBe(328050 - 6900)
  })
})
