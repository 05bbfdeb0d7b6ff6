import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { followNavigation, navigations, renderPage, testBackend } from './render'
import { routes } from '@/navigation/routes'
import { useSession } from '@/stores/session'
import { signInAs } from '@/stores/signIn'
import { typePassword } from './verify'

// Measured (issue 19): 李建国 binds 王秀英, opens 代缴, ticks her and the 缴费承诺, then 我的 → 切换演示身份 → 周志强:
// 周志强's 代缴 page opened with the 缴费承诺 ticked; 我的缴费记录 and the receipt showed 李建国's order; an
// unanswered order's people and key survived the switch. Another member starts with nothing of the last one's.

const WIFE = '王*英（配偶） 普通居民 ¥400.00'
const PROMISE = /我确认使用本人职工医保个人账户历年余额为以上人员代缴/

async function bindWife() {
  const r = await testBackend.registerAuthorization({ documentType: 'residentId', documentNumber: '360602198809212424', name: '王秀英', relation: 'spouse', promiseVersion: '2026-12', proofIds: [], idempotencyKey: 'switch-test-bind-wife' })
  if (!r.ok) throw new Error('could not bind 王秀英')
}

async function switchTo(maskedName: string) {
  const m = (await testBackend.listDemoMembers()).find((d) => d.maskedName === maskedName)
  if (!m) throw new Error(`no demo member ${maskedName}`)
  await act(async () => {
    expect(await signInAs(m.ref)).toBe(true)
  })
}

async function openPremiumAndTick() {
  renderPage(routes.premium)
  const list = await screen.findByRole('list', { name: '可代缴人员' })
  fireEvent.click(await within(list).findByRole('checkbox', { name: WIFE }))
  fireEvent.click(screen.getByRole('checkbox', { name: PROMISE }))
}

describe('signing in as another member (李建国 → 周志强)', () => {
  it('opens 周志强\'s 代缴 with nothing ticked and no order of 李建国 waiting for 重试', async () => {
    await act(() => useSession.getState().load())
    await bindWife()
    await openPremiumAndTick()
    // 李建国's order goes out and its answer is lost: it waits for 重试 under his key, with his people.
    testBackend.control.setFaults({ failNext: 'timeout', failNextOn: 'payment' })
    fireEvent.click(screen.getByRole('button', { name: /确认缴费|正在缴费/ }))
    await typePassword()
    await screen.findByRole('alert')

    await switchTo('周*强')
    renderPage(routes.premium)
    expect(screen.getByRole('checkbox', { name: PROMISE }).getAttribute('aria-checked')).toBe('false')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.queryByText(/王\*英/)).toBeNull()
    await waitFor(() => expect(screen.queryByLabelText('正在查询缴费人员')).toBeNull())
    expect(screen.getByRole('checkbox', { name: PROMISE }).getAttribute('aria-checked')).toBe('false')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.queryByRole('status', { name: '订单信息' })).toBeNull()
  })

  it("shows 周志强 none of 李建国's payments or receipts, not even for a moment", async () => {
    await act(() => useSession.getState().load())
    await bindWife()
    const wife = (await testBackend.listAuthorizations()).asAuthorizer.find((a) => a.user.maskedName === '王*英')
    expect((await testBackend.payResidentPremium({ personRefs: [wife!.user.ref], idempotencyKey: 'switch-test-pay-wife' })).ok).toBe(true)
    renderPage(routes.paymentHistory)
    const list = await screen.findByRole('list', { name: '缴费记录' })
    expect(list.textContent).toContain('王*英')
    fireEvent.click(within(list).getAllByRole('listitem')[0])
    expect(navigations.at(-1)?.url).toMatch(/^\/packages\/payment\/receipt\/index\?orderNo=JX\d{14}$/)
    followNavigation()
    expect((await screen.findByRole('list', { name: '缴费凭证' })).textContent).toContain('王*英')

    await switchTo('周*强')
    renderPage(routes.paymentHistory)
    expect(document.body.textContent).not.toContain('王*英')
    expect(await screen.findByText('还没有缴费记录。')).toBeTruthy()
    renderPage(routes.receipt)
    expect(document.body.textContent).not.toContain('王*英')
    expect(screen.getByText('没有要查看的缴费凭证。')).toBeTruthy()
  })

  it('keeps the form when the same member signs in again (after an expiry), and reads her data anew', async () => {
    await act(() => useSession.getState().load())
    await bindWife()
    await openPremiumAndTick()
    await switchTo('李*国')
    renderPage(routes.premium)
    expect(screen.getByRole('checkbox', { name: PROMISE }).getAttribute('aria-checked')).toBe('true')
    // Her figures are asked again under the new session (a skeleton, then the list with her tick kept).
    const list = await screen.findByRole('list', { name: '可代缴人员' })
    expect((await within(list).findByRole('checkbox', { name: WIFE })).getAttribute('aria-checked')).toBe('true')
  })
})
