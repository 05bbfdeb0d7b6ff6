// 长辈模式 follows the system's large-font setting where the platform reports it: WeChat gives
// fontSizeSetting (px, 17 standard). A fresh device whose WeChat reports 24 px starts in 长辈模式.
import { renderPage, textOnceShown } from './harness'

describe('WeChat build: large system font', () => {
  it('starts in 长辈模式 when WeChat reports a large font', async () => {
    const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx
    const original = wx.getSystemInfoSync as () => Record<string, unknown>
    wx.getSystemInfoSync = () => ({ ...original(), fontSizeSetting: 24 })
    const page = await renderPage('pages/me/index')
    await textOnceShown(page, '长辈模式')
    expect(page.querySelector('.page--elder')).toBeTruthy()
    const toggle = page.querySelector('.switch')
    expect(toggle?.dom.textContent).toContain('长辈模式')
    expect(page.querySelector('.switch__track--on')).toBeTruthy()
  })
})
