import { act, fireEvent, screen, within } from '@testing-library/react'
import { renderPage, testBackend } from './render'
import { routes } from '@/navigation/routes'
import { formatFen } from '@/domain/money'
import { BALANCES, fetchBalances } from '@/stores/accounts'
import { fetchQuery, peekQuery } from '@/stores/query'
import type { Balances } from '@/stores/types'
import { signInAs } from '@/stores/signIn'

const bindBaby = () =>
  testBackend.registerAuthorization({ documentType: 'residentId', documentNumber: '360602202503081133', name: '李小宝', relation: 'child', promiseVersion: '2026-12', proofIds: [], idempotencyKey: 'account-test-bind-baby' })

const bindWife = () =>
  testBackend.registerAuthorization({ documentType: 'residentId', documentNumber: '360602198809212424', name: '王秀英', relation: 'spouse', promiseVersion: '2026-12', proofIds: [], idempotencyKey: 'account-test-bind-wife' })

describe('账户余额查询', () => {
  it("shows 李建国's 历年余额 and 当年余额 with what each may be used for", async () => {
    renderPage(routes.account)
    const main = await screen.findByRole('group', { name: '我的个人账户' })
    expect(main.textContent).toContain('个人账户历年余额¥3,280.50')
    expect(main.textContent).toContain('当年余额¥1,150.00')
    expect(main.textContent).toContain('仅限本人使用')
  })

  it("lists the family, with the household's one 门诊家庭账户 (270.00 元 for 2026) on 李小宝 and 李德明 alike", async () => {
    await bindBaby()
    const pool = (await testBackend.getBalances()).family.find((f) => f.person.maskedName === '李*宝')!.outpatientFamilyAccount!
    expect(pool.allowanceFen).toBe(27000)
    renderPage(routes.account)
    const family = await screen.findByRole('list', { name: '我的家人' })
    const baby = within(family).getByRole('listitem', { name: '李*宝（子女）' })
    const shown = `门诊家庭账户（全家共用） ${formatFen(pool.remainingFen)}（本年度 ¥270.00）`
    expect(baby.textContent).toContain(shown)
    expect(within(family).getByRole('listitem', { name: '李*明（父母）' }).textContent).toContain(shown)
    expect(baby.textContent).toContain('可使用我的历年余额 ¥3,280.50')
    expect(within(family).getByRole('listitem', { name: '李*明（父母）' })).toBeTruthy()
  })

  it('shows a skeleton while loading, then an error with 重试 if the first load fails', async () => {
    testBackend.control.setFaults({ failNext: 'network' })
    renderPage(routes.account)
    expect(screen.getByLabelText('正在查询余额').getAttribute('aria-busy')).toBe('true')
    const alert = await screen.findByRole('alert')
    fireEvent.click(within(alert).getByRole('button', { name: '重试' }))
    expect(await screen.findByRole('group', { name: '我的个人账户' })).toBeTruthy()
  })

  it('keeps the last figures, marked with their time, when a refresh fails', async () => {
    renderPage(routes.account)
    await screen.findByRole('group', { name: '我的个人账户' })
    testBackend.control.setFaults({ failNext: 'network' })
    await act(() => fetchQuery(BALANCES, fetchBalances, 'force'))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toMatch(/刷新失败：网络连接失败.*以下是 \d\d:\d\d 的数据/)
    expect(screen.getByRole('group', { name: '我的个人账户' }).textContent).toContain('¥3,280.50')
  })

  it('speaks to 王秀英 as a 使用人: whose 历年余额 she may use, her household 门诊家庭账户, never the authorizer copy', async () => {
    await bindWife()
    const wang = (await testBackend.listDemoMembers()).find((d) => d.maskedName === '王*英')
    await testBackend.signIn({ memberRef: wang!.ref, platform: 'h5' })
    renderPage(routes.account)
    const drawable = await screen.findByRole('group', { name: '可使用李*国的历年余额' })
    expect(drawable.textContent).toMatch(/¥[\d,]+\.\d\d/)
    const ofa = screen.getByRole('group', { name: '我家的门诊家庭账户' })
    const pool = (await testBackend.getBalances()).outpatientFamilyAccount!
    expect(ofa.textContent).toContain(formatFen(pool.remainingFen))
    expect(ofa.textContent).toContain('全家居民医保参保人共用，本年度共 ¥270.00')
    // The places come with the balances (the policy's 门诊家庭账户 table), not from the card's own words.
    expect(ofa.textContent).toContain(`可在${pool.places.join('、')}门诊使用`)
    expect(pool.places).toContain('村卫生计生服务室')
    expect(screen.queryByRole('group', { name: '我的个人账户' })).toBeNull()
    expect(screen.queryByText(/您还没有绑定家人/)).toBeNull()
    expect(screen.getByRole('button', { name: '我的使用明细' })).toBeTruthy()
  })

  it('speaks to an unbound resident member about her household account only', async () => {
    const wang = (await testBackend.listDemoMembers()).find((d) => d.maskedName === '王*英')
    await testBackend.signIn({ memberRef: wang!.ref, platform: 'h5' })
    renderPage(routes.account)
    expect(await screen.findByRole('group', { name: '我家的门诊家庭账户' })).toBeTruthy()
    expect(screen.getByText(/没有可以授权给家人的个人账户/)).toBeTruthy()
    expect(screen.queryByText(/您还没有绑定家人/)).toBeNull()
  })

  it('shows a skeleton, never an empty state, until the bindings have arrived', async () => {
    await bindWife()
    const wang = (await testBackend.listDemoMembers()).find((d) => d.maskedName === '王*英')
    await testBackend.signIn({ memberRef: wang!.ref, platform: 'h5' })
    renderPage(routes.account)
    expect(screen.getByLabelText('正在查询余额')).toBeTruthy()
    expect(screen.queryByText(/您还没有/)).toBeNull()
    await screen.findByRole('group', { name: '可使用李*国的历年余额' })
  })
})

describe('switching identity', () => {
  it("drops an answer for the previous member that arrives after the switch (nobody sees another member's figures)", async () => {
    const wang = (await testBackend.listDemoMembers()).find((d) => d.maskedName === '王*英')!
    testBackend.control.setFaults({ latencyMinMs: 300, latencyMaxMs: 300 })
    const late = fetchQuery(BALANCES, fetchBalances, 'force')
    // The call is on its way (300 ms) when the person switches.
    await new Promise((r) => setTimeout(r, 30))
    testBackend.control.setFaults({ latencyMinMs: 0, latencyMaxMs: 0 })
    await act(async () => void (await signInAs(wang.ref)))
    await act(() => late)
    expect(await late).toBeUndefined()
    expect(peekQuery(BALANCES).data).toBeUndefined()
    await act(() => fetchQuery(BALANCES, fetchBalances))
    expect(peekQuery<Balances>(BALANCES).data?.personalAccount).toBeUndefined()
  })
})
