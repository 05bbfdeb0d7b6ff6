// Journey on the WeChat build: 周志强 (宜春, where proof is required) binds 王秀英 (鹰潭, Jiangxi-insured, unbound
// at seed) as 兄弟姐妹 with a photo of the 居民户口簿, agreeing to privacy through WeChat's own
// agreePrivacyAuthorization button first. Without that button WeChat refuses chooseMedia and no registration can
// be finished in 宜春 (dropping open-type from the gate makes this journey fail at the agreement).
import { expectNoViolations, launch, pageText, see, tap, textOnceShown, wechat } from './harness'
import { DEMO_PASSWORDS, fillAndSubmit, signIn } from './journey-steps'

jest.setTimeout(60_000)
afterEach(expectNoViolations)

describe('WeChat journey: proof photo in 宜春', () => {
  it('周志强 agrees through the real button, picks a photo, and binds 王秀英 as 兄弟姐妹', async () => {
    wechat.resetDevice()
    await signIn('周*强')
    await wechat.wx.switchTab({ url: '/pages/family/index' })
    await tap('家庭账户共济授权登记')
    await see('使用前请阅读隐私保护指引')
    expect(wechat.privacyAgreed()).toBe(false)
    await tap('同意并继续')
    expect(wechat.privacyAgreed()).toBe(true)

    const result = await fillAndSubmit({ id: '360602198809212424', name: '王秀英', relation: '兄弟姐妹' }, async () => {
      await see('宜春办理授权需上传')
      wechat.putInAlbum({ tempFilePath: 'http://tmp/hukou.jpg', size: 240_000 })
      await tap('＋拍照或从相册选择')
      // A thumbnail with its 删除 chip, once the 上传中… overlay is gone; no file name under it.
      const text = await textOnceShown(undefined, '删除', (t) => t.includes('删除') && !t.includes('上传中'))
      expect(text).toContain('删除＋拍照或从相册选择')
      expect(text).not.toMatch(/上传中|上传失败|hukou\.jpg/)
    }, DEMO_PASSWORDS['周*强'])
    expect({ result, text: result === '授权成功' ? '' : pageText() }).toEqual({ result: '授权成功', text: '' })
    expect(pageText()).toContain('王*英（兄弟姐妹）')
    expect(pageText()).toContain('证件号码 3606**********2424')
    expect(pageText()).not.toContain('360602198809212424')

    await tap('查看家庭共济关系')
    const relations = await textOnceShown(undefined, '王*英')
    expect(relations).toContain('王*英')
    expect(relations).toContain('兄弟姐妹')
    expect(relations).toContain('李*芳')
  })

  it('when WeChat asks again, the gate comes back with the real button: 不同意 gets a message, 同意并继续 lets the photo through', async () => {
    wechat.forgetPrivacyAgreement()
    await launch('pages/family/index')
    await tap('家庭账户共济授权登记')
    // The app's own consent is still on the device: the form shows at once.
    await see('证明材料')
    await tap('＋拍照或从相册选择')
    await see('使用前请阅读隐私保护指引')
    await tap('不同意')
    const text = await textOnceShown(undefined, '需要您同意《隐私保护指引》后才能选择照片')
    expect(text).toContain('需要您同意《隐私保护指引》后才能选择照片')
    expect(wechat.privacyAgreed()).toBe(false)

    wechat.putInAlbum({ tempFilePath: 'http://tmp/hukou2.png', size: 120_000 })
    await tap('＋拍照或从相册选择')
    await see('使用前请阅读隐私保护指引')
    await tap('同意并继续')
    const shown = await textOnceShown(undefined, '删除', (t) => t.includes('删除') && !t.includes('上传中'))
    expect(shown).toContain('删除＋拍照或从相册选择')
    expect(shown).not.toMatch(/上传中|上传失败|hukou2\.png/)
    expect(wechat.privacyAgreed()).toBe(true)
  })
})
