import { act, fireEvent, screen, within } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import * as sass from 'sass'
import Taro from '@tarojs/taro'
import { navigations, renderPage, testBackend } from './render'
import { routes } from '@/navigation/routes'
import { useSession } from '@/stores/session'
import { useSettings } from '@/stores/settings'

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

describe('the 解除授权 confirmation in 长辈模式', () => {
  // The shipped styles: each component's sheet, then app.scss. 长辈模式 rules (.page--elder .x) are more specific
  // than a component's own (.x), so they win in the build whatever the order; jsdom applies sheets in order.
  const styles = () => {
    const css = ['src/components/ConfirmDialog/index.scss', 'src/app.scss'].map((f) => sass.compileString(readFileSync(f, 'utf8')).css).join('\n')
    const style = document.createElement('style')
    style.textContent = css
    document.head.appendChild(style)
    return style
  }

  it('says its body text at the 长辈模式 base size (36 design px ≈ 18.7 px), dark, not 30 px grey', async () => {
    const style = styles()
    act(() => useSettings.setState({ elderMode: true }))
    renderPage(routes.relations)
    const list = await screen.findByRole('list', { name: '我授权的使用人' })
    fireEvent.click(within(list).getByRole('button', { name: '解除授权（李*明）' }))
    const dialog = await screen.findByRole('alertdialog', { name: '解除共济授权' })
    const body = dialog.querySelector('.confirm-dialog__content') as HTMLElement
    expect(body.textContent).toContain('确定解除与李*明')
    expect(getComputedStyle(body).fontSize).toBe('36px')
    expect(getComputedStyle(body).color).toBe('rgb(29, 33, 41)')
    act(() => useSettings.setState({ elderMode: false }))
    style.remove()
  })
})

describe('个人郑重承诺 on the binding form', () => {
  const promiseText = async () => (await screen.findByRole('region', { name: '个人郑重承诺全文' })).textContent ?? ''

  it('for a 鹰潭 member cites only 鹰潭 and province-wide sources in 二', async () => {
    renderPage(routes.authorize)
    const text = await promiseText()
    const two = text.slice(text.indexOf('二、'), text.indexOf('三、'))
    expect(two).toContain('鹰潭市2025年医保政策解读')
    expect(two).not.toContain('宜春')
  })

  it('for a 宜春 member cites 宜春 and not 鹰潭', async () => {
    const m = (await testBackend.listDemoMembers()).find((d) => d.maskedName === '周*强')
    await testBackend.signIn({ memberRef: m!.ref, platform: 'h5' })
    renderPage(routes.authorize)
    const text = await promiseText()
    const two = text.slice(text.indexOf('二、'), text.indexOf('三、'))
    expect(two).toContain('宜春医保门诊共济问答（2025-03）')
    expect(two).not.toContain('鹰潭')
  })

  it('六 says 本人系其监护人 only for a 子女; for other relations the guardian agreement is confirmed', async () => {
    renderPage(routes.authorize)
    const text = await promiseText()
    const six = text.slice(text.indexOf('六、'), text.indexOf('七、'))
    expect(six).toContain('子女')
    expect(six).toMatch(/其他关系的，本人确认其监护人（如父母）已同意/)
    expect(six).not.toMatch(/未成年人时，本人系其监护人/)
  })
})

describe('我的缴费记录 of the person paid for', () => {
  it('王秀英 sees the premium 李*国 paid for her: her line and amount, 「由 李*国 代缴」, none of his balances', async () => {
    await testBackend.registerAuthorization({ documentType: 'residentId', documentNumber: '360602198809212424', name: '王秀英', relation: 'spouse', promiseVersion: '2026-12', proofIds: [], idempotencyKey: 'walk-bind-wife' })
    const wife = (await testBackend.listAuthorizations()).asAuthorizer.find((a) => a.user.maskedName === '王*英')!.user.ref
    const paid = await testBackend.payResidentPremium({ personRefs: [wife], idempotencyKey: 'walk-pay-wife' })
    if (!paid.ok) throw new Error('refused')
    const m = (await testBackend.listDemoMembers()).find((d) => d.maskedName === '王*英')
    const { member } = await testBackend.signIn({ memberRef: m!.ref, platform: 'h5' })
    useSession.setState({ member, status: 'ready' })
    // The server's view of the order for her is the one getPayment gives her.
    const mine = await testBackend.listPayments()
    expect(mine).toEqual([await testBackend.getPayment(paid.value.orderNo)])
    expect(mine[0].balanceBeforeFen).toBeUndefined()
    renderPage(routes.paymentHistory)
    const list = await screen.findByRole('list', { name: '缴费记录' })
    const items = within(list).getAllByRole('listitem')
    expect(items).toHaveLength(1)
    expect(items[0].textContent).toContain('¥400.00')
    expect(items[0].textContent).toContain('王*英')
    expect(items[0].textContent).toContain('由 李*国 代缴')
    expect(screen.queryByText('还没有缴费记录。')).toBeNull()
  })

  it('the payer 李*国 sees no 「由 … 代缴」 on his own payments', async () => {
    await testBackend.registerAuthorization({ documentType: 'residentId', documentNumber: '360602198809212424', name: '王秀英', relation: 'spouse', promiseVersion: '2026-12', proofIds: [], idempotencyKey: 'walk-bind-wife' })
    const wife = (await testBackend.listAuthorizations()).asAuthorizer.find((a) => a.user.maskedName === '王*英')!.user.ref
    await testBackend.payResidentPremium({ personRefs: [wife], idempotencyKey: 'walk-pay-wife' })
    renderPage(routes.paymentHistory)
    const list = await screen.findByRole('list', { name: '缴费记录' })
    expect(within(list).getAllByRole('listitem')).toHaveLength(1)
    expect(list.textContent).not.toMatch(/由 .* 代缴/)
  })
})
