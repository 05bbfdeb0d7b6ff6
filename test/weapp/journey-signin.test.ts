// Journey on the WeChat build (issue 19): open the app without a session → the demo sign-in page → 李建国 (with
// WeChat's login code) → binds 王秀英 and pays her premium with the 医保支付密码 (a wrong one first) → 切换演示身份 to
// 周志强, whose pages show nothing of 李建国 and nothing ticked.
import { doubleTap, expectNoViolations, pageText, see, tap, textOnceShown, wechat } from './harness'
import { ensureTicked, enterPassword, fillAndSubmit, signIn, switchIdentity } from './journey-steps'

jest.setTimeout(60_000)
afterEach(expectNoViolations)

describe('WeChat journey: sign in, pay with the 医保支付密码, switch member', () => {
  it('without a session 首页 leads to the demo sign-in page, which says the family is made up', async () => {
    await signIn('李*国')
    expect(pageText()).toContain('您好，李*国')
    expect(wechat.stack()).toEqual(['pages/home/index'])
  })

  it('李建国 binds 王秀英 with his password, then pays her premium: a wrong password first, then the right one, charged once', async () => {
    await wechat.wx.switchTab({ url: '/pages/family/index' })
    await tap('家庭账户共济授权登记')
    expect(await fillAndSubmit({ id: '360602198809212424', name: '王秀英', relation: '配偶' })).toBe('授权成功')

    await wechat.wx.reLaunch({ url: '/pages/services/index' })
    await tap('家庭账户共济代缴居民医保费')
    await tap(/^王\*英（配偶）.*¥400\.00$/)
    await see('合计')
    await ensureTicked(/^我确认使用本人职工医保个人账户/)
    await doubleTap('确认缴费')
    await enterPassword('000000')
    await see('医保支付密码不正确，今天还可以再试4次')
    await enterPassword('１３５７９０')
    await see('订单号')
    expect(wechat.stack().filter((r) => r === 'packages/payment/receipt/index')).toHaveLength(1)
    expect(pageText()).toContain('¥400.00')
    expect(pageText()).toContain('缴费后余额¥2,880.50')
  })

  it('周志强 sees nothing of 李建国: 首页, 代缴 (nothing ticked), 惠民保, 缴费记录, the receipt, 共济使用明细, 家庭共济关系查询', async () => {
    await switchIdentity('周*强')
    expect(wechat.stack()).toEqual(['pages/home/index'])
    const mustNotShow = /李\*国|王\*英|2,880\.50|3,280\.50|JX2026/
    const home = await textOnceShown(undefined, '您好，周*强')
    expect(home).not.toMatch(mustNotShow)
    // Each page once it shows 周志强's own answer (his wife 李*芳 is bound; he has paid nothing).
    const pages: [string, string][] = [
      ['/packages/payment/premium/index', '可代缴人员'],
      ['/packages/payment/huiminbao/index', '可参保人员'],
      ['/packages/payment/history/index', '还没有缴费记录'],
      ['/packages/payment/receipt/index', '没有要查看的缴费凭证'],
      ['/packages/records/list/index', '李*芳（配偶）'],
      ['/packages/family/relations/index', '李*芳'],
    ]
    expect(pages.length).toBeGreaterThan(0)
    for (const [url, own] of pages) {
      await wechat.wx.navigateTo({ url })
      const text = await textOnceShown(undefined, own)
      expect([url, text.includes(own)]).toEqual([url, true])
      expect([url, text]).not.toEqual([url, expect.stringMatching(mustNotShow)])
      expect(document.querySelectorAll('[class*="checkbox__tick--on"]')).toHaveLength(0)
      await wechat.wx.navigateBack({})
    }
  })
})
