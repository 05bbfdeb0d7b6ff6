import { readFileSync } from 'node:fs'
import { fireEvent, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import * as sass from 'sass'
import { navigations, renderPage, testBackend } from './render'
import { routes } from '@/navigation/routes'
import { useSession } from '@/stores/session'

// Issue 21 item 4: a receipt is loaded from the server by its order number, so reload, back and a shared link work.


const loginAs = async (masked: string) => {
  const { member } = await testBackend.signIn({ memberRef: (await testBackend.listDemoMembers()).find((d) => d.maskedName === masked)!.ref, platform: 'h5' })
  useSession.setState({ member, status: 'ready' })
}

async function paidForWife(): Promise<string> {
  await testBackend.registerAuthorization({ documentType: 'residentId', documentNumber: '360602198809212424', name: '王秀英', relation: 'spouse', promiseVersion: '2026-12', proofIds: [], idempotencyKey: 'receipts-bind-wife' })
  const wife = (await testBackend.listAuthorizations()).asAuthorizer.find((a) => a.user.maskedName === '王*英')!.user.ref
  const paid = await testBackend.payResidentPremium({ personRefs: [wife], idempotencyKey: 'receipts-pay-wife' })
  if (!paid.ok) throw new Error('refused')
  return paid.value.orderNo
}

describe('缴费凭证 by order number', () => {
  it('opened afresh (a reload, nothing in memory) shows the receipt from the server, with a 办理编号 one can read out', async () => {
    const orderNo = await paidForWife()
    expect(orderNo).toMatch(/^JX20261122\d{6}$/)
    renderPage(`${routes.receipt}?orderNo=${orderNo}`)
    expect(await screen.findByText('缴费成功')).toBeTruthy()
    const receipt = screen.getByRole('list', { name: /缴费凭证/ })
    expect(receipt.textContent).toContain(orderNo)
    expect(receipt.textContent).toContain('王*英')
    expect(receipt.textContent).toContain('¥400.00')
    // The payer sees her 历年余额 before and after.
    expect(receipt.textContent).toContain('缴费前余额')
    expect(receipt.textContent).toContain('缴费后余额')
  })

  it('the person paid for (王秀英) opens the same link', async () => {
    const orderNo = await paidForWife()
    await loginAs('王*英')
    renderPage(`${routes.receipt}?orderNo=${orderNo}`)
    expect(await screen.findByText('缴费成功')).toBeTruthy()
    const receipt = screen.getByRole('list', { name: /缴费凭证/ })
    expect(receipt.textContent).toContain(orderNo)
    expect(receipt.textContent).toContain('¥400.00')
    // Not the payer's 历年余额.
    expect(receipt.textContent).not.toContain('缴费前余额')
    expect(receipt.textContent).not.toContain('缴费后余额')
  })

  it('anyone else learns only that there is no such receipt (the same as for a number that does not exist)', async () => {
    const orderNo = await paidForWife()
    await loginAs('周*强')
    renderPage(`${routes.receipt}?orderNo=${orderNo}`)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('未找到该缴费记录')
    expect(document.body.textContent).not.toContain('王*英')
    expect(screen.queryByText('缴费成功')).toBeNull()
  })

  it('a receipt not found offers 返回 (重试 cannot help), back to the page below', async () => {
    const orderNo = await paidForWife()
    await loginAs('周*强')
    const spy = jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{ route: routes.paymentHistory.slice(1) }, { route: routes.receipt.slice(1) }] as ReturnType<typeof Taro.getCurrentPages>)
    renderPage(`${routes.receipt}?orderNo=${orderNo}`)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('未找到该缴费记录')
    expect(within(alert).queryByRole('button', { name: '重试' })).toBeNull()
    fireEvent.click(within(alert).getByRole('button', { name: '返回' }))
    spy.mockRestore()
    expect(navigations.at(-1)).toEqual({ kind: 'navigateBack', url: undefined, delta: 1 })
  })

  it('a masked ID number is drawn whole: never broken inside its digits and stars', async () => {
    const style = document.createElement('style')
    style.textContent = sass.compileString(readFileSync('src/app.scss', 'utf8')).css
    document.head.appendChild(style)
    const orderNo = await paidForWife()
    renderPage(`${routes.receipt}?orderNo=${orderNo}`)
    const receipt = await screen.findByRole('list', { name: /缴费凭证/ })
    const ids = Array.from(receipt.querySelectorAll('.masked-id'))
    expect(ids.length).toBeGreaterThanOrEqual(2)
    for (const id of ids) {
      expect(id.textContent).toMatch(/^\d{4}\*+[\dX]{4}$/)
      expect(getComputedStyle(id).whiteSpace).toBe('nowrap')
      expect(getComputedStyle(id).display).toBe('inline')
    }
    // Every masked number on the receipt is inside one such span.
    expect(receipt.textContent?.match(/\d{4}\*+[\dX]{4}/g)).toHaveLength(ids.length)
    style.remove()
  })

  it('我的缴费记录 opens a receipt by its number', async () => {
    const orderNo = await paidForWife()
    renderPage(routes.paymentHistory)
    const list = await screen.findByRole('list', { name: '缴费记录' })
    fireEvent.click(within(list).getAllByRole('listitem')[0])
    expect(navigations.at(-1)).toEqual({ kind: 'navigateTo', url: `${routes.receipt}?orderNo=${orderNo}` })
  })
})
