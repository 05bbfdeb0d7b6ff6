// Two windows of the H5 app share the mock server's storage (issue 19): one pays while the other signs in as
// someone else; after a reload of both, every binding and payment is there and nothing was reset.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { openApp, JIANGXI_MORNING } from '../support/app.mjs'
import * as flows from '../support/flows.mjs'

let app
let a
let b

before(async () => {
  app = await openApp({ clock: JIANGXI_MORNING })
  a = app.page
  // A second window of the same browser: the same localStorage (the server's books), its own sessionStorage.
  b = await app.browser.context.newPage()
  b.setDefaultTimeout(10_000)
  await b.clock.install({ time: JIANGXI_MORNING })
})

after(() => app?.close())

const top = (page) => page.locator('.taro_page').last()

test('one window pays while the other signs in as someone else; after reloading both, the binding and the payment are there', async () => {
  const url = app.server.url
  assert.equal(await flows.bind(a, url, '360602198809212424', '王秀英', '配偶'), '授权成功')
  // The second window signs in as 周志强 and reads his bindings while the first goes on as 李建国.
  await flows.signIn(b, url, '周*强')
  await b.goto(`${url}#/packages/family/relations/index`)
  const hisList = b.getByRole('list', { name: '我授权的使用人' })
  await hisList.getByRole('listitem', { name: '李*芳 配偶 生效中' }).waitFor()
  await a.goto(`${url}#/packages/payment/premium/index`)
  await a.getByRole('list', { name: '可代缴人员' }).getByRole('checkbox', { name: '王*英（配偶） 普通居民 ¥400.00' }).click()
  await a.getByRole('checkbox', { name: /为以上人员代缴城乡居民医保费/ }).click()
  await a.getByRole('button', { name: '确认缴费' }).click()
  await flows.typePassword(a, '135790')
  await a.getByRole('list', { name: '缴费凭证' }).waitFor()
  // The second window, holding what it read before the payment, now writes too: 周志强 cancels his binding.
  await hisList.getByRole('listitem', { name: '李*芳 配偶 生效中' }).getByRole('button', { name: '解除授权（李*芳）' }).click()
  await b.getByRole('alertdialog', { name: '解除共济授权' }).getByRole('button', { name: '解除', exact: true }).click()
  await hisList.getByRole('listitem', { name: '李*芳 配偶 已解除' }).waitFor()
  // ... and then signs in as someone else.
  await flows.switchTo(b, url, '王*英')

  await a.reload()
  await b.reload()
  await a.goto(`${url}#/packages/payment/history/index`)
  const history = a.getByRole('list', { name: '缴费记录' })
  await history.getByRole('listitem').first().waitFor()
  assert.equal(await history.getByRole('listitem').count(), 1)
  await a.goto(`${url}#/packages/family/relations/index`)
  // The binding is still active (its 解除授权 is offered).
  const relations = a.locator('.taro_page[id^="/packages/family/relations/index"]').last()
  await relations.getByRole('button', { name: /解除授权/ }).first().waitFor()
  assert.match(await relations.innerText(), /王\*英/)
  // 王秀英, in the other window, sees her premium paid by him: the write of the first window reached the second.
  await b.goto(`${url}#/pages/home/index`)
  await b.getByRole('status', { name: '居民医保缴费' }).waitFor()
  assert.match(await b.getByRole('status', { name: '居民医保缴费' }).innerText(), /2027年度居民医保费已由 李\*国 代缴/)
  assert.doesNotMatch(await top(b).innerText(), /已为您重置|无法读取/)
})
