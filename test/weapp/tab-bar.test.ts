// WeChat draws the app's own tab bar (app.json tabBar.custom): the three tabs, and in 长辈模式 larger labels.
import { expectNoViolations, launch, readAppJson, renderComponent, tap, textOnceShown } from './harness'
import { signIn } from './journey-steps'

// Signing in first takes a few seconds on a loaded machine.
jest.setTimeout(30_000)
afterEach(expectNoViolations)

describe('WeChat build: custom tab bar', () => {
  it('is declared custom, keeps the three tabs, and grows when 长辈模式 is switched on in 我的', async () => {
    expect((readAppJson().tabBar as { custom?: boolean } | undefined)?.custom).toBe(true)
    const bar = await renderComponent('custom-tab-bar/index')
    expect(await textOnceShown(bar, '我的')).toBe('首页家庭共济我的')
    expect(bar.querySelector('.tab-bar--elder')).toBeUndefined()

    await signIn('李*国')
    const me = await launch('pages/me/index')
    await textOnceShown(me, '长辈模式')
    await tap('长辈模式')
    for (let i = 0; i < 100 && !bar.querySelector('.tab-bar--elder'); i++) await new Promise((r) => setTimeout(r, 50))
    expect(bar.querySelector('.tab-bar--elder')).toBeTruthy()
  })
})
