// Screenshots of the main pages in both modes for the README: `npm run screenshots` (builds H5 first)
// → docs/screenshots/{home,account,authorize,relations,premium}-{normal,elder}.png
import fs from 'node:fs'
import path from 'node:path'
import { openApp, JIANGXI_MORNING } from '../test/support/app.mjs'
import { bind } from '../test/support/flows.mjs'

const out = path.resolve('docs/screenshots')
fs.mkdirSync(out, { recursive: true })
const app = await openApp({ clock: JIANGXI_MORNING })
const { server, page } = app
page.setDefaultTimeout(15_000)
await bind(page, server.url, '360602202503081133', '李小宝', '子女')

const shots = [
  ['home', '/pages/home/index', () => page.getByRole('button', { name: '微服务' })],
  ['account', '/pages/account/index', () => page.getByRole('group', { name: '我的个人账户' })],
  ['authorize', '/packages/family/authorize/index', () => page.getByLabel('证件号码')],
  ['relations', '/packages/family/relations/index', () => page.getByRole('list', { name: '我授权的使用人' })],
  ['premium', '/packages/payment/premium/index', () => page.getByRole('list', { name: '可代缴人员' })],
]
for (const mode of ['normal', 'elder']) {
  if (mode === 'elder') {
    await page.goto(`${server.url}#/pages/me/index`)
    await page.getByRole('switch', { name: '长辈模式' }).click()
  }
  for (const [name, route, ready] of shots) {
    await page.goto(`${server.url}#${route}`)
    await ready().first().waitFor()
    await page.waitForTimeout(500)
    await page.screenshot({ path: path.join(out, `${name}-${mode}.png`) })
  }
}
await app.close()
console.log(`screenshots written to ${out}`)
