// Issue 21 items 1–4 on the production H5 build, by visible text, in both modes: the 门诊家庭账户 page, totals,
// next steps that carry the person, receipts by order number.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { openApp, artifact, JIANGXI_MORNING } from '../support/app.mjs'
import { bind, switchTo } from '../support/flows.mjs'

let app
let server
let page

before(async () => {
  app = await openApp({ clock: JIANGXI_MORNING })
  ;({ server, page } = app)
  assert.equal(await bind(page, server.url, '360602202503081133', '李小宝', '子女'), '授权成功')
  // The exempt newborn's result page: his 免缴确认 first, never a premium.
  await top().getByRole('button', { name: '新生儿免缴确认' }).waitFor()
  assert.equal(await top().getByRole('button', { name: '为这位家人代缴医保费' }).count(), 0)
  assert.equal(await bind(page, server.url, '360602198809212424', '王秀英', '配偶'), '授权成功')
  // A spouse's result page: her premium, nothing of 新生儿免缴.
  await top().getByRole('button', { name: '为这位家人代缴医保费' }).waitFor()
  assert.doesNotMatch(await top().innerText(), /免缴/)
})

after(() => app?.close())

const top = () => page.locator('.taro_page').last()

async function elderMode(on) {
  await page.goto(`${server.url}#/pages/me/index`)
  const toggle = page.getByRole('switch', { name: '长辈模式' })
  if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click()
  assert.equal(await toggle.getAttribute('aria-checked'), String(on))
}

/** The 医保支付密码 sheet, where the build asks for it before a payment (the demo password of 李建国). */
async function passwordIfAsked(done) {
  const sheet = page.getByRole('dialog', { name: '请输入医保支付密码' })
  await Promise.race([sheet.waitFor(), page.waitForURL(done)])
  if (await sheet.isVisible()) await sheet.getByLabel('医保支付密码').pressSequentially('135790')
}

async function home() {
  await page.goto(`${server.url}#/pages/home/index`)
  await page.getByRole('group', { name: /我的个人账户|可使用李\*国的历年余额|我家的门诊家庭账户/ }).first().waitFor()
}

for (const mode of ['normal', 'elder']) {
  test(`${mode}: 门诊家庭账户 from 首页 — balance, 90 元 per resident, 李*宝's uses first, totals, the place table`, async () => {
    await elderMode(mode === 'elder')
    await home()
    await page.getByRole('button', { name: '李*宝家的门诊家庭账户明细' }).click()
    const balance = top().getByRole('group', { name: '门诊家庭账户余额' })
    await balance.waitFor()
    assert.match(await balance.innerText(), /2026年度 门诊家庭账户余额（全家共用）\s*¥[\d,]+\.\d\d/)
    assert.match(await balance.innerText(), /本年度划入 ¥270\.00，已用 ¥[\d,]+\.\d\d；2026年11月已用 ¥/)
    const credits = await top().getByRole('list', { name: '本年度划入' }).getByRole('listitem').allInnerTexts()
    assert.equal(credits.length, 3)
    for (const c of credits) assert.match(c, /^(李\*宝|李\*明|王\*英)\s*2026年1月1日划入\s*¥90\.00$/)
    const lists = await top().getByRole('list').evaluateAll((ls) => ls.map((l) => l.getAttribute('aria-label')))
    assert.ok(lists.indexOf('李*宝的使用') >= 0 && lists.indexOf('李*宝的使用') < lists.indexOf('其他家人的使用'), lists.join(','))
    const baby = await top().getByRole('list', { name: '李*宝的使用' }).getByRole('listitem').allInnerTexts()
    assert.ok(baby.length > 0)
    for (const u of baby) assert.match(u, /^李\*宝 · (普通门诊|药费)/)
    await top().getByText(/使用记录（新的在前）· 本月 ¥[\d,]+\.\d\d · 本年度 ¥[\d,]+\.\d\d/).waitFor()
    const places = await top().getByRole('list', { name: '可用地点' }).getByRole('listitem').allInnerTexts()
    assert.match(places[0], /乡卫生院\s*优先使用\s*可以用/)
    assert.ok(places.some((p) => /市级及以上医院\s*不支持门诊统筹支付\s*不能用/.test(p)))
    await top().getByText('依据：鹰潭市2025年医保政策解读').waitFor()
    await page.screenshot({ path: artifact(`household-${mode}.png`) })
  })

  test(`${mode}: totals — 共济使用明细 per person and month; 首页 says what the family drew this month`, async () => {
    await elderMode(mode === 'elder')
    await home()
    await page.getByRole('status', { name: '本月家人使用' }).getByText(/^2026年11月家人用了您的历年余额 ¥[\d,]+\.\d\d（看病买药和代缴）$/).waitFor()
    await page.goto(`${server.url}#/packages/records/list/index`)
    const bar = page.getByRole('status', { name: '合计' })
    await bar.getByText(/^合计 ¥[\d,]+\.\d\d（\d+ 条）$/).waitFor()
    await bar.getByRole('button', { name: '按人按月合计' }).click()
    const people = await page.getByRole('list', { name: '按人合计' }).getByRole('listitem').allInnerTexts()
    assert.ok(people.some((p) => /李\*明（父母）\s*¥[\d,]+\.\d\d/.test(p)), people.join(' | '))
    const months = await page.getByRole('list', { name: '按月合计' }).getByRole('listitem').allInnerTexts()
    assert.match(months[0], /^2026年11月\s*¥[\d,]+\.\d\d$/)
    await bar.getByRole('button', { name: '看明细' }).click()
    await page.getByRole('region', { name: /共济使用明细，共 \d+ 条/ }).waitFor()
  })
}

test('normal: 去代缴 opens 代缴 with 王*英 ticked; the receipt survives a reload; 王*英 sees who paid, and 我授权的 explained once', async () => {
  await elderMode(false)
  await home()
  await page.getByRole('button', { name: /^去代缴：王\*英/ }).click()
  const wife = page.getByRole('checkbox', { name: '王*英（配偶） 普通居民 ¥400.00' })
  await wife.waitFor()
  await page.waitForFunction((el) => el.getAttribute('aria-checked') === 'true', await wife.elementHandle())
  await page.getByRole('checkbox', { name: /^我确认使用本人职工医保个人账户历年余额/ }).click()
  await page.getByRole('button', { name: '确认缴费' }).click()
  await passwordIfAsked(/receipt\/index/)
  await page.waitForURL(/receipt\/index\?orderNo=JX20261123\d{6}$/)
  await page.getByText('缴费成功', { exact: true }).waitFor()
  const orderNo = page.url().split('orderNo=')[1]
  await page.reload()
  await page.getByText('缴费成功', { exact: true }).waitFor()
  assert.match(await top().innerText(), new RegExp(`订单号\\s*${orderNo}`))
  await page.screenshot({ path: artifact('receipt-reloaded.png') })
  await switchTo(page, server.url, '王*英')
  // The link works for the person paid for.
  await page.goto(`${server.url}#/packages/payment/receipt/index?orderNo=${orderNo}`)
  await page.getByText('缴费成功', { exact: true }).waitFor()
  await home()
  await page.getByRole('status', { name: '居民医保缴费' }).getByText('2027年度居民医保费已由 李*国 代缴（2026年11月23日）').waitFor()
  await page.goto(`${server.url}#/packages/family/relations/index`)
  await page.getByRole('radio', { name: '我授权的' }).click()
  // 首页 no longer reads the bindings list (getHome answers it all): the relations page asks for it itself.
  await page.getByText(/只有职工医保参保人可以把个人账户授权给家人使用/).first().waitFor()
  assert.equal(await page.getByText(/只有职工医保参保人可以把个人账户授权给家人使用/).count(), 1)
  assert.equal(await page.getByText('您还没有为家人办理共济授权。').count(), 0)
  await switchTo(page, server.url, '周*强')
  await page.goto(`${server.url}#/packages/payment/receipt/index?orderNo=${orderNo}`)
  await page.getByText('未找到该缴费记录').waitFor()
  assert.doesNotMatch(await top().innerText(), /王\*英/)
  await switchTo(page, server.url, '李*国')
})

test('elder: 去确认 opens 新生儿免缴确认 for 李*宝; the ¥0.00 receipt survives a reload; 王*英 sees who paid, in 长辈模式', async () => {
  await elderMode(true)
  await home()
  await page.getByRole('button', { name: /^去确认：李\*宝/ }).click()
  const info = page.getByRole('list', { name: '免缴确认信息' })
  await info.waitFor()
  assert.match(await info.innerText(), /参保人\s*李\*宝/)
  await page.getByRole('button', { name: '确认', exact: true }).click()
  await page.waitForURL(/receipt\/index\?orderNo=JX20261123\d{6}$/)
  await page.getByText('免缴确认成功').waitFor()
  await page.reload()
  await page.getByText('免缴确认成功').waitFor()
  assert.match(await top().innerText(), /办理编号\s*JX20261123\d{6}/)
  await switchTo(page, server.url, '王*英')
  await home()
  await page.getByRole('status', { name: '居民医保缴费' }).getByText(/^2027年度居民医保费已由 李\*国 代缴（2026年11月23日）$/).waitFor()
  await switchTo(page, server.url, '李*国')
  await elderMode(false)
})
