// 账户余额查询, 共济使用明细 and 共济政策查询 on the production H5 build, by visible labels only.
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
})

after(() => app?.close())

test("李建国's dashboard: 历年余额 ¥3,280.50 and the household's one 门诊家庭账户 (¥270.00 for the year) on 李小宝", async () => {
  assert.equal(await bind(page, server.url, '360602202503081133', '李小宝', '子女'), '授权成功')
  await page.goto(server.url)
  await page.getByRole('button', { name: /^账户余额查询/ }).click()
  // 首页 (a tab page) stays in the DOM under the new page, with its own 历年余额 card: look at the top page.
  const top = page.locator('.taro_page').last()
  await top.getByText(/下拉可刷新/).waitFor()
  const main = top.getByRole('group', { name: '我的个人账户' })
  await main.waitFor()
  assert.match(await main.innerText(), /个人账户历年余额\s*¥3,280\.50/)
  const baby = top.getByRole('list', { name: '我的家人' }).getByRole('listitem', { name: '李*宝（子女）' })
  assert.match(await baby.innerText(), /门诊家庭账户（全家共用）\s*¥[\d,]+\.\d\d（本年度 ¥270\.00）/)
  await page.screenshot({ path: artifact('account.png') })
})

test("共济使用明细 opens on what 李建国's family took from his 历年余额, filters by member, and keeps the DOM small (virtual list)", async () => {
  await page.locator('.taro_page').last().getByRole('button', { name: '家人使用明细' }).click()
  const region = page.getByRole('region', { name: /共济使用明细，共 \d+ 条/ })
  await region.waitFor()
  const count = async () => Number((await region.getAttribute('aria-label')).match(/共 (\d+) 条/)[1])
  const waitForChange = async (from) => {
    for (let i = 0; i < 50 && (await count()) === from; i++) await page.waitForTimeout(100)
    return count()
  }
  // His question first: what his relatives drew from his account, each row saying so, dated in 年月日.
  const family = await count()
  assert.ok(family > 50, `${family} records of the family`)
  await page.getByRole('button', { name: '成员：全部家人' }).waitFor()
  const rows = page.locator('[data-record-row]')
  const first = await rows.allInnerTexts()
  assert.ok(first.length > 3, `rendered ${first.length} rows`)
  for (const t of first) {
    assert.match(t, /李\*明（父母） · \d{4}年\d{1,2}月\d{1,2}日/)
    assert.match(t, /用了您的历年余额 ¥[\d,]+\.\d\d/)
  }
  await page.getByRole('button', { name: /^成员：/ }).click()
  await page.getByRole('dialog', { name: '选择成员' }).getByRole('button', { name: '全家（含本人）' }).click()
  const all = await waitForChange(family)
  assert.ok(all > 250 && all > family, `${all} records in all`)
  await page.getByRole('button', { name: /^成员：/ }).click()
  await page.getByRole('dialog', { name: '选择成员' }).getByRole('button', { name: '李*明（父母）' }).click()
  const father = await waitForChange(all)
  assert.ok(father > 50 && father < all, `${father} of ${all} records are 李*明's`)
  const texts = await rows.allInnerTexts()
  assert.ok(texts.length > 3 && texts.length < 30, `rendered ${texts.length} rows`)
  for (const t of texts) assert.match(t, /李\*明（父母）/)
  assert.match(texts[0], /用了您的历年余额 ¥/)
  await page.screenshot({ path: artifact('records.png') })
  // Scrolling loads the next pages (50 a page) until all of them are shown.
  await page.mouse.move(195, 500)
  for (let i = 0; i < 40 && !(await page.getByText(`已显示全部 ${father} 条`).isVisible()); i++) {
    await page.mouse.wheel(0, 1500)
    await page.waitForTimeout(150)
  }
  assert.equal(await page.getByText(`已显示全部 ${father} 条`).isVisible(), true)
  assert.ok((await rows.count()) < 30)
})

test('共济使用明细 in 长辈模式: rows and filters in larger text, nothing cut off at the bottom of a row', async () => {
  /** Font sizes of a row's title and line, and of a filter, and whether any row or filter holds more than it shows. */
  const measure = () =>
    page.evaluate(() => {
      const px = (el) => parseFloat(getComputedStyle(el).fontSize)
      const top = [...document.querySelectorAll('.taro_page')].pop()
      const rows = [...top.querySelectorAll('[data-record-row]')]
      const filters = [...top.querySelectorAll('.filter-bar__item')]
      return {
        title: px(rows[0].querySelector('.record-row__title')),
        line: px(rows[0].querySelector('.record-row__meta')),
        filter: px(filters[0]),
        rows: rows.length,
        clipped: [...rows, ...filters].filter((el) => el.scrollHeight > el.clientHeight + 1).map((el) => el.innerText),
      }
    })
  const open = async () => {
    await page.goto(`${server.url}#/packages/records/list/index`)
    // The page left may still be in the DOM for a moment, showing the same (cached) list: look at the top page.
    await page.locator('.taro_page').last().getByRole('region', { name: /共济使用明细，共 \d+ 条/ }).waitFor()
    await page.locator('[data-record-row]').first().waitFor()
    return measure()
  }
  const elderMode = async (on) => {
    await page.goto(`${server.url}#/pages/me/index`)
    const toggle = page.getByRole('switch', { name: '长辈模式' })
    if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click()
    assert.equal(await toggle.getAttribute('aria-checked'), String(on))
  }
  const normal = await open()
  await elderMode(true)
  const elder = await open()
  await page.screenshot({ path: artifact('records-elder.png') })
  await elderMode(false)
  for (const k of ['title', 'line', 'filter']) assert.ok(elder[k] >= normal[k] * 1.15, `${k}: ${normal[k]} px → ${elder[k]} px`)
  assert.deepEqual(normal.clipped, [])
  assert.deepEqual(elder.clipped, [])
  assert.ok(elder.rows > 3, `${elder.rows} rows in 长辈模式`)
})

test('共济政策查询: 鹰潭 住院 → 不可以; 宜春 住院个人负担 → 可以; 门诊家庭账户 at 市级医院 → 不可以', async () => {
  await page.goto(`${server.url}#/packages/policy/overview/index`)
  const shared = page.getByRole('region', { name: /^家庭共济资金/ })
  const ofa = page.getByRole('region', { name: /^门诊家庭账户/ })
  const pick = (group, option) => page.getByRole('radiogroup', { name: group }).getByRole('radio', { name: option, exact: true }).click()

  await pick('费用类别', '住院')
  await pick('就医地点', '市级及以上医院')
  assert.match(await shared.innerText(), /不可以/)

  // The 门诊家庭账户 is a question of its own: one question, one answer.
  await pick('想查哪笔钱', '居民医保门诊家庭账户')
  await pick('费用类别', '普通门诊')
  assert.match(await ofa.innerText(), /不可以/)
  assert.match(await ofa.innerText(), /市级及以上医院：不能使用/)

  await pick('想查哪笔钱', '家人授权的职工医保历年余额')
  await pick('参保地', '宜春')
  await pick('费用类别', '住院')
  const yichun = await shared.innerText()
  assert.doesNotMatch(yichun, /不可以/)
  assert.match(yichun, /可以/)
  assert.match(yichun, /住院费用中个人负担部分/)
  await page.screenshot({ path: artifact('policy.png') })
})

test('no full ID number in any URL, console message or storage key of this run', async () => {
  const { checked, leaks } = await browser.personalDataLeaks(page)
  assert.ok(checked > 5, `only ${checked} items were checked`)
  assert.deepEqual(leaks, [])
})
