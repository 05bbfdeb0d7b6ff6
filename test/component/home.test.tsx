import { fireEvent, screen, within } from '@testing-library/react'
import { renderPage, navigations, testBackend } from './render'
import { routes } from '@/navigation/routes'
import { serviceCatalog } from '@/components/ServiceMenu/catalog'

const refOf = async (masked: string) => (await testBackend.listDemoMembers()).find((d) => d.maskedName === masked)!.ref

describe('首页 per role, answering the first question without a tap', () => {
  it('authorizer: who is logged in, his 历年余额, the bound family and his shortcuts', async () => {
    renderPage(routes.home)
    expect(screen.getByLabelText('正在读取您的账户')).toBeTruthy()
    expect((await screen.findByRole('group', { name: '当前登录' })).textContent).toContain('李*国')
    expect(screen.getByRole('group', { name: '我的个人账户' }).textContent).toContain('¥3,280.50')
    expect(within(screen.getByRole('list', { name: '我的家人' })).getByRole('listitem', { name: '李*明（父母）' })).toBeTruthy()
    const shortcuts = within(screen.getByRole('list', { name: '常用功能' })).getAllByRole('button').map((b) => b.textContent)
    expect(shortcuts).toEqual(expect.arrayContaining(['为家人授权', '为家人代缴医保费', '家人使用明细']))
  })

  it('使用人: whose account she may draw on and how much; no 授权登记', async () => {
    await testBackend.registerAuthorization({ documentType: 'residentId', documentNumber: '360602198809212424', name: '王秀英', relation: 'spouse', promiseVersion: '2026-12', proofIds: [], idempotencyKey: 'home-test-bind-wife' })
    await testBackend.signIn({ memberRef: await refOf('王*英'), platform: 'h5' })
    renderPage(routes.home)
    const card = await screen.findByRole('group', { name: '可使用李*国的历年余额' })
    expect(card.textContent).toMatch(/可使用 李\*国 的历年余额.*¥3,280\.50/)
    const shortcuts = within(screen.getByRole('list', { name: '常用功能' })).getAllByRole('button').map((b) => b.textContent)
    expect(shortcuts).toEqual(expect.arrayContaining(['我的使用明细', '查看或解除授权']))
    expect(shortcuts).not.toContain('为家人授权')
    expect(screen.queryByRole('group', { name: '我的个人账户' })).toBeNull()
  })

  it('resident household member: the household 门诊家庭账户', async () => {
    await testBackend.signIn({ memberRef: await refOf('王*英'), platform: 'h5' })
    renderPage(routes.home)
    expect((await screen.findByRole('group', { name: '我家的门诊家庭账户' })).textContent).toContain('¥')
    expect(screen.getByRole('group', { name: '当前登录' }).textContent).toContain('居民医保参保人')
  })

  it('keeps the official path 微服务 → 医保查询办理 as a page', async () => {
    renderPage(routes.home)
    fireEvent.click(await screen.findByRole('button', { name: /^微服务/ }))
    expect(navigations).toEqual([{ kind: 'navigateTo', url: routes.services }])
    expect(screen.queryByRole('dialog')).toBeNull()
  })
})

describe('医保查询办理 service menu', () => {
  it('shows only entries whose feature is built, and opens them', () => {
    renderPage(routes.services)
    const menu = screen.getByRole('list', { name: '医保查询办理' })
    const shown = within(menu).getAllByRole('button').map((b) => b.querySelector('.cell__title')?.textContent)
    const built = serviceCatalog.filter((e) => e.route).map((e) => e.title)
    expect(shown).toEqual(built)
    for (const entry of serviceCatalog.filter((e) => !e.route)) {
      expect(within(menu).queryByRole('button', { name: new RegExp(`^${entry.title}`) })).toBeNull()
    }
    fireEvent.click(within(menu).getByRole('button', { name: /^共济政策查询/ }))
    expect(navigations).toEqual([{ kind: 'navigateTo', url: routes.policyOverview }])
  })
})

describe('首页: what is due for the open 年度', () => {
  const bind = (documentNumber: string, name: string, relation: 'spouse' | 'child' | 'grandchildPaternal') =>
    testBackend.registerAuthorization({ documentType: 'residentId', documentNumber, name, relation, promiseVersion: '2026-12', proofIds: [], idempotencyKey: `home-due-${documentNumber}` })

  it('shows nothing when nothing is due (李德明 has paid 2027)', async () => {
    renderPage(routes.home)
    await screen.findByRole('group', { name: '当前登录' })
    await new Promise((r) => setTimeout(r, 50))
    expect(screen.queryByRole('region', { name: /年度待办/ })).toBeNull()
    expect(screen.queryByRole('button', { name: '新生儿免缴确认' })).toBeNull()
  })

  it('offers no 新生儿免缴确认 to a grandparent, who may not do it (李小宝 bound as 孙子女: walk)', async () => {
    await bind('360602202503081133', '李小宝', 'grandchildPaternal')
    renderPage(routes.home)
    await screen.findByRole('group', { name: '当前登录' })
    // The figures are in (his bound family listed, 李*宝 among them): the shortcuts are drawn.
    await screen.findByText(/已绑定的家人（2 人）/)
    expect(screen.getByRole('button', { name: '为家人授权' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: '新生儿免缴确认' })).toBeNull()
  })

  it("lists 王秀英's unpaid premium and 李小宝's pending 免缴确认 with days left, each one tap away", async () => {
    await bind('360602198809212424', '王秀英', 'spouse')
    await bind('360602202503081133', '李小宝', 'child')
    renderPage(routes.home)
    const due = await screen.findByRole('region', { name: '2027年度待办' })
    expect(due.textContent).toContain('王*英的2027年度居民医保费还没交（¥400.00）')
    expect(due.textContent).toContain('李*宝的2027年度新生儿免缴确认还没办')
    expect(due.textContent).toMatch(/集中征缴期还剩 \d+ 天（2027年2月28日截止）/)
    expect(screen.getByRole('button', { name: '新生儿免缴确认' })).toBeTruthy()
    fireEvent.click(within(due).getByRole('button', { name: /^去代缴/ }))
    fireEvent.click(within(due).getByRole('button', { name: /^去确认/ }))
    expect(navigations).toEqual([
      { kind: 'navigateTo', url: `${routes.premium}?person=${await refOf('王*英')}` },
      { kind: 'navigateTo', url: `${routes.newbornExemption}?person=p-lxb` },
    ])
  })
})
