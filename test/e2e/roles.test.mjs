// Each person's first screen, by visible text only, in the production H5 build: the authorizer in 长辈模式, the
// 使用人, and the 宜春 member who must upload proof. Plus: every dialog of every tab page can be used (nothing
// under the tab bar), without `force`.
import { test, beforeEach, afterEach } from 'node:test'
import assert from 'node:assert/strict'
import { openApp, artifact } from '../support/app.mjs'
import * as flows from '../support/flows.mjs'
import { fillAuthorization, openAuthorize, typePassword } from '../support/flows.mjs'

let app
let page
let url

beforeEach(async () => {
  app = await openApp()
  page = app.page
  url = app.server.url
})

afterEach(() => app?.close())

const visible = (text, opts) => page.getByText(text, opts).locator('visible=true').first()

const switchTo = (masked) => flows.switchTo(page, url, masked)

async function bindAs(id, name, relation) {
  await openAuthorize(page, url)
  await fillAuthorization(page, id, name, relation)
  await page.getByRole('button', { name: '下一步' }).click()
  await page.getByRole('button', { name: '确认提交' }).click()
  await typePassword(page)
  await page.getByText(/^授权(成功|未成功)$/).waitFor()
}

/** What keeps part of the element from taking a tap ('' if nothing): off screen, or covered near an edge or at the centre. */
const covering = (locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect()
    if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) return `off screen (${Math.round(r.top)}–${Math.round(r.bottom)} of ${innerHeight})`
    // 3 px inside the top and bottom edges; far enough in from the sides to miss rounded corners.
    const inset = Math.max(8, r.width / 10)
    const xs = [r.left + inset, (r.left + r.right) / 2, r.right - inset]
    const ys = [r.top + 3, (r.top + r.bottom) / 2, r.bottom - 3]
    const over = xs.flatMap((x) => ys.map((y) => document.elementFromPoint(x, y))).find((hit) => !el.contains(hit))
    return over === undefined ? '' : `covered by ${over?.className || over?.tagName}`
  })

test('every dialog and sheet on every tab page can be used, in both modes: each of its buttons takes the tap whole (no force)', async () => {
  // The tab pages and what opens a dialog on each (首页 and 家庭共济 open pages, not sheets).
  // [route, opener, role, name, and for a sheet that leads to a dialog: the sheet's choice that opens it]
  const openers = [
    ['/pages/me/index', /^清除本机数据/, 'dialog', '清除本机数据'],
    ['/pages/me/index', /^清除本机数据/, 'alertdialog', '清除本机数据', /^只清除草稿和缓存/],
    ['/pages/me/index', /^重置演示数据/, 'alertdialog', '重置演示数据'],
    ['/pages/me/index', /^退出登录/, 'alertdialog', '退出登录'],
  ]
  for (const elder of [false, true]) {
    if (elder) {
      await page.goto(`${url}#/pages/me/index`)
      await page.getByRole('switch', { name: '长辈模式' }).click()
      assert.equal(await page.getByRole('switch', { name: '长辈模式' }).getAttribute('aria-checked'), 'true')
    }
    for (const [route, opener, role, name, choice] of openers) {
      await page.goto(`${url}#${route}`)
      // The page has its member (the first call also fetches the mock server on H5) before anything is tapped.
      await visible('李*国', { exact: true }).waitFor()
      await page.getByRole('button', { name: opener }).click()
      if (choice) await page.getByRole('dialog', { name }).getByRole('button', { name: choice }).click()
      const dialog = page.getByRole(role, { name })
      await dialog.waitFor()
      const buttons = dialog.getByRole('button')
      const count = await buttons.count()
      assert.ok(count >= 2, `${name}: ${count} buttons`)
      const heights = []
      for (let i = 0; i < count; i++) {
        // A trial click runs every check a real tap needs (visible, stable, its centre not covered by the tab bar);
        // the whole button must take the tap too, not only its centre.
        await buttons.nth(i).click({ trial: true, timeout: 2000 })
        assert.equal(await covering(buttons.nth(i)), '', `${name}${elder ? '（长辈模式）' : ''}: 「${await buttons.nth(i).innerText()}」`)
        heights.push((await buttons.nth(i).boundingBox()).height)
      }
      assert.ok(heights.length >= 2)
      await dialog.getByRole('button', { name: '取消' }).click({ timeout: 2000 })
      await dialog.waitFor({ state: 'detached' })
    }
  }
  // On the tab pages without dialogs, no sheet or dialog is left on screen to cover anything.
  for (const route of ['/pages/home/index', '/pages/family/index']) {
    await page.goto(`${url}#${route}`)
    await page.waitForTimeout(300)
    assert.equal(await page.locator('[role=dialog]:visible,[role=alertdialog]:visible').count(), 0)
  }
})

test('authorizer in 长辈模式: 首页 answers who and how much; binding the baby ends on a WeUI result with the next step and 完成', async () => {
  await page.goto(`${url}#/pages/me/index`)
  await page.getByRole('switch', { name: '长辈模式' }).click()
  assert.equal(await page.getByRole('switch', { name: '长辈模式' }).getAttribute('aria-checked'), 'true')
  await page.getByRole('tab', { name: '首页' }).click()
  await visible('您好，李*国').waitFor()
  await visible('¥3,280.50').waitFor()
  await visible('李*明（父母）').waitFor()
  // 常用功能: two equal columns, the same gap between columns and between rows, every label inside its tile.
  const tiles = await page.getByRole('list', { name: '常用功能' }).getByRole('button').evaluateAll((els) =>
    els.map((el) => { const r = el.getBoundingClientRect(); return { x: Math.round(r.left), right: Math.round(r.right), y: Math.round(r.top), bottom: Math.round(r.bottom), overflow: el.scrollWidth > el.clientWidth + 1 } }))
  assert.ok(tiles.length >= 4, `${tiles.length} shortcuts`)
  const columns = [...new Set(tiles.map((t) => t.x))].sort((a, b) => a - b)
  assert.equal(columns.length, 2, `columns at ${columns}`)
  assert.equal(new Set(tiles.map((t) => t.right - t.x)).size, 1, `widths ${tiles.map((t) => t.right - t.x)}`)
  const left = tiles.filter((t) => t.x === columns[0])
  const columnGap = tiles.find((t) => t.x === columns[1]).x - left[0].right
  for (let i = 1; i < left.length; i++) assert.ok(Math.abs(left[i].y - left[i - 1].bottom - columnGap) <= 1, `row gap ${left[i].y - left[i - 1].bottom}, column gap ${columnGap}`)
  assert.deepEqual(tiles.filter((t) => t.overflow), [])
  await page.screenshot({ path: artifact('role-authorizer-home-elder.png') })

  await page.getByRole('button', { name: '为家人授权' }).click()
  await page.getByLabel('证件号码').or(page.getByRole('button', { name: '同意并继续' })).first().waitFor()
  if (await page.getByRole('button', { name: '同意并继续' }).isVisible()) await page.getByRole('button', { name: '同意并继续' }).click()
  await fillAuthorization(page, '360602202503081133', '李小宝', '子女')
  await page.getByRole('button', { name: '下一步' }).click()
  // 确认提交 shows what he typed, grouped, with the birth date it encodes.
  await visible('360602 20250308 1133').waitFor()
  await visible('2025年3月8日').waitFor()
  await visible('李小宝', { exact: true }).waitFor()
  await page.getByRole('button', { name: '确认提交' }).click()
  await typePassword(page)
  await visible('授权成功').waitFor()
  await visible(/办理编号/).waitFor()
  // 李小宝 (born 2025) pays nothing: the next step is his 新生儿免缴确认 (the result page offers only what applies).
  await page.getByRole('button', { name: '新生儿免缴确认' }).waitFor()
  const actions = await page.locator('.taro_page:visible [role=button]').allInnerTexts()
  assert.equal(actions[0], '新生儿免缴确认')
  assert.equal(actions.at(-1), '完成')
  await page.screenshot({ path: artifact('role-authorizer-result-elder.png') })
  await page.getByRole('button', { name: '完成' }).click()
  await visible('李*宝（子女）').waitFor()
  // What is due, on 首页: his son's 免缴确认 for the open 年度, one tap away; done, it is gone.
  const due = page.getByRole('region', { name: /年度待办/ })
  await due.getByText(/李\*宝的\d{4}年度新生儿免缴确认还没办/).waitFor()
  await due.getByRole('button', { name: /^去确认/ }).click()
  await page.getByRole('button', { name: '确认', exact: true }).click()
  await visible('免缴确认成功').waitFor()
  // A confirmation, not a payment: 确认人 and 办理编号, no premium standard; the page ends in 完成.
  await visible('确认人').waitFor()
  await visible('办理编号').waitFor()
  assert.equal(await page.getByText(/缴费人|订单号|缴费标准/).locator('visible=true').count(), 0)
  const receiptActions = await page.locator('.taro_page:visible [role=button]').allInnerTexts()
  assert.equal(receiptActions.at(-1), '完成')
  await page.screenshot({ path: artifact('role-authorizer-exemption-elder.png') })
  // 完成: back where he came from (首页), the 免缴确认 page closed with the receipt.
  await page.getByRole('button', { name: '完成' }).click()
  await visible('您好，李*国').waitFor()
  await page.waitForTimeout(500)
  assert.equal(await page.getByText(/李\*宝的\d{4}年度新生儿免缴确认还没办/).locator('visible=true').count(), 0)
})

test('使用人 王秀英: 首页, 账户余额 and 家庭共济 say whose money she may use; no 授权登记 offered', async () => {
  await bindAs('360602198809212424', '王秀英', '配偶')
  await switchTo('王*英')
  await page.goto(`${url}#/pages/home/index`)
  // Her first screen needs three answers (member, balances, bindings); on a busy machine that can take a while.
  await visible('您好，王*英').waitFor({ timeout: 30_000 })
  await visible(/可使用 李\*国 的历年余额/).waitFor()
  await visible('¥3,280.50').waitFor()
  assert.equal(await page.getByRole('button', { name: '为家人授权' }).locator('visible=true').count(), 0)
  await page.screenshot({ path: artifact('role-user-home.png') })

  await page.goto(`${url}#/pages/account/index`)
  await visible(/可使用 李\*国 的历年余额/).waitFor()
  assert.equal(await page.getByText(/您还没有绑定家人/).locator('visible=true').count(), 0)

  await page.goto(`${url}#/pages/family/index`)
  await visible(/使用人：被授权的家人/).waitFor()
  assert.equal(await page.getByRole('button', { name: /家庭账户共济授权登记/ }).locator('visible=true').count(), 0)
  await visible('我的共济使用明细').waitFor()
})

test('宜春 member 周志强: proof is required, uploaded in the thumbnail grid, and the binding succeeds', async () => {
  await switchTo('周*强')
  await page.goto(`${url}#/pages/home/index`)
  await visible('您好，周*强').waitFor()
  await visible(/宜春/).waitFor()
  await openAuthorize(page, url)
  await visible('必填').waitFor()
  // His mother 刘秀兰 (宜春, unbound in the seed); not a 配偶: he already has one (李*芳), and the form allows one.
  await fillAuthorization(page, '360902195305120625', '刘秀兰', '父母')
  const next = page.getByRole('button', { name: '下一步' })
  assert.equal(await next.getAttribute('aria-disabled'), 'true')
  await visible('还需完成：证明材料').waitFor()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: '拍照或从相册选择' }).click()
  await (await chooser).setFiles({ name: 'hukouben.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]) })
  const tile = page.getByRole('listitem', { name: '第1张证明材料，已上传' })
  await tile.waitFor()
  assert.equal(await next.getAttribute('aria-disabled'), 'false')
  // A thumbnail grid: no file name under the photo; 删除 a small button on the thumbnail's corner, ≥ 44 px to tap.
  assert.equal(await page.getByText(/hukouben/).locator('visible=true').count(), 0)
  const thumb = await tile.getByRole('img', { name: '第1张证明材料' }).boundingBox()
  const remove = tile.getByRole('button', { name: '删除第1张证明材料' })
  assert.equal(await remove.innerText(), '删除')
  const box = await remove.boundingBox()
  assert.ok(box.width >= 44 && box.height >= 44, `删除 is ${box.width}×${box.height}`)
  assert.ok(Math.abs(box.x + box.width - (thumb.x + thumb.width)) <= 1 && Math.abs(box.y - thumb.y) <= 1, `删除 at ${JSON.stringify(box)}, thumbnail ${JSON.stringify(thumb)}`)
  assert.equal(await covering(remove), '')
  await page.screenshot({ path: artifact('role-yichun-proof.png') })
  await next.click()
  await visible('1 张').waitFor()
  await page.getByRole('button', { name: '确认提交' }).click()
  await typePassword(page, flows.DEMO_PASSWORDS['周*强'])
  await visible('授权成功').waitFor()
})

test('H5 has a navigation bar like the mini programs: the page title and a 返回 that goes back', async () => {
  await page.goto(`${url}#/pages/home/index`)
  await visible('您好，李*国').waitFor()
  await page.getByRole('button', { name: /^账户余额查询/ }).click()
  const bar = page.getByRole('banner')
  await bar.getByText('账户余额查询', { exact: true }).waitFor()
  await bar.getByRole('button', { name: '返回' }).click()
  await visible('您好，李*国').waitFor()
  assert.match(page.url(), /pages\/home\/index/)
})
