// 长辈模式 follows the system's large-font setting where the platform reports it: WeChat gives
// fontSizeSetting (px, 17 standard) through getAppBaseInfo. A fresh device whose WeChat reports 24 px starts
// in 长辈模式, and the binding flow works in it from start to end.
import { expectNoViolations, launch, pageText, see, tap, textOnceShown, wechat } from './harness'
import { fillAndSubmit, signIn } from './journey-steps'

jest.setTimeout(60_000)
afterEach(expectNoViolations)

describe('WeChat journey: 长辈模式 under WeChat large font', () => {
  it('starts in 长辈模式 when WeChat reports a large font', async () => {
    wechat.setFontSize(24)
    await signIn('李*国')
    const page = await launch('pages/me/index')
    // Wait for the first render (reading it after launch's 30 ms flaked on a loaded machine).
    await textOnceShown(page, '长辈模式')
    expect(page.querySelector('.page--elder')).toBeTruthy()
    const toggle = page.querySelector('.switch')
    expect(toggle?.dom.textContent).toContain('长辈模式')
    expect(page.querySelector('.switch__track--on')).toBeTruthy()
  })

  it('binds 李小宝 with the plain-steps guide on every page of the flow', async () => {
    await launch('pages/family/index')
    await tap('家庭账户共济授权登记')
    await see('怎么办理')
    expect(wechat.top().querySelector('.page--elder')).toBeTruthy()
    expect(await fillAndSubmit({ id: '360602202503081133', name: '李小宝', relation: '子女' }, async () => {
      expect(wechat.top().querySelector('.page--elder')).toBeTruthy()
    })).toBe('授权成功')
    expect(wechat.top().querySelector('.page--elder')).toBeTruthy()
    expect(pageText()).toContain('李*宝')
  })
})
