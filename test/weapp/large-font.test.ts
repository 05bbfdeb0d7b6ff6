// 长辈模式 follows the system's large-font setting where the platform reports it: WeChat gives
// fontSizeSetting (px, 17 standard) through getAppBaseInfo. A fresh device whose WeChat reports 24 px starts in 长辈模式.
import { expectNoViolations, renderPage, wechat } from './harness'

describe('WeChat build: large system font', () => {
  it('starts in 长辈模式 when WeChat reports a large font', async () => {
    wechat.setFontSize(24)
    const page = await renderPage('pages/me/index')
    expect(page.querySelector('.page--elder')).toBeTruthy()
    const box = page.querySelector('.checkbox')
    expect(box?.dom.textContent).toContain('长辈模式')
    expect(page.querySelector('.checkbox__tick--on')).toBeTruthy()
    expectNoViolations()
  })
})
