// Issue 21 items 6–8 in the H5 build, by visible text, in both modes (a fresh browser and demo server for each):
// the uploader decides by content, names a wrong file by its place, says when only 9 were kept and opens a
// thumbnail full screen; the 个人郑重承诺 states the member's city's rules, the FAQ asks for the same proofs as the
// form, 不同意 says what it means; 周志强 binds his mother 刘秀兰 (宜春) with a 户口簿 photo and pays her 2027 premium.
import { test, describe, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { openApp, JIANGXI_MORNING } from '../support/app.mjs'
import { fillAuthorization, submitAuthorization, switchTo } from '../support/flows.mjs'
import { elderTextProblems, fitProblems, layoutShift, shiftCount, typePasswordIfAsked, watchLayoutShifts, ensureSignedIn } from '../support/fit.mjs'

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1])
// A 1×1 PNG, so the thumbnail and the preview have something to draw.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
/** 周志强's made-up 医保支付密码 (domain.md): typed where the app asks for it before a binding or a payment. */
const ZHOU_PASSWORD = '246801'
const photo = (name, buffer = PNG) => ({ name, mimeType: name.endsWith('.png') ? 'image/png' : 'image/jpeg', buffer })

for (const mode of ['标准', '长辈模式']) {
  describe(`${mode}`, () => {
    let app
    let server
    let page

    before(async () => {
      app = await openApp({ clock: JIANGXI_MORNING })
      ;({ server, page } = app)
      await watchLayoutShifts(page)
      await ensureSignedIn(page, server.url, '李*国', switchTo)
      await page.goto(`${server.url}#/pages/me/index`)
      const toggle = page.getByRole('switch', { name: '长辈模式' })
      await toggle.waitFor()
      if ((await toggle.getAttribute('aria-checked')) !== String(mode === '长辈模式')) await toggle.click()
    })
    after(() => app?.close())

    test('不同意 on the 隐私保护指引 says that nothing personal can be entered and how to agree later', async () => {
      await page.goto(`${server.url}#/packages/family/authorize/index`)
      await page.getByRole('button', { name: '不同意' }).click()
      await page.getByText('您没有同意，本页不能填写个人信息').waitFor()
      await page.getByText(/不会收集您和家人的证件号码、姓名、亲属关系和证明材料照片/).waitFor()
      await page.getByText('以后想办理时，再次打开本页，点“重新阅读并同意”即可。').waitFor()
      assert.equal(await page.getByLabel('证件号码').count(), 0)
      assert.match(page.url(), /family\/authorize/)
      await page.getByRole('button', { name: '重新阅读并同意' }).click()
      await page.getByRole('button', { name: '同意并继续' }).click()
      await page.getByLabel('证件号码').waitFor()
    })

    test('the promise states 鹰潭\'s rules for 李建国: 住院 may not be paid from shared funds', async () => {
      const text = await page.getByRole('region', { name: '个人郑重承诺全文' }).innerText()
      assert.match(text, /本人已知晓鹰潭的规定/)
      assert.match(text, /不可用于住院、特殊门诊/)
    })

    test('the FAQ asks for the proofs the form asks for', async () => {
      await page.goto(`${server.url}#/packages/policy/faq/index`)
      const answer = page.getByRole('region', { name: '为什么绑定（授权登记）没有成功？' })
      await answer.waitFor()
      assert.match(await answer.innerText(), /配偶上传结婚证，其他亲属上传居民户口簿，没有身份证的新生儿上传出生医学证明；宜春办理时必须上传，鹰潭可不上传/)
    })

    test('周志强 (宜春): the uploader refuses a non-photo by its place, keeps 9 of 10, opens a thumbnail; he binds 刘秀兰 as 父母 and pays for her', async () => {
      await switchTo(page, server.url, '周*强')
      await page.goto(`${server.url}#/packages/family/authorize/index`)
      await page.getByLabel('证件号码').waitFor()
      const promise = await page.getByRole('region', { name: '个人郑重承诺全文' }).innerText()
      assert.match(promise, /本人已知晓宜春的规定/)
      assert.match(promise, /住院（住院费用中个人负担部分）/)

      // Ten files, the third a text named .png: refused by its place; of the nine photos, nine kept.
      const add = page.getByRole('button', { name: '拍照或从相册选择' })
      let chooser = page.waitForEvent('filechooser')
      await add.click()
      const ten = [photo('1.jpg', JPEG), photo('2.png'), { name: 'scan.png', mimeType: 'image/png', buffer: Buffer.from('%PDF-1.4 not a photo') }, ...Array.from({ length: 8 }, (_, i) => photo(`${i + 4}.png`))]
      await (await chooser).setFiles(ten)
      await page.getByText('第3张不是照片（JPG/PNG），未添加；最多上传 9 张证明材料，只保留了 9 张，第11张未添加').waitFor()
      await page.getByRole('listitem', { name: '第9张证明材料，已上传' }).waitFor()
      assert.equal(await page.getByRole('listitem', { name: /^第\d张证明材料，/ }).count(), 9)
      assert.equal(await add.count(), 0, 'no add tile once 9 are chosen')

      // A thumbnail opens the photo full screen; a tap closes it.
      await page.getByRole('button', { name: '查看第2张证明材料大图' }).click()
      const viewer = page.locator('taro-swiper-core img').locator('visible=true').first()
      await viewer.waitFor()
      // Taro's preview swiper takes the full screen once its web component has rendered (after the image shows).
      await page.waitForFunction(() => { const r = document.querySelector('taro-swiper-core')?.getBoundingClientRect(); return r !== undefined && r.height >= 800 }, null, { timeout: 5000 }).catch(() => undefined)
      const box = await page.locator('taro-swiper-core').boundingBox()
      assert.ok(box && box.width >= 389 && box.height >= 800, `preview covers the screen: ${JSON.stringify(box)}`)
      await page.mouse.click(195, 422)
      await page.locator('taro-swiper-core').waitFor({ state: 'detached' })

      // Keep one 户口簿 photo, bind his mother, then pay her 2027 premium from his 历年余额.
      for (let n = 9; n > 1; n--) await page.getByRole('button', { name: `删除第${n}张证明材料` }).click()
      await fillAuthorization(page, '360902195305120625', '刘秀兰', '父母')
      assert.equal(await submitAuthorization(page, { password: ZHOU_PASSWORD }), '授权成功')
      await page.getByText(/刘\*兰（父母）/).first().waitFor()
      await page.getByRole('button', { name: '为这位家人代缴医保费' }).click()
      const list = page.getByRole('list', { name: '可代缴人员' })
      // 为这位家人代缴医保费 opens 代缴 with her already ticked (a tap would untick her).
      const mother = list.getByRole('checkbox', { name: /^刘\*兰（父母） 普通居民 ¥400\.00/ })
      await mother.waitFor()
      await page.waitForFunction((el) => el.getAttribute('aria-checked') === 'true', await mother.elementHandle())
      await page.getByRole('checkbox', { name: /为以上人员代缴城乡居民医保费/ }).click()
      const before = await shiftCount(page)
      await page.getByRole('button', { name: '确认缴费' }).click()
      const receipt = page.getByRole('list', { name: '缴费凭证' })
      await typePasswordIfAsked(page, receipt, ZHOU_PASSWORD)
      await receipt.waitFor()
      await page.waitForTimeout(1000)
      // The receipt does not jump once shown: every shift since the tap (input or not) counts.
      const { cls } = await layoutShift(page, { from: before, withInput: true })
      console.log(`CLS ${mode} 缴费凭证: ${cls.toFixed(4)}`)
      assert.ok(cls <= 0.02, `缴费凭证 layout shift ${cls}`)
      assert.match(await receipt.innerText(), /参保人 刘\*兰（3609\*{10}0625）\s*¥400\.00/)
      // The receipt fits; in 长辈模式 its masked ID numbers stay on one line and every text is large enough.
      await page.waitForTimeout(300)
      assert.deepEqual([...(await fitProblems(page)), ...(mode === '长辈模式' ? await elderTextProblems(page) : [])], [])
    })
  })
}
