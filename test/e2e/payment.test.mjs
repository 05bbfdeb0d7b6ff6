// 代缴 and 新生儿免缴确认 end to end on the production H5 build, by visible labels only. The page clock is
// 2026-11-23 in Jiangxi: the server offers the 2027年度 (assumed figures, 「以医保部门公布为准」).
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { openApp, artifact, JIANGXI_MORNING } from '../support/app.mjs'
import { bind, openRecords, switchTo, typePassword } from '../support/flows.mjs'

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

test("pays 王秀英's 2027 premium after binding her: ¥3,280.50 → ¥2,880.50 exactly once, with a double tap and a lost answer retried", async () => {
  assert.equal(await bind(page, server.url, '360602198809212424', '王秀英', '配偶'), '授权成功')
  assert.equal(await carriedOver(), '¥3,280.50')
  await devPanel('下一次缴费请求超时（已扣款但未返回）')
  const list = await openPremium({ viaMenu: true })
  const year = page.getByRole('region', { name: '缴费年度' })
  assert.match(await year.innerText(), /2027年度城乡居民医保个人缴费/)
  assert.match(await year.innerText(), /自2027年1月1日起享受医保待遇/)
  await page.getByText(/2027年度缴费标准和集中征缴期尚未公布.*以医保部门公布为准/).waitFor()
  await list.getByRole('checkbox', { name: '王*英（配偶） 普通居民 ¥400.00' }).click()
  const summary = page.getByRole('status', { name: '订单信息' })
  assert.match(await summary.innerText(), /缴费后余额 ¥2,880\.50/)
  await page.getByRole('checkbox', { name: /为以上人员代缴城乡居民医保费/ }).click()
  await page.getByRole('button', { name: '确认缴费' }).dblclick()
  await typePassword(page)
  const alert = page.getByRole('alert').filter({ hasText: '请求超时' })
  await alert.waitFor()
  await page.screenshot({ path: artifact('premium-timeout.png') })
  // 重试 asks for the password again (a ticket is used once) and sends the same order under the same key.
  await alert.getByRole('button', { name: '重试' }).click()
  await typePassword(page)
  const receipt = page.getByRole('list', { name: '缴费凭证' })
  await receipt.waitFor()
  const text = await receipt.innerText()
  assert.match(text, /参保人 王\*英（3606\*{10}2424）\s*¥400\.00/)
  assert.match(text, /2027年度（缴费标准以医保部门公布为准）/)
  assert.match(text, /缴费后余额\s*¥2,880\.50/)
  await page.screenshot({ path: artifact('receipt.png') })
  assert.equal(await carriedOver(), '¥2,880.50')
  await page.goto(`${server.url}#/packages/payment/history/index`)
  const history = page.getByRole('list', { name: '缴费记录' })
  await history.getByRole('listitem').first().waitFor()
  assert.equal(await history.getByRole('listitem').count(), 1)

  // 共济使用明细: the 代缴 is one record at the top of 李建国's list, saying whom it was for and whose money paid.
  const paid = (await openRecords(page, server.url)).filter({ hasText: '代缴居民医保费' })
  assert.equal(await paid.count(), 1)
  assert.match(await paid.innerText(), /^代缴居民医保费\s*¥400\.00\s*王\*英（配偶） · 2026年11月23日\s*2027年度 · 订单号 JX\d+\s*用了您的历年余额 ¥400\.00$/)
  await page.screenshot({ path: artifact('records-premium.png') })
  // …and in 王秀英's own list: paid for her, from 李*国's 历年余额.
  await switchTo(page, server.url, '王*英')
  const hers = (await openRecords(page, server.url)).filter({ hasText: '代缴居民医保费' })
  assert.equal(await hers.count(), 1)
  assert.match(await hers.innerText(), /本人 · 2026年11月23日[\s\S]*用了 李\*国 的历年余额 ¥400\.00$/)
  await switchTo(page, server.url, '李*国')
})

test('refuses paying 王秀英 2027 again, and says where it was paid', async () => {
  const list = await openPremium()
  const wife = list.getByRole('listitem', { name: '王*英（配偶）' })
  assert.match(await wife.innerText(), /2027年度居民医保费已缴纳（本应用 家庭账户共济代缴），不能重复缴费/)
  assert.equal(await wife.getByRole('checkbox').count(), 0)
})

test('李小宝 gets his 2027 新生儿免缴确认 (¥0.00 receipt) with the balance unchanged', async () => {
  const list = await openPremium()
  const baby = list.getByRole('listitem', { name: '李*宝（子女）' })
  assert.match(await baby.innerText(), /免缴 ¥0\.00/)
  await baby.getByRole('button', { name: '去确认' }).click()
  const info = page.getByRole('list', { name: '免缴确认信息' })
  await info.waitFor()
  assert.match(await info.innerText(), /李\*宝（3606\*{10}1133）/)
  assert.match(await info.innerText(), /2027年度/)
  await page.screenshot({ path: artifact('newborn-exemption.png') })
  await page.getByRole('button', { name: '确认', exact: true }).dblclick()
  await page.getByText('免缴确认成功').waitFor()
  assert.match(await page.getByRole('list', { name: '免缴确认凭证' }).innerText(), /个人缴费\s*¥0\.00（新生儿免缴，不扣款）/)
  assert.equal(await carriedOver(), '¥2,880.50')
  await page.goto(`${server.url}#/packages/payment/history/index`)
  const history = page.getByRole('list', { name: '缴费记录' })
  await history.getByRole('listitem').filter({ hasText: '新生儿免缴确认 · 2027年度 · ¥0.00' }).waitFor()
  // The receipt just made is shown at once; the list as the server has it (with the earlier 代缴) follows.
  await history.getByRole('listitem').nth(1).waitFor()
  assert.equal(await history.getByRole('listitem').count(), 2)
  const confirmed = (await openRecords(page, server.url)).filter({ hasText: '新生儿免缴确认' })
  assert.equal(await confirmed.count(), 1)
  assert.match(await confirmed.innerText(), /免缴 ¥0\.00\s*李\*宝（子女） · 2026年11月23日[\s\S]*免缴确认，没有扣钱$/)
})

test('offers 惠民保 to 本人 and bound relatives only: not to 李建华 (兄弟姐妹, never bound)', async () => {
  await page.goto(`${server.url}#/packages/payment/huiminbao/index`)
  const list = page.getByRole('list', { name: '可参保人员' })
  await list.getByRole('checkbox', { name: '李*国（本人） ¥69.00' }).waitFor()
  assert.equal(await list.getByRole('checkbox', { name: '王*英（配偶） ¥69.00' }).count(), 1)
  assert.equal(await list.getByRole('listitem', { name: /李\*华/ }).count(), 0)
})

test('paying in March 2027 for the 2027年度 shows the 3-month 等待期; the 免缴确认 window has closed', async () => {
  await devPanel('日期设为2027年3月1日（2027年度征缴期后第一天（设等待期））')
  const list = await openPremium()
  // The page shows what it had while it asks the server again: wait for the answer for the new day.
  await page.getByRole('region', { name: '缴费年度' }).filter({ hasText: '设3个月等待期，自2027年6月1日起享受医保待遇' }).waitFor()
  await page.screenshot({ path: artifact('premium-waiting-period.png') })
  assert.match(await list.getByRole('listitem', { name: '李*宝（子女）' }).innerText(), /本年度新生儿免缴确认已办理/)
  await devPanel('回到今天')
})

test('no full ID number in any URL, console message or storage key of this run', async () => {
  const { checked, leaks } = await browser.personalDataLeaks(page)
  assert.ok(checked > 5, `only ${checked} items were checked`)
  assert.deepEqual(leaks, [])
})
