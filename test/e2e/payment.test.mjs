// 代缴 end to end on the production H5 build, by visible labels only.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { openApp, artifact, JIANGXI_MORNING } from '../support/app.mjs'
import { bind } from '../support/flows.mjs'

let app
let server
let browser
let page

before(async () => {
  app = await openApp({ clock: JIANGXI_MORNING })
  ;({ server, browser, page } = app)
  assert.equal(await bind(page, server.url, '360602202503081133', '李小宝', '子女'), '授权成功')
})

after(() => app?.close())

async function carriedOver() {
  await page.goto(`${server.url}#/pages/account/index`)
  const main = page.locator('[role=group][aria-label="我的个人账户"][aria-busy=false]')
  await main.waitFor()
  return (await main.innerText()).match(/个人账户历年余额\s*(¥[\d,.]+)/)[1]
}

async function devPanel(action) {
  await page.goto(`${server.url}#/packages/dev/panel/index`)
  await page.getByRole('button', { name: action }).click()
}

async function openPremium({ viaMenu = false } = {}) {
  if (viaMenu) {
    // Same document (hash route): the dev panel's fault switch lives in memory.
    await page.goto(`${server.url}#/pages/home/index`)
    await page.getByRole('button', { name: /^微服务/ }).click()
    await page.getByRole('list', { name: '医保查询办理' }).getByRole('button', { name: '家庭账户共济代缴居民医保费' }).click()
  } else {
    await page.goto(`${server.url}#/packages/payment/premium/index`)
  }
  const list = page.getByRole('list', { name: '可代缴人员' })
  await list.getByRole('listitem').first().waitFor()
  return list
}

test("pays 李小宝's 2026 premium: ¥3,280.50 → ¥2,880.50 exactly once, with a double tap and a lost answer retried", async () => {
  assert.equal(await carriedOver(), '¥3,280.50')
  await devPanel('下一次缴费请求超时（已扣款但未返回）')
  const list = await openPremium({ viaMenu: true })
  await list.getByRole('checkbox', { name: '李*宝（子女） ¥400.00' }).click()
  const summary = page.getByRole('status', { name: '订单信息' })
  assert.match(await summary.innerText(), /缴费后余额 ¥2,880\.50/)
  await page.getByRole('checkbox', { name: /为以上人员代缴城乡居民医保费/ }).click()
  await page.getByRole('button', { name: '确认缴费' }).dblclick()
  const alert = page.getByRole('alert').filter({ hasText: '请求超时' })
  await alert.waitFor()
  await page.screenshot({ path: artifact('premium-timeout.png') })
  await alert.getByRole('button', { name: '重试' }).click()
  const receipt = page.getByRole('list', { name: '缴费凭证' })
  await receipt.waitFor()
  const text = await receipt.innerText()
  assert.match(text, /参保人 李\*宝（3606\*{10}1133）\s*¥400\.00/)
  assert.match(text, /缴费后余额\s*¥2,880\.50/)
  await page.screenshot({ path: artifact('receipt.png') })
  assert.equal(await carriedOver(), '¥2,880.50')
  await page.goto(`${server.url}#/packages/payment/history/index`)
  const history = page.getByRole('list', { name: '缴费记录' })
  await history.getByRole('listitem').first().waitFor()
  assert.equal(await history.getByRole('listitem').count(), 1)
})

test('refuses paying 李小宝 2026 again, and says where it was paid', async () => {
  const list = await openPremium()
  const baby = list.getByRole('listitem', { name: '李*宝（子女）' })
  assert.match(await baby.innerText(), /2026年度居民医保费已缴纳（本应用 家庭账户共济代缴），不能重复缴费/)
  assert.equal(await baby.getByRole('checkbox').count(), 0)
})

test('does not offer 惠民保 for 李建华 (兄弟姐妹)', async () => {
  await page.goto(`${server.url}#/packages/payment/huiminbao/index`)
  const list = page.getByRole('list', { name: '可参保人员' })
  const brother = list.getByRole('listitem', { name: '李*华（兄弟姐妹）' })
  await brother.waitFor()
  assert.equal(await brother.getByRole('checkbox').count(), 0)
  assert.match(await brother.innerText(), /兄弟姐妹不在范围内/)
  assert.equal(await list.getByRole('checkbox', { name: '李*国（本人） ¥69.00' }).count(), 1)
})

test('an order over the 历年余额 debits nothing', async () => {
  await devPanel('当前身份历年余额设为 ¥300.00')
  await openPremium()
  await page.getByLabel('参保人证件号码').fill('360602198809212424')
  await page.getByLabel('参保人姓名').fill('王秀英')
  await page.getByRole('button', { name: '查询并添加' }).click()
  await page.getByRole('checkbox', { name: /王\*英/ }).click()
  assert.match(await page.getByRole('status', { name: '订单信息' }).innerText(), /个人账户历年余额不足：需 400\.00 元，可用 300\.00 元/)
  await page.getByRole('checkbox', { name: /为以上人员代缴城乡居民医保费/ }).click()
  const pay = page.getByRole('button', { name: '确认缴费' })
  assert.equal(await pay.getAttribute('aria-disabled'), 'true')
  await pay.click({ force: true })
  assert.equal(await carriedOver(), '¥300.00')
})

test('no full ID number in any URL, console message or storage key of this run', async () => {
  const { checked, leaks } = await browser.personalDataLeaks(page)
  assert.ok(checked > 5, `only ${checked} items were checked`)
  assert.deepEqual(leaks, [])
})
