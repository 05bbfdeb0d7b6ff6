// axe-core on every page of the H5 build: 0 serious or critical violations; focus on failed submits.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { openApp, JIANGXI_MORNING } from '../support/app.mjs'
import { seriousViolations } from '../support/axe.mjs'
import { fillAuthorization, typePassword } from '../support/flows.mjs'
import { PAGES as ALL_PAGES } from '../support/pages.mjs'

/** Text on screen that looks like a file name or a repository path (a source must be shown by its public label). */
const FILE_LIKE = /[\w-]+\.(?:txt|md|tsx?|m?js|json|scss)\b|\bseed \d{3}|\b(?:shared|src|test|node_modules)\/|\b[0-9a-f]{16}\b/
async function fileLikeLines(page) {
  const text = await page.evaluate(() => document.body.innerText)
  return text.split('\n').filter((line) => FILE_LIKE.test(line))
}

let app
let server
let browser
let page

const PAGES = ALL_PAGES.map(([name, route, ready]) => [name, route, () => ready(page)])

before(async () => {
  app = await openApp({ clock: JIANGXI_MORNING })
  ;({ server, browser, page } = app)
  // Agree to the 隐私保护指引 once, as a person would before the first personal-data input.
  await page.goto(`${server.url}#/packages/family/authorize/index`)
  await page.getByRole('button', { name: '同意并继续' }).click()
})

after(() => app?.close())

for (const [name, route, ready] of PAGES) {
  test(`axe: ${name} has no serious or critical violations`, async () => {
    await page.goto(`${server.url}#${route}`)
    await ready().first().waitFor()
    await page.waitForTimeout(300)
    const violations = await seriousViolations(page)
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2))
    assert.deepEqual(await fileLikeLines(page), [], 'visible text that looks like a file name or path')
  })
}

test('axe: the 医保支付密码 sheet (惠民保 for 本人) has no serious or critical violations; its input is named like its label', async () => {
  await page.goto(`${server.url}#/packages/payment/huiminbao/index`)
  await page.getByRole('checkbox', { name: '李*国（本人） ¥69.00' }).click()
  await page.getByRole('checkbox', { name: /惠民保/ }).click()
  await page.getByRole('button', { name: '确认缴费' }).click()
  const sheet = page.getByRole('dialog', { name: '请输入医保支付密码' })
  await sheet.getByLabel('医保支付密码').waitFor()
  await sheet.getByText('医保支付密码', { exact: true }).waitFor()
  await page.waitForTimeout(300)
  const violations = await seriousViolations(page)
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2))
  await sheet.getByRole('button', { name: '取消' }).click()
  await sheet.waitFor({ state: 'detached' })
})

// 长辈模式 (MIIT 适老化), switched on in 我的: every page again, measured in the browser. Base text of the page
// ≥ 18 CSS px, choices (radios) and chevrons (›) as large as it, tags (必填, 生效中 …) ≥ 16 px, every visible control
// ≥ 48 CSS px high, and axe still finds nothing serious.
test('长辈模式: base text, choices and chevrons ≥ 18 px, tags ≥ 16 px, controls ≥ 48 px high, no serious violations on every page', async () => {
  await page.goto(`${server.url}#/pages/me/index`)
  const toggle = page.getByRole('switch', { name: '长辈模式' })
  if ((await toggle.getAttribute('aria-checked')) !== 'true') await toggle.click()
  assert.equal(await toggle.getAttribute('aria-checked'), 'true')
  const problems = []
  let tabPagesSeen = 0
  try {
    for (const [name, route, ready] of PAGES) {
      await page.goto(`${server.url}#${route}`)
      await ready().first().waitFor()
      await page.waitForTimeout(300)
      const found = await page.evaluate(() => {
        const root = [...document.querySelectorAll('.page--elder')].find((el) => el.offsetParent !== null)
        if (!root) return ['no .page--elder on screen']
        const out = []
        const base = parseFloat(getComputedStyle(root).fontSize)
        if (base < 18) out.push(`base text ${base} px`)
        const TAGS = new Set(['必填', '选填', '生效中', '已解除', '已失效'])
        for (const el of root.querySelectorAll('*')) {
          if (el.offsetParent === null || el.children.length > 0) continue
          const text = (el.textContent || '').trim()
          const kind = el.getAttribute('role') === 'radio' ? ['choice', 18] : text.endsWith('›') ? ['chevron', 18] : TAGS.has(text) ? ['tag', 16] : null
          const size = parseFloat(getComputedStyle(el).fontSize)
          if (kind && size < kind[1]) out.push(`${kind[0]} "${text.slice(0, 20)}" ${size} px`)
        }
        // The tab bar's labels grow with the page (H5 draws it inside the tab pages, as WeChat's custom tab bar).
        for (const tab of root.querySelectorAll('[role=tab]')) {
          const size = parseFloat(getComputedStyle(tab.lastElementChild ?? tab).fontSize)
          if (size < 18) out.push(`tab "${tab.textContent}" label ${size} px`)
        }
        for (const el of root.querySelectorAll('[role=button],[role=checkbox],[role=radio],[role=tab],input')) {
          const box = el.getBoundingClientRect()
          if (el.offsetParent === null || box.width === 0) continue
          if (box.height < 48) out.push(`${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 20)}" ${box.height.toFixed(1)} px high`)
        }
        return out
      })
      for (const f of found) problems.push(`${name}: ${f}`)
      if (['首页', '家庭共济', '我的'].includes(name) && (await page.getByRole('tab').count()) === 3) tabPagesSeen++
      for (const v of await seriousViolations(page)) problems.push(`${name}: axe ${v.id ?? JSON.stringify(v)}`)
      for (const line of await fileLikeLines(page)) problems.push(`${name}: file-like text "${line}"`)
    }
  } finally {
    await page.goto(`${server.url}#/pages/me/index`)
    await toggle.click()
  }
  assert.deepEqual(problems, [])
  assert.equal(tabPagesSeen, 3, 'the three tab pages show their tab bar')
})

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
  await typePassword(page)
  const alert = page.getByRole('alert').filter({ hasText: '网络连接失败' })
  await alert.waitFor()
  assert.equal(await alert.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)), true)
})

test('no full ID number in any URL, console message or storage key of this run', async () => {
  const { checked, leaks } = await browser.personalDataLeaks(page)
  assert.ok(checked > 5, `only ${checked} items were checked`)
  assert.deepEqual(leaks, [])
})
