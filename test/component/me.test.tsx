import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { renderPage, navigations, testBackend, toasts } from './render'
import { routes } from '@/navigation/routes'

describe('我的: demo identity and data', () => {
  it('shows the current member masked, and switches to 王秀英 on the sign-in page', async () => {
    const me = renderPage(routes.me)
    expect(await screen.findByText('李*国')).toBeTruthy()
    expect(screen.getByText('证件号码 3606**********1314')).toBeTruthy()
    expect(document.body.textContent).not.toContain('360602198604151314')

    fireEvent.click(screen.getByRole('button', { name: /切换演示身份/ }))
    expect(navigations).toEqual([{ kind: 'navigateTo', url: routes.signIn }])
    me.unmount()
    renderPage(routes.signIn)
    const list = await screen.findByRole('list', { name: '演示家庭成员' })
    const options = within(list).getAllByRole('button').map((b) => b.textContent)
    expect(options).toEqual([
      '李*国（职工医保 · 鹰潭 · 授权人（默认））演示医保支付密码：135790›',
      '王*英（城乡居民医保 · 鹰潭 · 配偶（使用人视角））无职工医保个人账户，办理时不需要医保支付密码›',
      '周*强（职工医保 · 宜春 · 另一家庭的授权人）演示医保支付密码：246801›',
    ])
    for (const name of ['李建国', '王秀英', '周志强', '李建芳']) expect(list.textContent).not.toContain(name)
    fireEvent.click(within(list).getByRole('button', { name: /王\*英/ }))
    await waitFor(() => expect(navigations.at(-1)).toEqual({ kind: 'reLaunch', url: routes.home }))
    expect(await testBackend.currentMember()).toMatchObject({ maskedName: '王*英' })
  })

  it('resets the demo data after confirmation only', async () => {
    await testBackend.registerAuthorization({ documentType: 'residentId', documentNumber: '360602202503081133', name: '李小宝', relation: 'child', promiseVersion: '2026-12', proofIds: [], idempotencyKey: 'reset-test-key-1' })
    renderPage(routes.me)
    await screen.findByText('李*国')
    const hasBaby = async () => (await testBackend.listAuthorizations()).asAuthorizer.some((a) => a.user.maskedName === '李*宝')

    fireEvent.click(screen.getByRole('button', { name: /重置演示数据/ }))
    fireEvent.click(within(screen.getByRole('alertdialog', { name: '重置演示数据' })).getByRole('button', { name: '取消' }))
    await new Promise((r) => setTimeout(r, 0))
    expect(await hasBaby()).toBe(true)

    fireEvent.click(screen.getByRole('button', { name: /重置演示数据/ }))
    fireEvent.click(within(screen.getByRole('alertdialog', { name: '重置演示数据' })).getByRole('button', { name: '重置' }))
    await waitFor(() => expect(toasts).toContain('已重置演示数据，请重新登录'))
    // The demo started over without sessions: the person signs in again.
    expect(navigations.at(-1)).toEqual({ kind: 'reLaunch', url: routes.signIn })
    await testBackend.signIn({ memberRef: 'p-ljg', platform: 'h5' })
    expect(await hasBaby()).toBe(false)
  })

  it('shows an error with 重试 when the server cannot be reached, and recovers', async () => {
    testBackend.control.setFaults({ failNext: 'network' })
    renderPage(routes.me)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('网络连接失败')
    fireEvent.click(within(alert).getByText('重试'))
    expect(await screen.findByText('李*国')).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('opens the hidden developer panel after five taps on the version line (H5)', async () => {
    renderPage(routes.me)
    await screen.findByText('李*国')
    const version = screen.getByText(/演示版/)
    for (let i = 0; i < 4; i++) fireEvent.click(version)
    expect(navigations).toEqual([])
    fireEvent.click(version)
    expect(navigations).toEqual([{ kind: 'navigateTo', url: routes.devPanel }])
  })
})

describe('developer panel', () => {
  it('moves the mock server to the next day and sets faults', async () => {
    renderPage(routes.devPanel)
    expect(await screen.findByText('模拟服务当前日期：2026-11-22')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '日期前进一天' }))
    expect(screen.getByText('模拟服务当前日期：2026-11-23')).toBeTruthy()
    fireEvent.click(within(screen.getByRole('radiogroup', { name: '请求失败率' })).getByRole('radio', { name: '20%' }))
    expect(testBackend.control.faults().failureRate).toBe(0.2)
    fireEvent.click(screen.getByRole('button', { name: '下一次请求超时（已办理但未返回）' }))
    expect(testBackend.control.faults().failNext).toBe('timeout')
  })

  it.each([
    ['日期设为2026年10月14日（2027年度征缴期开始前一天）', '2026-10-14'],
    ['日期设为2026年10月15日（2027年度征缴期第一天）', '2026-10-15'],
    ['日期设为2027年2月28日（2027年度征缴期最后一天）', '2027-02-28'],
    ['日期设为2027年3月1日（2027年度征缴期后第一天（设等待期））', '2027-03-01'],
  ])('moves the clock across the collection window: %s', async (button, day) => {
    renderPage(routes.devPanel)
    fireEvent.click(await screen.findByRole('button', { name: button }))
    expect(testBackend.control.clock.today()).toBe(day)
    expect(screen.getByText(`模拟服务当前日期：${day}`)).toBeTruthy()
  })
})

describe('developer panel: 模拟就医/购药', () => {
  const settle = async (person: string, place: string, kind: string, amount: string) => {
    const panel = await screen.findByRole('group', { name: '模拟就医/购药' })
    fireEvent.click(await within(panel).findByRole('radio', { name: person }))
    fireEvent.click(within(within(panel).getByRole('radiogroup', { name: '就医地点' })).getByRole('radio', { name: place }))
    fireEvent.click(within(within(panel).getByRole('radiogroup', { name: '费用类别' })).getByRole('radio', { name: kind }))
    fireEvent.input(within(panel).getByLabelText('金额（元）'), { target: { value: amount } })
    fireEvent.click(within(panel).getByRole('button', { name: '结算' }))
  }

  it("settles 李德明's community visit from the household 门诊家庭账户 first, and refuses Yingtan inpatient costs with the reason", async () => {
    renderPage(routes.devPanel)
    const before = await testBackend.getBalances()
    await settle('李*明（父母）', '社区卫生服务中心', '普通门诊', '30')
    expect(await screen.findByText('已结算 ¥30.00：个人账户 ¥0.00，门诊家庭账户 ¥30.00，授权人历年余额 ¥0.00')).toBeTruthy()
    const after = await testBackend.getBalances()
    const pool = (b: typeof before) => b.family.find((f) => f.person.maskedName === '李*明')!.outpatientFamilyAccount!.remainingFen
    expect(pool(after)).toBe(pool(before) - 3000)

    await settle('李*明（父母）', '市级及以上医院', '住院', '800')
    expect(await screen.findByText(/^未结算：鹰潭住院费用不能使用共济资金/)).toBeTruthy()
    expect((await testBackend.getBalances()).personalAccount).toEqual(after.personalAccount)
  })

  it("lists 王秀英's household for her (one 门诊家庭账户), and makes no request of its own: a fault set for the next request stays set", async () => {
    await testBackend.signIn({ memberRef: (await testBackend.listDemoMembers()).find((d) => d.maskedName === '王*英')!.ref, platform: 'h5' })
    testBackend.control.setFaults({ failNext: 'network' })
    renderPage(routes.devPanel)
    const people = within(await screen.findByRole('group', { name: '模拟就医/购药' })).getByRole('radiogroup', { name: '就医人' })
    expect(within(people).getAllByRole('radio').map((r) => r.textContent)).toEqual(['本人', '李*宝（同户居民）', '李*明（同户居民）'])
    await new Promise((r) => setTimeout(r, 10))
    expect(testBackend.control.faults().failNext).toBe('network')
  })
})
