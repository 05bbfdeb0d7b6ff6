// Journeys on the WeChat build: 李建国 binds 王秀英 and pays her 城乡居民医保 premium from his personal
// account (¥400.00, charged once for a double tap); then 王秀英 cancels the binding from her side.
import { doubleTap, expectNoViolations, launch, pageText, see, tap, textOnceShown, wechat } from './harness'
import { enterPassword, ensureTicked, fillAndSubmit, signIn, switchIdentity } from './journey-steps'

jest.setTimeout(60_000)
afterEach(expectNoViolations)
beforeAll(() => signIn('李*国'))


/** 个人账户历年余额 on 账户余额查询, in fen; with `previous`, once the page has refreshed past that figure. */
async function carriedOverBalance(previous?: number): Promise<number> {
  await launch('pages/services/index')
  await tap('账户余额查询')
  const read = (t: string) => {
    const figure = t.match(/个人账户历年余额¥([\d,]+\.\d\d)/)?.[1]
    return figure ? Math.round(Number(figure.replace(/,/g, '')) * 100) : undefined
  }
  // The page shows the last figures it had at once, then the server's.
  const text = await textOnceShown(undefined, '', (t) => read(t) !== undefined && read(t) !== previous)
  const fen = read(text)
  if (fen === undefined) throw new Error(`no balance on 账户余额查询: ${text.slice(0, 200)}`)
  return fen
}

describe('WeChat journey: paying a premium', () => {
  it('李建国 binds 王秀英, then pays her premium once: the balance falls by ¥400.00', async () => {
    await launch('pages/family/index')
    await tap('家庭账户共济授权登记')
    expect(await fillAndSubmit({ id: '360602198809212424', name: '王秀英', relation: '配偶' })).toBe('授权成功')

    const before = await carriedOverBalance()
    await wechat.wx.navigateBack({})
    await tap('家庭账户共济代缴居民医保费')
    await tap(/^王\*英（配偶）.*¥400\.00$/)
    await see('合计')
    await ensureTicked(/^我确认使用本人职工医保个人账户/)
    await doubleTap('确认缴费')
    await enterPassword()
    await see('订单号')
    expect(wechat.stack().filter((r) => r === 'packages/payment/receipt/index')).toHaveLength(1)
    expect(pageText()).toContain('¥400.00')
    expect(pageText()).toContain('王*英')
    expect(pageText()).not.toContain('360602198809212424')

    expect(await carriedOverBalance(before)).toBe(before - 40000)
  })

  it('王秀英 cancels the binding from her side', async () => {
    await switchIdentity('王*英')
    await wechat.wx.switchTab({ url: '/pages/family/index' })
    await tap('家庭共济关系查询')
    await see('李*国')
    await tap('解除授权')
    await see('解除共济授权')
    await tap('解除')
    await see('已解除与李*国的共济关系')
  })
})
