// 家庭账户共济授权登记 end to end on the production H5 build, by visible labels only.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { openApp, artifact, JIANGXI_MORNING } from '../support/app.mjs'
import * as flows from '../support/flows.mjs'

let app
let server
let browser
let page

before(async () => {
  app = await openApp({ clock: JIANGXI_MORNING })
  ;({ server, browser, page } = app)
  await page.goto(server.url)
})

after(() => app?.close())

async function openAuthorizeFromHome() {
  await page.goto(server.url)
  await page.getByRole('button', { name: /^微服务/ }).click()
  await page.getByRole('list', { name: '医保查询办理' }).getByRole('button', { name: '家庭账户共济授权登记' }).click()
  // Before the first personal-data input: the 隐私保护指引 and a separate consent.
  const gate = page.getByRole('region', { name: '个人信息处理同意' })
  await gate.waitFor()
  assert.match(await gate.innerText(), /敏感个人信息/)
  assert.equal(await page.getByLabel('证件号码').count(), 0)
  await page.screenshot({ path: artifact('privacy-consent.png') })
  await flows.waitForAuthorizeForm(page)
}

const openAuthorize = () => flows.openAuthorize(page, server.url)
const fillForm = (id, name, relation) => flows.fillAuthorization(page, id, name, relation)
const submit = (opts) => flows.submitAuthorization(page, opts)
const bind = (id, name, relation, opts) => flows.bind(page, server.url, id, name, relation, opts)

async function reasons() {
  return page.getByRole('list', { name: '未成功原因' }).innerText()
}

test('binds 李小宝 as 子女, reached from 首页 → 微服务 → 医保查询办理', async () => {
  await openAuthorizeFromHome()
  await fillForm('360602202503081133', '李小宝', '子女')
  await page.screenshot({ path: artifact('authorize-form.png') })
  assert.equal(await submit(), '授权成功')
  const result = await page.getByRole('status').innerText()
  assert.match(result, /李\*宝（子女）自 \d{4}年\d{1,2}月\d{1,2}日 起/)
  assert.match(result, /证件号码 3606\*{10}1133 · 办理编号 \S+/)
  await page.screenshot({ path: artifact('authorize-success.png') })
  // 查看家庭共济关系 closes 结果 and the used form: the list sits on 医保查询办理, and Back leads there.
  await page.getByRole('button', { name: '查看家庭共济关系' }).click()
  // Earlier pages stay in the DOM, hidden (首页 lists the family too, and 结果 names him): look at the list's page.
  await page.locator('.taro_page[id^="/packages/family/relations/index"]').getByText('李*宝').first().waitFor()
  // The router removes closed pages after their exit animation: the stack by route, once it has settled.
  await page.waitForFunction(() => document.querySelectorAll('.taro_page').length <= 3, null, { timeout: 5000 }).catch(() => undefined)
  const stack = await page.locator('.taro_page').evaluateAll((els) => els.map((el) => el.id.split('?')[0]))
  assert.deepEqual(stack, ['/pages/home/index', '/pages/services/index', '/packages/family/relations/index'])
  await page.goBack()
  await page.getByRole('list', { name: '医保查询办理' }).waitFor()
})

test('refuses 张桂兰: insurance suspended (暂停)', async () => {
  assert.equal(await bind('360602196003182626', '张桂兰', '父母'), '授权未成功')
  assert.match(await reasons(), /使用人医保关系暂停/)
  await page.screenshot({ path: artifact('authorize-refused.png') })
})

test('refuses 李建华: insured in Zhejiang, not Jiangxi', async () => {
  assert.equal(await bind('330106198305111753', '李建华', '兄弟姐妹'), '授权未成功')
  assert.match(await reasons(), /杭州（浙江）参保，异地参保人员不支持家庭共济/)
})

test('refuses 李建芳: already bound by another authorizer', async () => {
  assert.equal(await bind('360681199008262843', '李建芳', '兄弟姐妹'), '授权未成功')
  assert.match(await reasons(), /已被其他授权人绑定/)
  assert.match(await reasons(), /请先由原授权人或使用人本人解除原授权关系，次日可重新绑定/)
})

test('a wrong name for every demo ID number reveals nothing (domain.md: What a refusal may reveal)', async () => {
  const ids = ['360602198604151314', '360602198809212424', '360602202503081133', '360602195807021516', '360602196003182626', '330106198305111753', '360681199008262843', '360902197901051178']
  // A relation the form's own checks accept for each number (李建国 was born 1986: 李小宝, born 2025, is too far
  // apart for 兄弟姐妹), so that what is tested is the server's answer.
  const relationFor = (id) => (id === '360602202503081133' ? '子女' : '兄弟姐妹')
  for (const id of ids) {
    assert.equal(await bind(id, '张三', relationFor(id)), '授权未成功', id)
    const text = await reasons()
    assert.match(text, /^证件号码与姓名不一致或未查询到参保信息/, id)
    assert.doesNotMatch(text, /暂停|终止|杭州|浙江|宜春|已被|已与您|本人|已缴/, id)
  }
})

test('explains a wrong check digit inline and keeps 下一步 disabled', async () => {
  await openAuthorize()
  await page.getByLabel('证件号码').fill('360602202503081134')
  await page.getByText('证件号码最后一位不对，请核对').waitFor()
  assert.equal(await page.getByRole('button', { name: '下一步' }).getAttribute('aria-disabled'), 'true')
})

test('cancel, rebind the same day → refused; the next day (page clock) → one binding even with a double tap', async () => {
  await page.goto(`${server.url}#/packages/family/relations/index`)
  const list = page.getByRole('list', { name: '我授权的使用人' })
  const baby = list.getByRole('listitem', { name: '李*宝 子女 生效中' })
  await baby.getByRole('button', { name: '解除授权（李*宝）' }).click()
  await page.getByRole('alertdialog', { name: '解除共济授权' }).getByRole('button', { name: '解除', exact: true }).click()
  await list.getByRole('listitem', { name: '李*宝 子女 已解除' }).waitFor()
  assert.match(await page.getByRole('status').innerText(), /可于 2026年11月24日 起重新绑定/)

  assert.equal(await bind('360602202503081133', '李小宝', '子女'), '授权未成功')
  assert.match(await reasons(), /今天刚解除/)
  assert.match(await reasons(), /请于2026年11月24日起重新办理/)

  await page.clock.setSystemTime(new Date(JIANGXI_MORNING.getTime() + 24 * 3600 * 1000))
  // A day later the session has ended (30 minutes idle, 12 hours at most): sign in again.
  await flows.signIn(page, server.url)
  assert.equal(await bind('360602202503081133', '李小宝', '子女', { doubleTap: true }), '授权成功')
  await page.goto(`${server.url}#/packages/family/relations/index`)
  await list.getByRole('listitem', { name: '李*宝 子女 生效中' }).waitFor()
  assert.equal(await list.getByRole('listitem', { name: /^李\*宝 子女 生效中$/ }).count(), 1)
  await page.screenshot({ path: artifact('relations.png') })
})

test('no full ID number in any URL, console message or storage key of this run', async () => {
  const { checked, leaks } = await browser.personalDataLeaks(page)
  assert.ok(checked > 5, `only ${checked} items were checked`)
  assert.deepEqual(leaks, [])
})
