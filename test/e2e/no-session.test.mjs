// A page outside the tab bar opened without a session (a shared receipt link in a new window: its sessionStorage is
// empty) shows nothing personal, opens the sign-in page on top, and after signing in shows the receipt.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { openApp, JIANGXI_MORNING } from '../support/app.mjs'
import * as flows from '../support/flows.mjs'

let app
let orderNo

before(async () => {
  app = await openApp({ clock: JIANGXI_MORNING })
  const { page, server } = app
  assert.equal(await flows.bind(page, server.url, '360602198809212424', '王秀英', '配偶'), '授权成功')
  await page.goto(`${server.url}#/packages/payment/premium/index`)
  await page.getByRole('list', { name: '可代缴人员' }).getByRole('checkbox', { name: '王*英（配偶） 普通居民 ¥400.00' }).click()
  await page.getByRole('checkbox', { name: /为以上人员代缴城乡居民医保费/ }).click()
  await page.getByRole('button', { name: '确认缴费' }).click()
  await flows.typePassword(page, '135790')
  await page.waitForURL(/receipt\/index\?orderNo=JX\d{14}$/)
  orderNo = page.url().split('orderNo=')[1]
})

after(() => app?.close())

test('a new window opening a receipt link lands on sign-in; 李*国 signs in and is back on the receipt', async () => {
  // A second window of the same browser: the server's books are shared, the session is not.
  const b = await app.browser.context.newPage()
  b.setDefaultTimeout(10_000)
  await b.clock.install({ time: JIANGXI_MORNING })
  await b.goto(`${app.server.url}#/packages/payment/receipt/index?orderNo=${orderNo}`)
  const members = b.getByRole('list', { name: '演示家庭成员' })
  await members.waitFor()
  assert.match(b.url(), /packages\/signin\/choose\/index/)
  // The receipt page below shows nothing personal.
  const receiptPage = b.locator('.taro_page[id^="/packages/payment/receipt/index"]')
  await receiptPage.getByRole('region', { name: '请先登录', includeHidden: true }).waitFor({ state: 'attached' })
  assert.doesNotMatch(await receiptPage.textContent(), /李\*国|王\*英|¥400\.00|JX\d{14}/)
  await flows.chooseDemoMember(b, '李*国')
  await b.waitForURL(new RegExp(`receipt/index\\?orderNo=${orderNo}$`))
  await b.getByText('缴费成功', { exact: true }).waitFor()
  assert.match(await b.locator('.taro_page').last().innerText(), new RegExp(`订单号\\s*${orderNo}`))
})
