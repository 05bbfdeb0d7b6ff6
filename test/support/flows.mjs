// Steps a person takes in the H5 app, by visible labels only; shared by the browser tests and the bench.

/** The demo family's 医保支付密码 (made up; shown on the demo sign-in page). */
export const DEMO_PASSWORDS = { '李*国': '135790', '周*强': '246801' }

const escaped = (masked) => masked.replace('*', '\\*')

/** On the demo sign-in page: signs in as the member whose masked name starts the entry. */
export async function chooseDemoMember(page, masked) {
  // An earlier sign-in page may still be in the DOM: the one on top (the router appends pages).
  const list = page.getByRole('list', { name: '演示家庭成员' }).last()
  await list.getByRole('button', { name: new RegExp(`^${escaped(masked)}（`) }).click()
}

/**
 * Opens the demo sign-in page and signs in; waits until the app has left it (首页 for someone new; the same
 * member goes back to the page before).
 */
export async function signIn(page, baseUrl, masked = '李*国') {
  await page.goto(`${baseUrl}#/packages/signin/choose/index`)
  await chooseDemoMember(page, masked)
  await page.waitForFunction(() => !location.hash.includes('/packages/signin/'))
}

/** Types the 医保支付密码 into the sheet the app opens before a payment or a binding (six digits: it goes at once). */
export async function typePassword(page, password = DEMO_PASSWORDS['李*国']) {
  const sheet = page.getByRole('dialog', { name: '请输入医保支付密码' })
  await sheet.getByLabel('医保支付密码').waitFor()
  await sheet.getByLabel('医保支付密码').pressSequentially(password)
}

/** Waits for the authorization form; agrees to the 隐私保护指引 first if the app asks (first visit). */
export async function waitForAuthorizeForm(page) {
  const field = page.getByLabel('证件号码')
  const consent = page.getByRole('button', { name: '同意并继续' })
  await Promise.race([field.waitFor(), consent.waitFor()])
  if (await consent.isVisible()) await consent.click()
  await field.waitFor()
}

export async function openAuthorize(page, baseUrl) {
  await page.goto(`${baseUrl}#/packages/family/authorize/index`)
  await waitForAuthorizeForm(page)
}

export async function fillAuthorization(page, id, name, relation) {
  await page.getByLabel('证件号码').fill(id)
  await page.getByLabel('姓名').fill(name)
  await page.getByRole('radio', { name: relation, exact: true }).click()
  const box = page.getByRole('checkbox', { name: '我已阅读并承诺遵守以上个人郑重承诺' })
  if ((await box.getAttribute('aria-checked')) !== 'true') {
    const region = page.getByRole('region', { name: '个人郑重承诺全文' })
    await region.evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
    await page.waitForFunction((el) => el.getAttribute('aria-disabled') === 'false', await box.elementHandle())
    await box.click()
  }
}

/** 下一步 → 确认提交 → the result title ('授权成功' or '授权未成功'). */
export async function submitAuthorization(page, { doubleTap = false, password } = {}) {
  await page.getByRole('button', { name: '下一步' }).click()
  const confirm = page.getByRole('button', { name: '确认提交' })
  await confirm.waitFor()
  if (doubleTap) await confirm.dblclick()
  else await confirm.click()
  await typePassword(page, password)
  const title = page.getByText(/^授权(成功|未成功)$/)
  await title.waitFor()
  return (await title.innerText()).trim()
}

export async function bind(page, baseUrl, id, name, relation, opts) {
  await openAuthorize(page, baseUrl)
  await fillAuthorization(page, id, name, relation)
  return submitAuthorization(page, opts)
}

/** Signs in as another demo member (我的 → 切换演示身份 → the sign-in page), by the masked name it shows; waits for 首页. */
export async function switchTo(page, baseUrl, masked) {
  await page.goto(`${baseUrl}#/pages/me/index`)
  await page.getByRole('button', { name: /^切换演示身份/ }).click()
  await chooseDemoMember(page, masked)
  await page.getByRole('button', { name: /^微服务/ }).waitFor()
}

/** Opens 共济使用明细 and returns its rows once the list has answered. */
export async function openRecords(page, baseUrl) {
  await page.goto(`${baseUrl}#/packages/records/list/index`)
  await page.getByRole('region', { name: /共济使用明细，共 \d+ 条/ }).waitFor()
  const rows = page.locator('[data-record-row]')
  await rows.first().waitFor()
  return rows
}
