// Sign-in, the 医保支付密码 and a session's end (issue 19) on the production H5 build, by visible labels only.
// 李建国 signs in, binds 王秀英 and pays her 代缴 with his password; 周志强 then sees nothing of him anywhere and nothing
// ticked; a session that expires mid-form keeps what was typed once the same member signs in again.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { openApp, artifact, JIANGXI_MORNING } from '../support/app.mjs'
import * as flows from '../support/flows.mjs'

let app
let server
let page

before(async () => {
  app = await openApp({ clock: JIANGXI_MORNING, as: null })
  ;({ server, page } = app)
})

after(() => app?.close())

/** The page on top (earlier pages stay in the DOM, hidden). */
const top = () => page.locator('.taro_page').last()

test('without a session 首页 shows nothing personal and leads to the demo sign-in page', async () => {
  await page.goto(server.url)
  const note = page.getByRole('note', { name: '演示版说明' })
  await note.waitFor()
  assert.match(await note.innerText(), /演示版，人物和数据均为虚构/)
  const members = page.getByRole('list', { name: '演示家庭成员' })
  assert.match(await members.innerText(), /李\*国（.+）\s*演示医保支付密码：135790/)
  assert.match(await members.innerText(), /周\*强（.+）\s*演示医保支付密码：246801/)
  await page.screenshot({ path: artifact('sign-in.png') })
  await page.goBack()
  const home = page.locator('.taro_page[id^="/pages/home/index"]')
  await home.getByRole('region', { name: '请先登录' }).waitFor()
  assert.doesNotMatch(await home.innerText(), /李\*国|¥3,280\.50|3606/)
})

test('李建国 pays 王秀英 代缴 with his 医保支付密码 (a wrong one first): charged once', async () => {
  await flows.signIn(page, server.url, '李*国')
  assert.equal(await flows.bind(page, server.url, '360602198809212424', '王秀英', '配偶'), '授权成功')
  await page.goto(`${server.url}#/packages/payment/premium/index`)
  const list = page.getByRole('list', { name: '可代缴人员' })
  await list.getByRole('checkbox', { name: '王*英（配偶） 普通居民 ¥400.00' }).click()
  await page.getByRole('checkbox', { name: /为以上人员代缴城乡居民医保费/ }).click()
  await page.getByRole('button', { name: '确认缴费' }).dblclick()
  const sheet = page.getByRole('dialog', { name: '请输入医保支付密码' })
  await sheet.getByText('代缴居民医保费 ¥400.00').waitFor()
  await page.screenshot({ path: artifact('password-sheet.png') })
  await flows.typePassword(page, '000000')
  await sheet.getByRole('alert').filter({ hasText: '医保支付密码不正确，今天还可以再试4次' }).waitFor()
  await flows.typePassword(page, '135790')
  const receipt = page.getByRole('list', { name: '缴费凭证' })
  await receipt.waitFor()
  assert.match(await receipt.innerText(), /缴费后余额\s*¥2,880\.50/)
  await page.goto(`${server.url}#/packages/payment/history/index`)
  const history = page.getByRole('list', { name: '缴费记录' })
  await history.getByRole('listitem').first().waitFor()
  assert.equal(await history.getByRole('listitem').count(), 1)
})

test('周志强 after 李建国: 首页, 代缴, 惠民保, 缴费记录, the receipt, 共济使用明细 and 家庭共济关系查询 show nothing of 李建国, nothing ticked', async () => {
  // Leave 代缴 ticked for the next order, as a person might.
  await page.goto(`${server.url}#/packages/payment/premium/index`)
  await page.getByRole('checkbox', { name: /为以上人员代缴城乡居民医保费/ }).click()
  await flows.switchTo(page, server.url, '周*强')
  const his = /李\*国|王\*英|李\*宝|李\*明|¥2,880\.50|¥3,280\.50|1314|2424|1133|1516/
  const pages = [
    ['#/pages/home/index', page.getByText('您好，周*强')],
    ['#/packages/payment/premium/index', page.getByRole('list', { name: '可代缴人员' })],
    ['#/packages/payment/huiminbao/index', page.getByRole('list', { name: '可参保人员' })],
    ['#/packages/payment/history/index', page.getByText(/缴费记录|还没有/).first()],
    ['#/packages/payment/receipt/index', page.locator('.taro_page').last()],
    ['#/packages/records/list/index', page.getByRole('region', { name: /共济使用明细/ })],
    ['#/packages/family/relations/index', page.getByText(/我授权的|授权给我的/).first()],
  ]
  assert.ok(pages.length > 0)
  for (const [hash, ready] of pages) {
    await page.goto(`${server.url}${hash}`)
    await ready.waitFor()
    // Skeletons first: read once the page has its data.
    await page.waitForFunction(() => !document.querySelector('.taro_page:last-of-type [aria-busy=true]'), null, { timeout: 5000 }).catch(() => undefined)
    await page.waitForTimeout(300)
    const text = await top().innerText()
    assert.doesNotMatch(text, his, `${hash}: ${text.slice(0, 300)}`)
    assert.equal(await top().locator('[role=checkbox][aria-checked=true]').count(), 0, `${hash}: something is ticked`)
  }
})

test('a session that expires mid-form (31 minutes idle): sign in again as the same member, and what was typed is there', async () => {
  await flows.switchTo(page, server.url, '李*国')
  await flows.openAuthorize(page, server.url)
  await flows.fillAuthorization(page, '360602202503081133', '李小宝', '子女')
  await page.getByRole('button', { name: '下一步' }).click()
  await page.getByRole('button', { name: '确认提交' }).waitFor()
  await page.clock.fastForward(31 * 60 * 1000)
  await page.getByRole('button', { name: '确认提交' }).click()
  await flows.typePassword(page)
  // Signed out by the server: the sign-in page opens over the form, saying why.
  await page.getByRole('alert').filter({ hasText: '登录已过期，请重新登录' }).waitFor()
  await page.screenshot({ path: artifact('session-expired.png') })
  await flows.chooseDemoMember(page, '李*国')
  await top().getByText('360602 20250308 1133').waitFor()
  assert.match(await top().innerText(), /李小宝/)
  await page.getByRole('button', { name: '确认提交' }).click()
  await flows.typePassword(page)
  await page.getByText(/^授权成功$/).waitFor()
})

test('退出登录 (我的) ends the session: the tab pages ask for sign-in again', async () => {
  await page.goto(`${server.url}#/pages/me/index`)
  await page.getByRole('button', { name: /^退出登录/ }).click()
  await page.getByRole('alertdialog', { name: '退出登录' }).getByRole('button', { name: '退出登录' }).click()
  await page.getByRole('list', { name: '演示家庭成员' }).waitFor()
  await page.goto(`${server.url}#/pages/home/index`)
  await page.getByRole('region', { name: '请先登录' }).waitFor()
})
