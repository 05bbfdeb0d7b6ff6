// axe-core on every page of the H5 build: 0 serious or critical violations; focus on failed submits.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve } from '../support/static-server.mjs'
import { launch } from '../support/browser.mjs'
import { seriousViolations } from '../support/axe.mjs'
import { fillAuthorization } from '../support/flows.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
let server
let browser
let page

const PAGES = [
  ['首页', '/pages/home/index', () => page.getByRole('button', { name: '微服务' })],
  ['家庭共济', '/pages/family/index', () => page.getByRole('list', { name: '家庭共济办理' })],
  ['我的', '/pages/me/index', () => page.getByText('李*国', { exact: true })],
  ['医保查询办理', '/pages/services/index', () => page.getByRole('list', { name: '医保查询办理' })],
  ['账户余额查询', '/pages/account/index', () => page.getByRole('group', { name: '我的个人账户' })],
  ['隐私保护指引', '/pages/privacy/index', () => page.getByRole('region', { name: '我们收集哪些信息' })],
  ['家庭账户共济授权登记', '/packages/family/authorize/index', () => page.getByLabel('证件号码')],
  ['家庭共济关系查询', '/packages/family/relations/index', () => page.getByRole('list', { name: '我授权的使用人' })],
  ['共济政策查询', '/packages/policy/overview/index', () => page.getByRole('radiogroup', { name: '费用类别' })],
  ['门诊统筹测算', '/packages/policy/pooling/index', () => page.getByLabel('第1笔门诊费用（元）')],
  ['常见问题', '/packages/policy/faq/index', () => page.getByRole('region', { name: '在外省看病能用共济资金吗？' })],
  ['共济使用明细', '/packages/records/list/index', () => page.getByRole('region', { name: /共济使用明细/ })],
  ['代缴居民医保费', '/packages/payment/premium/index', () => page.getByRole('list', { name: '可代缴人员' })],
  ['惠民保参保缴费', '/packages/payment/huiminbao/index', () => page.getByRole('list', { name: '可参保人员' })],
  ['我的缴费记录', '/packages/payment/history/index', () => page.getByText('还没有缴费记录。')],
]

before(async () => {
  server = await serve(path.resolve(here, '../../dist/h5'))
  browser = await launch()
  page = await browser.context.newPage()
  page.setDefaultTimeout(10_000)
  // Agree to the 隐私保护指引 once, as a person would before the first personal-data input.
  await page.goto(`${server.url}#/packages/family/authorize/index`)
  await page.getByRole('button', { name: '同意并继续' }).click()
})

after(async () => {
  await browser?.close()
  await server?.close()
})

for (const [name, route, ready] of PAGES) {
  test(`axe: ${name} has no serious or critical violations`, async () => {
    await page.goto(`${server.url}#${route}`)
    await ready().first().waitFor()
    await page.waitForTimeout(300)
    const violations = await seriousViolations(page)
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2))
  })
}

test('every control on the authorization form is reachable with Tab and named', async () => {
  await page.goto(`${server.url}#/packages/family/authorize/index`)
  await page.getByLabel('证件号码').waitFor()
  const unnamed = await page.evaluate(() =>
    [...document.querySelectorAll('input,[role=button],[role=checkbox],[role=radio]')]
      .filter((el) => el.offsetParent !== null)
      .filter((el) => !(el.getAttribute('aria-label') || el.textContent?.trim()) || (el.tagName !== 'INPUT' && el.getAttribute('tabindex') !== '0'))
      .map((el) => el.outerHTML.slice(0, 120)),
  )
  assert.deepEqual(unnamed, [])
  await page.getByLabel('姓名').focus()
  await page.keyboard.press('Tab')
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('role'))
  assert.equal(focused, 'radio')
  await page.keyboard.press('Enter')
  assert.equal(await page.getByRole('radio', { name: '配偶', exact: true }).getAttribute('aria-checked'), 'true')
})

test('focus moves to the error message when a submit fails', async () => {
  await fillAuthorization(page, '360602202503081133', '李小宝', '子女')
  await page.getByRole('button', { name: '下一步' }).click()
  await page.getByRole('button', { name: '确认提交' }).waitFor()
  await page.goto(`${server.url}#/packages/dev/panel/index`)
  await page.getByRole('button', { name: '下一次请求失败' }).click()
  await page.goBack()
  await page.getByRole('button', { name: '确认提交' }).click()
  const alert = page.getByRole('alert').filter({ hasText: '网络连接失败' })
  await alert.waitFor()
  assert.equal(await alert.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)), true)
})

test('no full ID number in any URL, console message or storage key of this run', async () => {
  const { checked, leaks } = await browser.personalDataLeaks(page)
  assert.ok(checked > 5, `only ${checked} items were checked`)
  assert.deepEqual(leaks, [])
})
