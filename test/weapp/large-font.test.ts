// 长辈模式 follows the system's large-font setting where the platform reports it: WeChat gives
// fontSizeSetting (px, 17 standard). A fresh device whose WeChat reports 24 px starts in 长辈模式.
import { renderPage } from './harness'

describe('WeChat build: large system font', () => {
  it('starts in 长辈模式 when WeChat reports a large font', async () => {
    const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx
    const original = wx.getSystemInfoSync as () => Record<string, unknown>
    wx.getSystemInfoSync = () => ({ ...original(), fontSizeSetting: 24 })
    const page = await renderPage('pages/me/index')
    expect(page.querySelector('.page--elder')).toBeTruthy()
    const box = page.querySelector('.checkbox')
    expect(box?.dom.textContent).toContain('长辈模式')
    expect(page.querySelector('.checkbox__tick--on')).toBeTruthy()
  })
})
