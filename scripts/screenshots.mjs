// Screenshots for the README, in both modes: `npm run screenshots` (builds H5 first)
// → docs/screenshots/: each role's 首页 (授权人 李建国, 使用人 王秀英, 宜春 周志强), the result pages (授权成功,
// 授权未成功) and the main pages of the authorizer. Chinese text needs a CJK font (Debian: fonts-noto-cjk).
import fs from 'node:fs'
import path from 'node:path'
import { openApp, JIANGXI_MORNING } from '../test/support/app.mjs'
import { ensureChineseFont } from '../test/support/chromium.mjs'
import { bind, switchTo as signInAs } from '../test/support/flows.mjs'

ensureChineseFont()
const out = path.resolve('docs/screenshots')
fs.mkdirSync(out, { recursive: true })
const app = await openApp({ clock: JIANGXI_MORNING })
const { server, page } = app
page.setDefaultTimeout(15_000)
const shot = async (name) => {
  await page.waitForTimeout(500)
  await page.screenshot({ path: path.join(out, `${name}.png`) })
}
const open = async (route, ready) => {
  await page.goto(`${server.url}#${route}`)
  await ready().first().waitFor()
}
const setElder = async (on) => {
  await page.goto(`${server.url}#/pages/me/index`)
  const toggle = page.getByRole('switch', { name: '长辈模式' })
  if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click()
}
const pages = [
  ['home-authorizer', '/pages/home/index', () => page.getByRole('group', { name: '我的个人账户' })],
  ['account', '/pages/account/index', () => page.getByRole('group', { name: '我的个人账户' })],
  ['authorize', '/packages/family/authorize/index', () => page.getByLabel('证件号码')],
  ['relations', '/packages/family/relations/index', () => page.getByRole('list', { name: '我授权的使用人' })],
  ['premium', '/packages/payment/premium/index', () => page.getByRole('list', { name: '可代缴人员' })],
  ['household', '/packages/records/household/index', () => page.getByRole('group', { name: '门诊家庭账户余额' })],
]
// The authorizer binds his son (standard) and his wife (长辈模式); 张桂兰's 暂停 is refused in both.
const binds = { normal: ['360602202503081133', '李小宝', '子女'], elder: ['360602198809212424', '王秀英', '配偶'] }
for (const mode of ['normal', 'elder']) {
  await setElder(mode === 'elder')
  await bind(page, server.url, ...binds[mode])
  await shot(`result-success-${mode}`)
  await bind(page, server.url, '360602196003182626', '张桂兰', '父母')
  await shot(`result-refusal-${mode}`)
  for (const [name, route, ready] of pages) {
    await open(route, ready)
    await shot(`${name}-${mode}`)
  }
}
// 王秀英, now bound as 使用人; then 周志强 of 宜春.
for (const [masked, name, ready] of [
  ['王*英', 'home-user', () => page.getByRole('group', { name: '可使用李*国的历年余额' })],
  ['周*强', 'home-yichun', () => page.getByRole('group', { name: '我的个人账户' })],
]) {
  await signInAs(page, server.url, masked)
  for (const mode of ['elder', 'normal']) {
    await setElder(mode === 'elder')
    await open('/pages/home/index', ready)
    await shot(`${name}-${mode}`)
  }
}
await app.close()
console.log(`screenshots written to ${out}`)
