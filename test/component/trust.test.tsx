import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { deviceStorage, navigations, renderPage, serverStorage, testBackend, toasts } from './render'
import { routes } from '@/navigation/routes'
import { useSession } from '@/stores/session'
import { useAuthorize } from '@/stores/authorize'

type AuthorizeStore = ReturnType<typeof useAuthorize.getState>
import { useSettings } from '@/stores/settings'
import { verifyWith } from './verify'

describe('隐私保护指引 and consent (PIPL arts. 28–31)', () => {
  it('asks before the first personal-data input, and remembers the answer on the device', async () => {
    act(() => useSettings.setState({ privacyConsented: false }))
    renderPage(routes.authorize)
    const gate = await screen.findByRole('region', { name: '个人信息处理同意' })
    expect(gate.textContent).toContain('敏感个人信息')
    expect(screen.queryByLabelText('证件号码')).toBeNull()
    fireEvent.click(within(gate).getByRole('link'))
    expect(navigations).toEqual([{ kind: 'navigateTo', url: routes.privacy }])
    fireEvent.click(within(gate).getByRole('button', { name: '同意并继续' }))
    expect(await screen.findByLabelText('证件号码')).toBeTruthy()
    expect(JSON.parse(deviceStorage.getItem('jx-settings') ?? '{}')).toMatchObject({ privacyConsentVersion: '2026-11-2' })
  })

  it('不同意 says what it means (nothing personal can be entered) and how to agree later; 返回 goes back', async () => {
    act(() => useSettings.setState({ privacyConsented: false }))
    renderPage(routes.authorize)
    fireEvent.click(await screen.findByRole('button', { name: '不同意' }))
    const said = await screen.findByRole('alert', { name: '您没有同意隐私保护指引' })
    expect(said.textContent).toContain('本页不能填写个人信息')
    expect(said.textContent).toContain('不会收集您和家人的证件号码、姓名')
    expect(said.textContent).toContain('以后想办理时，再次打开本页，点“重新阅读并同意”即可')
    expect(navigations).toEqual([])
    expect(screen.queryByLabelText('证件号码')).toBeNull()
    expect(useSettings.getState().privacyConsented).toBe(false)
    // Agreeing later: the guide again, then the form.
    fireEvent.click(within(said).getByRole('button', { name: '重新阅读并同意' }))
    fireEvent.click(within(await screen.findByRole('region', { name: '个人信息处理同意' })).getByRole('button', { name: '同意并继续' }))
    expect(await screen.findByLabelText('证件号码')).toBeTruthy()
  })

  it('返回 after 不同意 goes back to where the person came from', async () => {
    act(() => useSettings.setState({ privacyConsented: false }))
    renderPage(routes.authorize)
    fireEvent.click(await screen.findByRole('button', { name: '不同意' }))
    fireEvent.click(await screen.findByRole('button', { name: '返回' }))
    expect(navigations).toEqual([{ kind: 'navigateBack', url: undefined }])
  })

  it('shows the guide: what, why, what this build keeps on the phone, how long, who sees it; and consent can be withdrawn', () => {
    renderPage(routes.privacy)
    for (const heading of ['我们收集哪些信息', '为什么是敏感个人信息', '本机保存了什么（演示版）', '保存多久、谁能看到、怎样删除']) expect(screen.getByRole('region', { name: heading })).toBeTruthy()
    // Honest about the on-device server: it keeps the ID numbers typed into it, and they can be removed.
    const kept = screen.getByRole('region', { name: '本机保存了什么（演示版）' }).textContent ?? ''
    expect(kept).toContain('您办理时输入的家人证件号码、姓名和亲属关系，都由这个模拟服务保存在本机存储中')
    expect(document.body.textContent).not.toContain('本机不保存完整证件号码')
    expect(screen.getByRole('region', { name: '保存多久、谁能看到、怎样删除' }).textContent).toContain('同时删除模拟服务保存的全部数据')
    expect(screen.getByText(/为未满十四周岁的子女办理时，您作为监护人同意/)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '撤回同意' }))
    expect(useSettings.getState().privacyConsented).toBe(false)
  })
})

describe('长辈模式', () => {
  it('switches from 我的 and enlarges every page', async () => {
    renderPage(routes.me)
    await screen.findByText('李*国')
    const page = document.querySelector('.page')
    expect(page?.classList.contains('page--elder')).toBe(false)
    fireEvent.click(screen.getByRole('switch', { name: '长辈模式' }))
    expect(page?.classList.contains('page--elder')).toBe(true)
    expect(JSON.parse(deviceStorage.getItem('jx-settings') ?? '{}')).toMatchObject({ elderMode: true })
  })

  it.each([
    ['the binding form', routes.authorize, '往下滑动读完承诺，再打勾'],
    ['代缴居民医保费', routes.premium, '孩子显示“免缴”的，点“去确认”办理新生儿免缴确认'],
    ['惠民保参保缴费', routes.huiminbao, '先看下面的保障内容'],
  ])('uses simpler wording on %s', async (_name, route, step) => {
    act(() => useSettings.setState({ elderMode: true }))
    renderPage(route)
    const steps = await screen.findByRole('note', { name: '办理步骤' })
    expect(steps.textContent).toContain(step)
  })

  it.each([
    [routes.premium, '点“确认缴费”，费用从您的个人账户扣除'],
    [routes.huiminbao, '点“确认缴费”，费用从您的个人账户扣除'],
  ])('on %s says to type the 6-digit 医保支付密码 right after the tap', async (route, tap) => {
    act(() => useSettings.setState({ elderMode: true }))
    renderPage(route)
    const steps = Array.from((await screen.findByRole('note', { name: '办理步骤' })).querySelectorAll('.text-muted')).map((s) => s.textContent)
    expect(steps.length).toBeGreaterThan(0)
    const at = steps.findIndex((s) => s?.includes(tap))
    expect(at).toBeGreaterThanOrEqual(0)
    expect(steps[at + 1]).toBe(`${at + 2}. 输入6位医保支付密码`)
  })

  it('uses simpler wording on 确认提交, and none of it in the standard mode', async () => {
    act(() => {
      useAuthorize.getState().restoreDraft('p-ljg')
      useAuthorize.getState().setName('李小宝')
      useAuthorize.getState().setDocumentNumber('360602202503081133')
      useAuthorize.getState().setRelation('child')
      useAuthorize.getState().markPromiseRead()
      useAuthorize.getState().setPromiseAccepted(true)
    })
    await act(() => useSession.getState().load())
    renderPage(routes.authorizeConfirm)
    await screen.findByRole('button', { name: '确认提交' })
    expect(screen.queryByRole('note', { name: '办理步骤' })).toBeNull()
    act(() => useSettings.setState({ elderMode: true }))
    expect(screen.getByRole('note', { name: '办理步骤' }).textContent).toContain('都对就点“确认提交”')
    // The tap asks for the 医保支付密码 next: the steps say so.
    const steps = Array.from(screen.getByRole('note', { name: '办理步骤' }).querySelectorAll('.text-muted')).map((s) => s.textContent)
    const at = steps.findIndex((s) => s?.includes('都对就点“确认提交”'))
    expect(at).toBeGreaterThanOrEqual(0)
    expect(steps[at + 1]).toBe(`${at + 2}. 输入6位医保支付密码`)
  })
})

describe('proof images after submission', () => {
  it('drops them from memory and from the device once the registration is submitted', async () => {
    const revoke = jest.fn()
    Object.defineProperty(URL, 'revokeObjectURL', { value: revoke, configurable: true })
    const form = () => useAuthorize.getState()
    act(() => {
      form().restoreDraft('p-ljg')
      form().setName('李小宝')
      form().setDocumentNumber('360602202503081133')
      form().setRelation('child')
      form().markPromiseRead()
      form().setPromiseAccepted(true)
    })
    await act(() => form().addFiles([{ fileName: 'birth.jpg', mimeType: 'image/jpeg', sizeBytes: 2048, previewUrl: 'blob:http://127.0.0.1/birth' }], 'yingtan'))
    expect(form().proofs.map((p) => p.status)).toEqual(['done'])
    expect(deviceStorage.getItem('jx-draft:authorize')).toContain('birth.jpg')
    let result: Awaited<ReturnType<AuthorizeStore['submit']>>
    await act(async () => {
      result = await form().submit(verifyWith())
    })
    expect(result!).toMatchObject({ kind: 'ok' })
    expect(form().proofs).toEqual([])
    expect(deviceStorage.getItem('jx-draft:authorize')).toBeNull()
    expect(revoke).toHaveBeenCalledWith('blob:http://127.0.0.1/birth')
  })
})

describe('我的 → 清除本机数据', () => {
  it('removes drafts and caches after confirmation', async () => {
    act(() => {
      useAuthorize.getState().restoreDraft('p-ljg')
      useAuthorize.getState().setName('李小宝')
      useAuthorize.getState().setDocumentNumber('360602202503081133')
    })
    expect(deviceStorage.getItem('jx-draft:authorize')).toContain('李小宝')
    renderPage(routes.me)
    await screen.findByText('李*国')
    fireEvent.click(screen.getByRole('button', { name: /清除本机数据/ }))
    fireEvent.click(within(screen.getByRole('dialog', { name: '清除本机数据' })).getByRole('button', { name: /只清除草稿和缓存/ }))
    fireEvent.click(within(screen.getByRole('alertdialog', { name: '清除本机数据' })).getByRole('button', { name: '清除' }))
    await waitFor(() => expect(deviceStorage.getItem('jx-draft:authorize')).toBeNull())
    expect(useAuthorize.getState().name).toBe('')
    expect(toasts).toContain('已清除本机数据')
    // Business done on the server is untouched.
    expect((await testBackend.getBalances()).personalAccount?.carriedOverFen).toBe(328050)
  })

  it("offers to remove the demo server's data too: nothing of it stays on the phone, and the demo starts over", async () => {
    await testBackend.registerAuthorization({ documentType: 'residentId', documentNumber: '360602202503081133', name: '李小宝', relation: 'child', promiseVersion: '2026-12', proofIds: [], idempotencyKey: 'wipe-test-key-1' })
    expect(Object.values(serverStorage.dump()).join('')).toContain('360602202503081133')
    renderPage(routes.me)
    await screen.findByText('李*国')
    fireEvent.click(screen.getByRole('button', { name: /清除本机数据/ }))
    fireEvent.click(within(screen.getByRole('dialog', { name: '清除本机数据' })).getByRole('button', { name: /同时清除模拟服务的数据/ }))
    const confirm = screen.getByRole('alertdialog', { name: '清除本机数据' })
    expect(confirm.textContent).toContain('包括您输入过的证件号码和姓名')
    fireEvent.click(within(confirm).getByRole('button', { name: '清除' }))
    await waitFor(() => expect(toasts).toContain('已清除本机数据'))
    expect(serverStorage.dump()).toEqual({})
    // The demo started over without sessions: the person signs in again.
    expect(navigations.at(-1)).toEqual({ kind: 'reLaunch', url: routes.signIn })
    await testBackend.signIn({ memberRef: 'p-ljg', platform: 'h5' })
    expect((await testBackend.listAuthorizations()).asAuthorizer.some((a) => a.user.maskedName === '李*宝')).toBe(false)
  })
})
