// Browser end-to-end on the production H5 build (dist/h5), headless Debian chromium at 390×844.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { openApp, artifact } from '../support/app.mjs'
import { chooseDemoMember } from '../support/flows.mjs'

let app
let server
let browser
let page

before(async () => {
  app = await openApp()
  ;({ server, browser, page } = app)
})

after(() => app?.close())

test('home → 微服务 → 医保查询办理 shows the service menu (a page, not a one-item sheet)', async () => {
  await page.goto(server.url)
  await page.getByRole('button', { name: /^微服务/ }).waitFor()
  await page.screenshot({ path: artifact('home.png') })

  await page.getByRole('button', { name: /^微服务/ }).click()
  const menu = page.getByRole('list', { name: '医保查询办理' })
  await menu.waitFor()
  assert.match(page.url(), /pages\/services\/index/)
  assert.equal(await menu.getByRole('button', { name: '共济政策查询' }).count(), 1)
  await page.screenshot({ path: artifact('services.png') })
})

test('service menu opens 共济政策查询 in its subpackage', async () => {
  await page.getByRole('list', { name: '医保查询办理' }).getByRole('button', { name: '共济政策查询' }).click()
  const table = page.getByRole('list', { name: '鹰潭共济使用范围' })
  await table.waitFor()
  assert.match(page.url(), /packages\/policy\/overview\/index/)
  const inpatient = table.getByRole('listitem').filter({ hasText: /^住院/ })
  assert.match(await inpatient.innerText(), /不可共济/)
})

test('我的 → 切换演示身份 switches to 王秀英 (masked) and survives a reload', async () => {
  await page.goto(`${server.url}#/pages/me/index`)
  await page.getByText('李*国', { exact: true }).waitFor()
  await page.getByRole('button', { name: /切换演示身份/ }).click()
  await chooseDemoMember(page, '王*英')
  await page.getByText('您好，王*英').waitFor()
  await page.goto(`${server.url}#/pages/me/index`)
  await page.getByText('王*英', { exact: true }).waitFor()
  // The session is this window's (sessionStorage): a reload keeps it.
  await page.reload()
  await page.getByText('王*英', { exact: true }).waitFor()
  const html = await page.content()
  assert.doesNotMatch(html, /360602198809212424|王秀英/)
  await page.screenshot({ path: artifact('me.png') })
})

test('no full ID number in any URL, console message or storage key of this run', async () => {
  const { checked, leaks } = await browser.personalDataLeaks(page)
  assert.ok(checked > 5, `only ${checked} items were checked`)
  assert.deepEqual(leaks, [])
})

test('an unknown link opens 首页, and the loading shell is gone once a page is up', async () => {
  await page.goto(`${server.url}#/pages/nope/index`)
  await page.getByRole('button', { name: /^微服务/ }).waitFor()
  assert.equal(await page.locator('#app-shell').count(), 0)
  await page.goto(`${server.url}#/packages/records/list/index`)
  await page.getByRole('region', { name: /共济使用明细/ }).waitFor()
  assert.equal(await page.locator('#app-shell').count(), 0)
})

test('账户余额查询 pulls down to refresh: the page defines Taro\'s pull-to-refresh element, which 首页 goes without', async () => {
  await page.goto(server.url)
  await page.getByRole('button', { name: /^微服务/ }).waitFor()
  await page.goto(`${server.url}#/pages/account/index`)
  const top = page.locator('.taro_page').last()
  await top.getByText(/下拉可刷新/).waitFor()
  assert.equal(await top.locator('taro-pull-to-refresh-core .rmc-pull-to-refresh-content').count(), 1)
})
