import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { renderPage, testBackend, toasts } from './render'
import { routes } from '@/navigation/routes'

async function loginAs(masked: string) {
  const m = (await testBackend.listDemoMembers()).find((d) => d.maskedName === masked)
  await testBackend.signIn({ memberRef: m!.ref, platform: 'h5' })
}

const bind = (documentNumber: string, name: string, relation: 'child' | 'spouse') =>
  testBackend.registerAuthorization({ documentType: 'residentId', documentNumber, name, relation, promiseVersion: '2026-12', proofIds: [], idempotencyKey: `k-${documentNumber}-${Math.random()}` })

describe('家庭共济关系查询', () => {
  it('lists my users masked, with relation, since when and status; ended bindings with the reason', async () => {
    renderPage(routes.relations)
    const list = await screen.findByRole('list', { name: '我授权的使用人' })
    const father = within(list).getByRole('listitem', { name: '李*明 父母 生效中' })
    expect(father.textContent).toContain('3606**********1516')
    expect(father.textContent).toContain('2025年4月2日 起')
    const mother = within(list).getByRole('listitem', { name: '张*兰 父母 已失效' })
    expect(mother.textContent).toContain('原因：使用人医保关系暂停，共济关系自动终止')
    // Ended by the suspension, not cancelled: what it takes is her insurance, not a date (domain.md rules 3 and 5).
    expect(mother.textContent).toContain('待对方（使用人）恢复参保后，可重新办理授权登记')
    expect(mother.textContent).not.toMatch(/起重新绑定/)
    expect(within(mother).queryByRole('button')).toBeNull()
    expect(document.body.textContent).not.toMatch(/李德明|张桂兰|360602195807021516/)
  })

  it('cancels after confirmation and says when the person can be bound again', async () => {
    await bind('360602202503081133', '李小宝', 'child')
    renderPage(routes.relations)
    const list = await screen.findByRole('list', { name: '我授权的使用人' })
    const baby = within(list).getByRole('listitem', { name: '李*宝 子女 生效中' })

    fireEvent.click(within(baby).getByRole('button', { name: '解除授权（李*宝）' }))
    fireEvent.click(within(screen.getByRole('alertdialog', { name: '解除共济授权' })).getByRole('button', { name: '取消' }))
    await new Promise((r) => setTimeout(r, 0))
    expect((await testBackend.listAuthorizations()).asAuthorizer.find((a) => a.user.maskedName === '李*宝')?.status).toBe('active')

    fireEvent.click(within(baby).getByRole('button', { name: '解除授权（李*宝）' }))
    const dialog = screen.getByRole('alertdialog', { name: '解除共济授权' })
    expect(dialog.textContent).toContain('确定解除与李*宝（子女）的共济关系吗')
    fireEvent.click(within(dialog).getByRole('button', { name: '解除' }))
    expect((await screen.findByRole('listitem', { name: '李*宝 子女 已解除' })).textContent).toContain('可于 2026年11月23日 起重新为其办理授权')
    expect(screen.getByRole('status').textContent).toContain('可于 2026年11月23日 起重新绑定')
    expect(toasts).toContain('已解除')
  })

  it('shows the user side to 王秀英: her authorizer masked, what she may draw, and lets her cancel', async () => {
    await bind('360602198809212424', '王秀英', 'spouse')
    await loginAs('王*英')
    renderPage(routes.relations)
    const list = await screen.findByRole('list', { name: '授权给我的授权人' })
    const item = within(list).getByRole('listitem', { name: '李*国 配偶 生效中' })
    expect(item.textContent).toContain('3606**********1314')
    expect(item.textContent).toContain('当前可使用授权人历年余额 ¥3,280.50')
    // She is a 城乡居民: no claim of a personal account of her own being used first.
    expect(item.textContent).not.toContain('先扣您本人账户')
    fireEvent.click(within(item).getByRole('button', { name: '解除授权（李*国）' }))
    // Both the question and the answer speak to her, not of 「该使用人」.
    const dialog = screen.getByRole('alertdialog')
    expect(dialog.textContent).toContain('解除后您将不能再使用 李*国 的历年余额')
    expect(dialog.textContent).not.toMatch(/使用人/)
    fireEvent.click(within(dialog).getByRole('button', { name: '解除' }))
    await waitFor(async () => expect((await testBackend.listAuthorizations()).asUser[0].status).toBe('cancelled'))
    const ended = await screen.findByRole('listitem', { name: '李*国 配偶 已解除' })
    // Binding again is his to do: her card says so, not 「可于…起重新绑定」 as if she could.
    expect(ended.textContent).toContain('李*国 可于 2026年11月23日 起重新为您办理授权')
    expect(ended.textContent).not.toMatch(/重新绑定/)
    const status = screen.getByRole('status').textContent
    expect(status).toContain('您将不能再使用 李*国 的历年余额')
    expect(status).not.toMatch(/使用人/)
  })

  it('keeps the list and offers 重试 when cancelling fails', async () => {
    renderPage(routes.relations)
    const list = await screen.findByRole('list', { name: '我授权的使用人' })
    testBackend.control.setFaults({ failNext: 'network' })
    fireEvent.click(within(list).getByRole('button', { name: '解除授权（李*明）' }))
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '解除' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('网络连接失败')
    expect(within(list).getByRole('listitem', { name: '李*明 父母 生效中' })).toBeTruthy()
  })
})

describe('家庭共济关系查询 while loading', () => {
  it('shows a skeleton, never 「您还没有…」 or 新增授权 before the bindings have arrived', async () => {
    renderPage(routes.relations)
    expect(screen.getByLabelText('正在查询共济关系')).toBeTruthy()
    expect(screen.queryByText(/您还没有/)).toBeNull()
    expect(await screen.findByRole('list', { name: '我授权的使用人' })).toBeTruthy()
  })
})
