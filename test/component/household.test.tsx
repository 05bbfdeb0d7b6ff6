import { fireEvent, screen, within } from '@testing-library/react'
import { followNavigation, navigations, renderPage, testBackend } from './render'
import { routes } from '@/navigation/routes'

// Issue 21 item 1: the household's 门诊家庭账户 as a page of its own, reached from 首页, 账户余额查询 and each resident's row.


const loginAs = async (masked: string) => testBackend.signIn({ memberRef: (await testBackend.listDemoMembers()).find((d) => d.maskedName === masked)!.ref, platform: 'h5' })
const bind = (documentNumber: string, name: string, relation: 'child' | 'spouse') =>
  testBackend.registerAuthorization({ documentType: 'residentId', documentNumber, name, relation, promiseVersion: '2026-12', proofIds: [], idempotencyKey: `household-${documentNumber}` })

describe('门诊家庭账户', () => {
  it("王秀英 sees the balance, the three 90 元 credits with masked names and their day, the uses with totals, and the place table", async () => {
    await loginAs('王*英')
    const v = (await testBackend.getHouseholdAccount())!
    renderPage(routes.household)
    const balance = await screen.findByRole('group', { name: '门诊家庭账户余额' })
    expect(balance.textContent).toContain('2026年度 门诊家庭账户余额（全家共用）')
    expect(balance.textContent).toContain(`已用 ¥${(v.yearFen / 100).toFixed(2)}`)
    const credits = within(screen.getByRole('list', { name: '本年度划入' })).getAllByRole('listitem')
    expect(credits.map((c) => c.textContent).sort()).toEqual(['李*宝2026年1月1日划入¥90.00', '李*明2026年1月1日划入¥90.00', '王*英2026年1月1日划入¥90.00'])
    const uses = within(screen.getByRole('list', { name: '全家的使用' })).getAllByRole('listitem')
    expect(uses.length).toBe(v.uses.length)
    expect(uses.length).toBeGreaterThan(0)
    expect(uses[0].textContent).toContain(v.uses[0].placeName)
    expect(screen.getByText(/使用记录（新的在前）· 本月 ¥\d+\.\d\d · 本年度 ¥/)).toBeTruthy()
    const places = within(screen.getByRole('list', { name: '可用地点' })).getAllByRole('listitem')
    expect(places.map((p) => p.textContent)).toEqual([
      '乡卫生院优先使用可以用',
      '社区卫生服务中心优先使用可以用',
      '村卫生计生服务室优先使用可以用',
      '县级中医院（中医药治疗）限中医药治疗项目可以用',
      '市级及以上医院不支持门诊统筹支付不能用',
      '定点零售药店限本市基层定点医疗机构门诊使用不能用',
      '省外（跨省异地就医）限本市范围内使用不能用',
    ])
    expect(screen.getByText('依据：鹰潭市2025年医保政策解读')).toBeTruthy()
  })

  it("a parent sees the child's own uses first: 李建国 once 李小宝 is bound", async () => {
    await bind('360602202503081133', '李小宝', 'child')
    const v = (await testBackend.getHouseholdAccount())!
    const babyUses = v.uses.filter((u) => u.person?.maskedName === '李*宝')
    expect(babyUses.length).toBeGreaterThan(0)
    renderPage(routes.household)
    const first = await screen.findByRole('list', { name: '李*宝的使用' })
    const rows = within(first).getAllByRole('listitem')
    expect(rows.length).toBe(babyUses.length)
    expect(rows.every((r) => r.textContent!.startsWith('李*宝'))).toBe(true)
    const lists = screen.getAllByRole('list').map((l) => l.getAttribute('aria-label'))
    expect(lists.indexOf('李*宝的使用')).toBeLessThan(lists.indexOf('其他家人的使用'))
    // 王秀英 is not bound to him: her visits show as 「家庭其他成员」 with amount and day, not whose or where.
    const others = within(screen.getByRole('list', { name: '其他家人的使用' })).getAllByRole('listitem').map((r) => r.textContent!)
    expect(others.length).toBeGreaterThan(0)
    expect(others.some((t) => t.startsWith('家庭其他成员'))).toBe(true)
    expect(others.some((t) => t.includes('王*英'))).toBe(false)
    // Her credit likewise: 「家庭其他成员」, not her name (a credit tells that her premium was paid).
    const credits = within(screen.getByRole('list', { name: '本年度划入' })).getAllByRole('listitem').map((r) => r.textContent)
    expect(credits.sort()).toEqual(['家庭其他成员2026年1月1日划入¥90.00', '李*宝2026年1月1日划入¥90.00', '李*明2026年1月1日划入¥90.00'])
  })

  it('says only that there is nothing to see to a member who may see none (周志强 once unbound is like anyone)', async () => {
    const dad = (await testBackend.listAuthorizations()).asAuthorizer.find((a) => a.user.maskedName === '李*明' && a.status === 'active')!
    await testBackend.cancelAuthorization({ authorizationId: dad.id, idempotencyKey: 'household-cancel-dad' })
    renderPage(routes.household)
    expect((await screen.findByRole('status')).textContent).toContain('没有可以查看的门诊家庭账户')
  })

  it("is reached from 王秀英's 首页 card", async () => {
    await loginAs('王*英')
    renderPage(routes.home)
    const card = await screen.findByRole('group', { name: '我家的门诊家庭账户' })
    fireEvent.click(within(card).getByRole('button', { name: /谁用了、在哪里用、还剩多少/ }))
    expect(navigations.at(-1)).toEqual({ kind: 'navigateTo', url: routes.household })
  })

  it("is reached from each resident's row on 李建国's 账户余额查询", async () => {
    renderPage(routes.account)
    const row = await screen.findByRole('listitem', { name: '李*明（父母）' })
    fireEvent.click(within(row).getByRole('button', { name: '李*明家的门诊家庭账户明细' }))
    expect(navigations.at(-1)).toEqual({ kind: 'navigateTo', url: routes.household })
    followNavigation()
    expect(await screen.findByRole('group', { name: '门诊家庭账户余额' })).toBeTruthy()
  })
})
