// Journey on the WeChat build: 周志强 (宜春, where proof is required) binds 王秀英 (鹰潭, Jiangxi-insured, unbound
// at seed) as 兄弟姐妹 with a photo of the 居民户口簿, agreeing to privacy through WeChat's own
// agreePrivacyAuthorization button first. Without that button WeChat refuses chooseMedia and no registration can
// be finished in 宜春 (dropping open-type from the gate makes this journey fail at the agreement).
import { expectNoViolations, launch, pageText, see, tap, tapImage, textOnceShown, type, wechat } from './harness'
import { DEMO_PASSWORDS, ensureTicked, fillAndSubmit, signIn, type Registration } from './journey-steps'

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

/** Signs in as `masked` from 我的, with or without a session yet (the sign-in page, 去登录 or 切换演示身份, then the member's entry). */
async function signInAs(masked: string): Promise<void> {
  await launch('pages/me/index')
  const entry = new RegExp(`^${masked.replace('*', '\\*')}（`)
  const text = await textOnceShown(undefined, '', (t) => t.includes('去登录') || t.includes('切换演示身份') || t.includes('选择演示身份登录'))
  if (!text.includes('选择演示身份登录')) await tap(text.includes('去登录') ? '去登录' : '切换演示身份')
  await tap(entry)
  // Wherever the app goes after signing in, let it get there first.
  for (let i = 0; i < 60 && wechat.stack().some((r) => r.includes('signin')); i++) await new Promise((r) => setTimeout(r, 50))
  await new Promise((r) => setTimeout(r, 300))
  await wechat.wx.switchTab({ url: '/pages/me/index' })
  await textOnceShown(undefined, masked)
}

// domain.md's 宜春 relative: 刘秀兰, 周志强's mother (宜春 城乡居民医保, not bound, 2027 unpaid). He binds her as 父母
// with a photo of the 户口簿 — after a file named .png that is not a photo is refused by its place — checks the photo
// full screen, then pays her 2027 premium from his 历年余额.
describe('WeChat journey: 周志强 binds his mother 刘秀兰 (宜春) and pays for her', () => {
  it('refuses the file that is not a photo, previews the 户口簿, binds her as 父母 and pays her 2027 premium', async () => {
    await signInAs('周*强')
    await wechat.wx.switchTab({ url: '/pages/family/index' })
    await tap('家庭账户共济授权登记')
    // 周志强's made-up 医保支付密码 (domain.md), for where the app asks for it.
    const submit = fillAndSubmit as (r: Registration, before?: () => Promise<void>, password?: string) => Promise<string>
    const result = await submit({ id: '360902195305120625', name: '刘秀兰', relation: '父母' }, async () => {
      await see('宜春办理授权需上传')
      wechat.putInAlbum({ tempFilePath: 'http://tmp/hukou-mother.jpg', size: 180_000 }, { tempFilePath: 'http://tmp/notes.png', size: 2_000, bytes: [...Buffer.from('%PDF-1.4 a scanned note')] })
      await tap('＋拍照或从相册选择')
      const text = await textOnceShown(undefined, '第2张不是照片（JPG/PNG），未添加')
      expect(text).toContain('第2张不是照片（JPG/PNG），未添加')
      await textOnceShown(undefined, '删除', (t) => t.includes('删除') && !t.includes('上传中'))
      // The photo just added is the last thumbnail (a draft may keep an earlier one): it opens full screen.
      await tapImage(-1)
      const shown = wechat.previews().at(-1)
      expect(shown?.current).toBe('http://tmp/hukou-mother.jpg')
      expect(shown?.urls).toContain('http://tmp/hukou-mother.jpg')
      expect(shown?.urls).not.toContain('http://tmp/notes.png')
    }, '246801')
    expect({ result, text: result === '授权成功' ? '' : pageText() }).toEqual({ result: '授权成功', text: '' })
    expect(pageText()).toContain('刘*兰（父母）')

    await tap('为这位家人代缴医保费')
    await ensureTicked(/^刘\*兰（父母）.*¥400\.00$/)
    await see('合计')
    await ensureTicked(/^我确认使用本人职工医保个人账户/)
    await tap('确认缴费')
    const asked = await textOnceShown(undefined, '订单号', (t) => t.includes('订单号') || t.includes('请输入医保支付密码'))
    if (asked.includes('请输入医保支付密码')) await type('医保支付密码', '246801')
    await see('订单号')
    expect(pageText()).toContain('¥400.00')
    expect(pageText()).toContain('刘*兰')
    expect(pageText()).not.toContain('360902195305120625')
  })
})
