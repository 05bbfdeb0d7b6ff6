import { fireEvent, screen, within } from '@testing-library/react'
import { renderPage, navigations, testBackend, toasts } from './render'
import { routes } from '@/navigation/routes'

describe('我的: demo identity and data', () => {
  it('shows the current member masked, and switches to 王秀英', async () => {
    renderPage(routes.me)
    expect(await screen.findByText('李*国')).toBeTruthy()
    expect(screen.getByText('证件号码 3606**********1314')).toBeTruthy()
    expect(document.body.textContent).not.toContain('360602198604151314')

    fireEvent.click(screen.getByRole('button', { name: /切换演示身份/ }))
    const sheet = screen.getByRole('dialog', { name: '切换演示身份' })
    const options = within(sheet).getAllByRole('button').map((b) => b.textContent)
    expect(options).toEqual(['李*国（职工医保 · 鹰潭 · 授权人（默认））', '王*英（城乡居民医保 · 鹰潭 · 配偶（使用人视角））', '周*强（职工医保 · 宜春 · 另一家庭的授权人）', '取消'])
    for (const name of ['李建国', '王秀英', '周志强', '李建芳']) expect(sheet.textContent).not.toContain(name)
    fireEvent.click(within(sheet).getByRole('button', { name: /王\*英/ }))
    expect(await screen.findByText('王*英')).toBeTruthy()
    expect(toasts).toContain('已切换身份')
    expect(await testBackend.currentMember()).toMatchObject({ maskedName: '王*英' })
  })

  it('resets the demo data after confirmation only', async () => {
    await testBackend.registerAuthorization({ documentType: 'residentId', documentNumber: '360602202503081133', name: '李小宝', relation: 'child', promiseVersion: '2025-01', proofIds: [], idempotencyKey: 'reset-test-key-1' })
    renderPage(routes.me)
    await screen.findByText('李*国')
    const hasBaby = async () => (await testBackend.listAuthorizations()).asAuthorizer.some((a) => a.user.maskedName === '李*宝')

    fireEvent.click(screen.getByRole('button', { name: /重置演示数据/ }))
    fireEvent.click(within(screen.getByRole('alertdialog', { name: '重置演示数据' })).getByRole('button', { name: '取消' }))
    await new Promise((r) => setTimeout(r, 0))
    expect(await hasBaby()).toBe(true)

    fireEvent.click(screen.getByRole('button', { name: /重置演示数据/ }))
    fireEvent.click(within(screen.getByRole('alertdialog', { name: '重置演示数据' })).getByRole('button', { name: '重置' }))
    await screen.findByText('李*国')
    await new Promise((r) => setTimeout(r, 0))
    expect(toasts).toContain('已重置演示数据')
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
