// The harness's own tests: each WeChat rule of ./wechat-rules.ts fires when it is broken.
import { WECHAT_RULES as RULES } from './wechat-rules'
import { launch, see, settleRender, tap, wechat } from './harness'
import { signIn } from './journey-steps'

// Signing in first (issue 19) takes a few seconds on a loaded machine.
jest.setTimeout(30_000)

const rulesHit = () => wechat.takeViolations().map((v) => v.rule)

afterEach(() => {
  wechat.takeViolations()
})
// The pages show their data once someone is signed in (issue 19): 李建国.
// Setup only: once in six full runs the simulator's first render of 首页 failed (「Template tmpl_0_undefined not
// found」) and the sign-in never showed 您好; a second sign-in starts from a fresh launch. The rules tested below
// keep their assertions.
beforeAll(async () => {
  try {
    await signIn('李*国')
  } catch {
    await signIn('李*国')
  }
})

describe('page stack', () => {
  it('navigateTo, redirectTo, navigateBack, switchTab and reLaunch load and render the real pages', async () => {
    await launch('pages/home/index')
    await see('微服务')
    await wechat.wx.navigateTo({ url: '/pages/account/index' })
    await see('个人账户历年余额')
    expect(wechat.stack()).toEqual(['pages/home/index', 'pages/account/index'])
    await wechat.wx.redirectTo({ url: '/pages/privacy/index' })
    expect(wechat.stack()).toEqual(['pages/home/index', 'pages/privacy/index'])
    await see('我们收集哪些信息')
    await wechat.wx.navigateBack({ delta: 1 })
    expect(wechat.stack()).toEqual(['pages/home/index'])
    await wechat.wx.switchTab({ url: '/pages/me/index' })
    expect(wechat.stack()).toEqual(['pages/me/index'])
    await see('长辈模式')
    await wechat.wx.reLaunch({ url: '/pages/home/index' })
    expect(wechat.stack()).toEqual(['pages/home/index'])
    expect(rulesHit()).toEqual([])
  })

  it(`fails navigateTo past ${RULES.pageStack.maxPages} pages with WeChat's errMsg`, async () => {
    await launch('pages/home/index')
    for (let i = 1; i < RULES.pageStack.maxPages; i++) await wechat.wx.navigateTo({ url: i % 2 ? '/pages/privacy/index' : '/pages/services/index' })
    expect(wechat.stack()).toHaveLength(10)
    const fail = jest.fn()
    await wechat.wx.navigateTo({ url: '/pages/account/index', fail })
    expect(fail).toHaveBeenCalledWith({ errMsg: 'navigateTo:fail webview count limit exceed' })
    expect(wechat.stack()).toHaveLength(10)
    expect(rulesHit()).toEqual(['pageStack'])
  })

  it('refuses navigateTo a tab page', async () => {
    await launch('pages/services/index')
    const fail = jest.fn()
    await wechat.wx.navigateTo({ url: '/pages/me/index', fail })
    expect(fail.mock.calls[0][0].errMsg).toMatch(/can not navigateTo a tabbar page/)
  })
})

describe('privacy agreement', () => {
  it('refuses chooseMedia (errno 104) while no agreement is on record, and accepts agree only with a tapped button id', async () => {
    wechat.resetDevice()
    // The device's storage held the demo server's data, its sessions too: sign in again.
    await signIn('李*国')
    await launch('packages/family/authorize/index')
    await see('同意并继续')
    const answer = { current: { event: 'agree' } as { event: string; buttonId?: string } }
    wechat.wx.onNeedPrivacyAuthorization((resolve: (r: unknown) => void) => resolve(answer.current))

    // 'agree' with no button: refused.
    await expect(wechat.wx.chooseMedia({ count: 1 })).rejects.toEqual({ errMsg: 'chooseMedia:fail privacy permission is not authorized', errno: 104 })
    expect(rulesHit()).toEqual(['privacy'])
    // 'agree' with the id of a rendered agree button that was never tapped: refused.
    answer.current = { event: 'agree', buttonId: 'privacy-agree' }
    await expect(wechat.wx.chooseImage({ count: 1 })).rejects.toMatchObject({ errno: 104 })
    expect(rulesHit()).toEqual(['privacy'])
    // 'disagree': refused, no violation (the app handled it).
    answer.current = { event: 'disagree' }
    await expect(wechat.wx.requirePrivacyAuthorize({})).rejects.toMatchObject({ errno: 104 })
    expect(rulesHit()).toEqual([])

    // Tapping the rendered open-type="agreePrivacyAuthorization" button puts the agreement on record.
    await tap('同意并继续')
    expect(wechat.privacyAgreed()).toBe(true)
    wechat.putInAlbum({ tempFilePath: 'http://tmp/a.jpg', size: 1000 })
    await expect(wechat.wx.chooseMedia({ count: 1 })).resolves.toMatchObject({ tempFiles: [{ tempFilePath: 'http://tmp/a.jpg', size: 1000 }] })
    expect(rulesHit()).toEqual([])
  })
})

describe('storage', () => {
  it('fails setStorageSync over 1 MB for one key and over 10 MB in all', async () => {
    wechat.resetDevice()
    await launch('pages/home/index')
    const mb = 1024 * 1024
    expect(() => wechat.wx.setStorageSync('big', 'x'.repeat(mb))).toThrow('setStorageSync:fail entry size limit reached')
    expect(rulesHit()).toEqual(['storage'])
    for (let i = 0; i < 10; i++) wechat.wx.setStorageSync(`k${i}`, 'x'.repeat(mb - 100))
    await expect(wechat.wx.setStorage({ key: 'k10', data: 'x'.repeat(mb - 100) })).rejects.toMatchObject({ errMsg: 'setStorage:fail exceed storage max size 10MB' })
    expect(rulesHit()).toEqual(['storage'])
    expect(wechat.wx.getStorageSync('k0')).toHaveLength(mb - 100)
    wechat.resetDevice()
  })
})

describe('setData', () => {
  it('records every payload and fails one over 256 KB', async () => {
    await launch('pages/home/index')
    wechat.resetSetDataSizes()
    const page = wechat.top().instance as { setData: (d: unknown) => void }
    page.setData({ small: 'x'.repeat(100) })
    expect(wechat.setDataSizes()).toEqual([JSON.stringify({ small: 'x'.repeat(100) }).length])
    expect(rulesHit()).toEqual([])
    page.setData({ big: 'x'.repeat(RULES.setData.maxBytes) })
    await settleRender()
    expect(rulesHit()).toEqual(['setData'])
  })
})

describe('deprecated APIs', () => {
  it.each(Object.keys(RULES.deprecated))('%s fails and is recorded', async (api) => {
    await launch('pages/home/index')
    expect(() => wechat.wx[api]()).toThrow(/deprecated/)
    expect(rulesHit()).toEqual(['deprecated'])
  })
})
