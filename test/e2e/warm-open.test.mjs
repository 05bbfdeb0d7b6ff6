// The warm open of 首页 (issue 22), on the production H5 build: a reload of the same session shows the last figures
// at once from this window's sessionStorage, marked 「更新于 hh:mm」, before the server has answered (the mock's
// default latency is 150–400 ms a call), then refreshes them in place; 退出登录 leaves nothing stored.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { openApp } from '../support/app.mjs'

let app
let server
let page

before(async () => {
  app = await openApp()
  ;({ server, page } = app)
})

after(() => app?.close())

/** 首页's figure marks of this page load (src/platform/perf.ts), in order: their source and time. */
const figureMarks = () => page.evaluate(() => performance.getEntriesByName('jx:figures').map((e) => ({ source: e.detail?.source, at: e.startTime })))

const line = () => page.getByRole('status', { name: '数据更新时间' })

test('a reload shows the stored figures at once, marked 更新于, then the fresh ones in place', async () => {
  await page.goto(server.url)
  await page.getByRole('group', { name: '我的个人账户' }).waitFor()
  await page.waitForFunction(() => /已更新 \d\d:\d\d/.test(document.querySelector('[aria-label="数据更新时间"]')?.textContent ?? ''))
  const first = await figureMarks()
  assert.deepEqual(first.map((m) => m.source), ['server'])
  const kept = await page.evaluate(() => sessionStorage.getItem('jx-kept'))
  assert.ok(kept && kept.includes('李*国'), 'the home answer is kept for the session')
  assert.doesNotMatch(kept, /李建国|360602198604151314/)

  // Watch the line from the very start of the next load: what it said, and when.
  await page.addInitScript(() => {
    window.__lines = []
    new MutationObserver(() => {
      const t = document.querySelector('[aria-label="数据更新时间"]')?.textContent
      if (t && window.__lines.at(-1)?.text !== t) window.__lines.push({ text: t, at: performance.now() })
    }).observe(document, { subtree: true, childList: true, characterData: true })
  })
  await page.reload()
  await page.getByRole('group', { name: '我的个人账户' }).waitFor()
  await page.waitForFunction(() => /已更新/.test(document.querySelector('[aria-label="数据更新时间"]')?.textContent ?? ''))
  const marks = await figureMarks()
  assert.deepEqual(marks.map((m) => m.source), ['stored', 'server'], 'the stored figures first, then the server answer')
  assert.ok(marks[0].at < marks[1].at)
  // 首页's own content was drawn once, no later than the stored figures.
  const firstScreen = await page.evaluate(() => performance.getEntriesByName('jx:first-screen').map((e) => e.startTime))
  assert.equal(firstScreen.length, 1)
  assert.ok(firstScreen[0] <= marks[0].at)
  const lines = await page.evaluate(() => window.__lines)
  assert.match(lines[0].text, /^更新于 \d\d:\d\d，正在刷新…$/, JSON.stringify(lines))
  assert.match(lines.at(-1).text, /^已更新 \d\d:\d\d$/)
  assert.ok(!lines.some((l) => l.text.startsWith('正在读取')), `no empty start on a warm open: ${JSON.stringify(lines)}`)
  assert.match(await line().innerText(), /^已更新/)
})

test('退出登录 leaves nothing of the session stored', async () => {
  await page.goto(`${server.url}#/pages/me/index`)
  await page.getByRole('button', { name: /^退出登录/ }).click()
  await page.getByRole('alertdialog', { name: '退出登录' }).getByRole('button', { name: '退出登录' }).click()
  await page.getByRole('list', { name: '演示家庭成员' }).waitFor()
  const stored = await page.evaluate(() => Object.keys(sessionStorage))
  assert.ok(!stored.includes('jx-kept'), `still stored: ${stored}`)
  assert.ok(!stored.includes('jx-session'), `still stored: ${stored}`)
  // And a reload shows nothing personal: no figures, only the way to sign in.
  await page.goto(`${server.url}#/pages/home/index`)
  await page.reload()
  await page.getByRole('region', { name: '请先登录' }).first().waitFor()
  assert.equal(await page.getByRole('group', { name: '我的个人账户' }).count(), 0)
})
