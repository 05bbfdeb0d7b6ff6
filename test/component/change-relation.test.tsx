// Issue 20 item 2: 变更关系 from 家庭共济关系查询 — choose the new relation (+ proofs where required) → submit.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { renderPage, testBackend, toasts } from './render'
import { routes } from '@/navigation/routes'
import { useChange } from '@/stores/change'
import { typePassword } from './verify'

beforeEach(() => useChange.getState().close())

async function signInAs(name: '周志强' | '王秀英') {
  const masked = name === '周志强' ? '周*强' : '王*英'
  const m = (await testBackend.listDemoMembers()).find((d) => d.maskedName === masked)
  await testBackend.signIn({ memberRef: m!.ref, platform: 'h5' })
}

const bindBaby = (relation: 'grandchildPaternal' | 'child') =>
  testBackend.registerAuthorization({ documentType: 'residentId', documentNumber: '360602202503081133', name: '李小宝', relation, promiseVersion: '2026-12', proofIds: [], idempotencyKey: `k-baby-${Math.random()}` })

async function openChange(item: string, masked: string) {
  renderPage(routes.relations)
  const list = await screen.findByRole('list', { name: '我授权的使用人' })
  const row = within(list).getByRole('listitem', { name: item })
  fireEvent.click(within(row).getByRole('button', { name: `变更关系（${masked}）` }))
  return screen.findByRole('dialog', { name: '变更关系' })
}
const chooseOnly = (panel: HTMLElement, label: string) => fireEvent.click(within(within(panel).getByRole('radiogroup', { name: '新的关系' })).getByRole('radio', { name: label }))
/** The 个人郑重承诺 again, read to the end and ticked (as for a registration). */
function acceptPromise(panel: HTMLElement) {
  act(() => {
    within(panel).getByRole('region', { name: '个人郑重承诺全文' }).dispatchEvent(new CustomEvent('scrolltolower', { detail: { direction: 'bottom' } }))
  })
  fireEvent.click(within(panel).getByRole('checkbox', { name: /我已阅读并承诺遵守以上个人郑重承诺/ }))
}
const choose = (panel: HTMLElement, label: string) => {
  chooseOnly(panel, label)
  acceptPromise(panel)
}

describe('变更关系 (domain.md Authorization: 变更)', () => {
  it('opens as a half-screen sheet where the person is looking, and 变更关系 is not drawn as the destructive action', async () => {
    await bindBaby('grandchildPaternal')
    const panel = await openChange('李*宝 孙子女 生效中', '李*宝')
    // A sheet over the page (not a card under the whole list): modal, with a mask that closes it.
    expect(panel.getAttribute('aria-modal')).toBe('true')
    expect(panel.className).toContain('change-sheet__panel')
    const row = within(screen.getByRole('list', { name: '我授权的使用人' })).getByRole('listitem', { name: '李*宝 孙子女 生效中' })
    const change = within(row).getByRole('button', { name: '变更关系（李*宝）' })
    const cancel = within(row).getByRole('button', { name: '解除授权（李*宝）' })
    expect(cancel.className).toContain('relation-list__cancel')
    expect(change.className).not.toContain('relation-list__cancel')
    expect(change.className).toContain('relation-list__change')
    fireEvent.click(within(panel).getByRole('button', { name: '取消' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '变更关系' })).toBeNull())
  })

  it('孙子女 → 配偶 (or 父母) of a 1-year-old: said at once, before any promise or password; 确认变更 stays off (walk)', async () => {
    await bindBaby('grandchildPaternal')
    const panel = await openChange('李*宝 孙子女 生效中', '李*宝')
    chooseOnly(panel, '配偶')
    expect(within(panel).getByRole('alert').textContent).toContain('法定结婚年龄为男满22周岁、女满20周岁')
    expect(within(panel).queryByRole('region', { name: '个人郑重承诺全文' })).toBeNull()
    expect(within(panel).queryByRole('note', { name: '监护人同意' })).toBeNull()
    const confirm = within(panel).getByRole('button', { name: '确认变更' })
    expect(confirm.getAttribute('aria-disabled')).toBe('true')
    expect(panel.textContent).toContain('不能变更为所选关系，请看上方说明')
    fireEvent.click(confirm)
    expect(screen.queryByRole('dialog', { name: '请输入医保支付密码' })).toBeNull()
    chooseOnly(panel, '父母')
    expect(within(panel).getByRole('alert').textContent).toContain('与本人关系选的是“父母”，但证件上的出生日期不早于您本人')
    chooseOnly(panel, '子女')
    expect(within(panel).queryByRole('alert')).toBeNull()
  })

  it('孙子女 → 子女: changed the same day, same binding and start date, the history shown', async () => {
    const label = '子女'
    const bound = await bindBaby('grandchildPaternal')
    const panel = await openChange('李*宝 孙子女 生效中', '李*宝')
    expect(panel.textContent).toContain('变更与李*宝的关系（现为“孙子女”）')
    // The current relation is not offered.
    expect(within(within(panel).getByRole('radiogroup', { name: '新的关系' })).queryByRole('radio', { name: '孙子女' })).toBeNull()
    choose(panel, label)
    fireEvent.click(within(panel).getByRole('button', { name: '确认变更' }))
    // The 医保支付密码 first (domain.md): the sheet says what it is for; nothing is sent before it.
    const sheet = await screen.findByRole('dialog', { name: '请输入医保支付密码' })
    expect(sheet.textContent).toContain(`变更与李*宝的关系为“${label}”`)
    const after = async () => (await testBackend.listAuthorizations()).asAuthorizer.find((a) => a.user.maskedName === '李*宝')!
    expect((await after()).relation).toBe('grandchildPaternal')
    await typePassword()
    await waitFor(() => expect(toasts).toContain('已变更为子女'))
    const row = await screen.findByRole('listitem', { name: '李*宝 子女 生效中' })
    expect(row.textContent).toContain('与本人关系由“孙子女”变更为“子女”')
    expect(await after()).toMatchObject({ id: bound.ok && bound.value.id, since: '2026-11-22', status: 'active', relation: 'child' })
  })

  it('取消 on the password sheet sends nothing: the choice stays, 确认变更 asks again', async () => {
    await bindBaby('grandchildPaternal')
    const panel = await openChange('李*宝 孙子女 生效中', '李*宝')
    choose(panel, '子女')
    fireEvent.click(within(panel).getByRole('button', { name: '确认变更' }))
    const sheet = await screen.findByRole('dialog', { name: '请输入医保支付密码' })
    fireEvent.click(within(sheet).getByRole('button', { name: '取消' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '请输入医保支付密码' })).toBeNull())
    expect(useChange.getState()).toMatchObject({ relation: 'child', submitting: false, refusals: undefined })
    expect(within(panel).queryByRole('alert')).toBeNull()
    expect((await testBackend.listAuthorizations()).asAuthorizer.find((a) => a.user.maskedName === '李*宝')!.relation).toBe('grandchildPaternal')
    fireEvent.click(within(panel).getByRole('button', { name: '确认变更' }))
    await typePassword()
    await waitFor(() => expect(toasts).toContain('已变更为子女'))
  })

  it('Yichun (seed 001): 确认变更 waits for the proof the new relation requires', async () => {
    await signInAs('周志强')
    const panel = await openChange('李*芳 配偶 生效中', '李*芳')
    choose(panel, '兄弟姐妹')
    expect(panel.textContent).toContain('宜春变更为该关系需上传证明材料')
    expect(within(panel).getByRole('button', { name: '确认变更' }).getAttribute('aria-disabled')).toBe('true')
  })

  it('asks for the 个人郑重承诺 again before 确认变更 (its 一 is the relation’s truth)', async () => {
    await bindBaby('grandchildPaternal')
    const panel = await openChange('李*宝 孙子女 生效中', '李*宝')
    expect(within(panel).queryByRole('region', { name: '个人郑重承诺全文' })).toBeNull()
    chooseOnly(panel, '子女')
    const confirm = within(panel).getByRole('button', { name: '确认变更' })
    expect(confirm.getAttribute('aria-disabled')).toBe('true')
    expect(panel.textContent).toContain('请阅读并勾选个人郑重承诺')
    // Ticking before reading to the end does nothing.
    fireEvent.click(within(panel).getByRole('checkbox', { name: /我已阅读并承诺遵守以上个人郑重承诺/ }))
    expect(useChange.getState().promiseAccepted).toBe(false)
    acceptPromise(panel)
    expect(useChange.getState().promiseAccepted).toBe(true)
    expect(within(panel).getByRole('button', { name: '确认变更' }).getAttribute('aria-disabled')).not.toBe('true')
  })

  it.each([
    ['子女', '您作为监护人，同意为孩子办理授权'],
    ['外孙子女', '请确认孩子的监护人（如父母）已同意为孩子办理授权'],
  ])('a user under 14 (李小宝, 1 year old) changed to %s: the guardian’s consent in its words (PIPL art. 31)', async (label, words) => {
    await bindBaby('grandchildPaternal')
    const panel = await openChange('李*宝 孙子女 生效中', '李*宝')
    expect(within(panel).queryByRole('note', { name: '监护人同意' })).toBeNull()
    chooseOnly(panel, label)
    expect(within(panel).getByRole('note', { name: '监护人同意' }).textContent).toContain(words)
  })

  it('no guardian’s consent for a user of 14 or more (周志强’s 李建芳)', async () => {
    await signInAs('周志强')
    const panel = await openChange('李*芳 配偶 生效中', '李*芳')
    chooseOnly(panel, '兄弟姐妹')
    expect(within(panel).queryByRole('note', { name: '监护人同意' })).toBeNull()
  })

  it('the 使用人 sees no 变更关系 (only the authorizer changes a relation)', async () => {
    const bound = await bindBaby('child')
    expect(bound.ok).toBe(true)
    await signInAs('王秀英')
    renderPage(routes.relations)
    await screen.findByRole('radiogroup', { name: '查看方式' })
    await waitFor(() => expect(document.body.textContent).not.toContain('正在查询'))
    expect(screen.queryByRole('button', { name: /变更关系/ })).toBeNull()
  })
})
