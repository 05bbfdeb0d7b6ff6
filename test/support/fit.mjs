// Layout checks of the H5 build, run in the page: layout shift, screens that fit, 长辈模式 sizes.

/** Before any script of the app: every layout shift of the document is kept (value, time, after input?). */
export async function watchLayoutShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = []
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__shifts.push({ value: e.value, time: e.startTime, input: e.hadRecentInput, sources: (e.sources || []).map((s) => (s.node && s.node.className ? String(s.node.className).slice(0, 60) : s.node?.nodeName ?? '?')) })
      }).observe({ type: 'layout-shift', buffered: true })
    } catch {
      window.__shifts = null
    }
  })
}

/** The cumulative layout shift since `from` (a count of shifts seen before), input-driven shifts included when asked. */
export function layoutShift(page, { from = 0, withInput = false } = {}) {
  return page.evaluate(({ from, withInput }) => {
    const all = (window.__shifts || []).slice(from).filter((s) => withInput || !s.input)
    return { cls: all.reduce((n, s) => n + s.value, 0), shifts: all }
  }, { from, withInput })
}

export const shiftCount = (page) => page.evaluate(() => (window.__shifts || []).length)

/**
 * The visible page fits: its scroller ends at the screen's bottom, and at full scroll its last line ends above the
 * tab bar (where there is one). Returns problems in words.
 */
export function fitProblems(page) {
  return page.evaluate(async () => {
    const out = []
    const scroller = [...document.querySelectorAll('.taro_page')].find((p) => getComputedStyle(p).display !== 'none' && p.getBoundingClientRect().width > 0 && p.classList.contains('taro_page_show') !== false && p.offsetParent !== null) ?? document.scrollingElement
    const root = [...scroller.querySelectorAll('.page')].find((el) => el.offsetParent !== null)
    const screen = window.innerHeight
    const box = scroller.getBoundingClientRect()
    if (box.bottom > screen + 0.5) out.push(`page ends ${(box.bottom - screen).toFixed(0)} px below the screen`)
    if (document.scrollingElement.scrollHeight > screen + 0.5) out.push(`document ${document.scrollingElement.scrollHeight - screen} px taller than the screen`)
    if (!root) return [...out, 'no .page on screen']
    scroller.scrollTop = scroller.scrollHeight
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
    const bar = root.querySelector('.tab-bar')
    const limit = bar ? bar.getBoundingClientRect().top : Math.min(screen, scroller.getBoundingClientRect().bottom)
    let lowest = 0
    for (const el of root.querySelectorAll('*')) {
      if (el.closest('.tab-bar, .tab-bar-spacer, [role=dialog], .action-sheet, .confirm-dialog') || el.offsetParent === null) continue
      const style = getComputedStyle(el)
      const ownScroller = /(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight
      if (!ownScroller && (el.children.length > 0 || !(el.textContent || '').trim())) continue
      if (style.position === 'fixed') continue
      // A list or text with its own scroller (a windowed list, the promise text) is measured by its box.
      let inner = el.parentElement
      while (inner && inner !== scroller && !/(auto|scroll)/.test(getComputedStyle(inner).overflowY)) inner = inner.parentElement
      if (inner && inner !== scroller) continue
      lowest = Math.max(lowest, el.getBoundingClientRect().bottom)
    }
    if (lowest > limit + 0.5) out.push(`at full scroll the last line ends ${(lowest - limit).toFixed(0)} px under ${bar ? 'the tab bar' : 'the screen'}`)
    scroller.scrollTop = 0
    return out
  })
}

/**
 * 长辈模式: every text ≥ 16 px, every primary line ≥ 18 px (secondary: sources, tags, notes under a figure), no
 * text wider than its box, no masked ID number broken inside.
 */
export function elderTextProblems(page) {
  return page.evaluate(() => {
    const out = []
    const root = [...document.querySelectorAll('.page--elder')].find((el) => el.offsetParent !== null)
    if (!root) return ['no .page--elder on screen']
    const SECONDARY = '.source, .source-line, [class*="__tag"], [class*="__status"], [class*="__relation"], .spending-table__yes, .spending-table__no, .skeleton'
    const MASKED_ID = /[0-9A-Z]{4}\*{4,}[0-9]{3}[0-9X]/g
    const leaves = [...root.querySelectorAll('*')].filter((el) => el.offsetParent !== null && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
    for (const el of leaves) {
      if (el.closest('.tab-bar')) continue
      const text = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim()
      const size = parseFloat(getComputedStyle(el).fontSize)
      const min = el.closest(SECONDARY) ? 16 : 18
      if (size < min - 0.05) out.push(`"${text.slice(0, 24)}" (.${String(el.className).split(' ')[0]}) ${size.toFixed(1)} px (< ${min})`)
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible' && el.clientWidth > 0) out.push(`"${text.slice(0, 24)}" wider than its box`)
      const parent = el.parentElement.getBoundingClientRect()
      const own = el.getBoundingClientRect()
      if (own.right > parent.right + 1 || own.left < parent.left - 1 || own.right > window.innerWidth + 1) out.push(`"${text.slice(0, 24)}" overflows its box by ${Math.max(own.right - parent.right, parent.left - own.left).toFixed(0)} px`)
      for (const node of el.childNodes) {
        if (node.nodeType !== 3) continue
        for (const m of node.textContent.matchAll(MASKED_ID)) {
          const range = document.createRange()
          range.setStart(node, m.index)
          range.setEnd(node, m.index + m[0].length)
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))
          if (tops.size > 1) out.push(`masked ID "${m[0]}" broken over ${tops.size} lines`)
        }
      }
    }
    return out
  })
}

/**
 * Types the member's 医保支付密码 if the app asks for it before `until` shows (a binding or a payment asks for it
 * since the sessions-and-tickets contract).
 */
export async function typePasswordIfAsked(page, until, password) {
  const sheet = page.getByRole('dialog', { name: '请输入医保支付密码' })
  await Promise.race([sheet.waitFor(), until.waitFor()])
  if (await sheet.isVisible()) await sheet.getByLabel('医保支付密码').pressSequentially(password)
}

/** Signed in as `masked` (a fresh app may already be, or may have no session yet): 我的 shows who it is. */
export async function ensureSignedIn(page, baseUrl, masked, switchTo) {
  await page.goto(`${baseUrl}#/pages/me/index`)
  await page.getByRole('button', { name: /^切换演示身份/ }).or(page.getByRole('list', { name: '演示家庭成员' })).first().waitFor()
  await page.waitForTimeout(500)
  if (await page.getByText(masked, { exact: true }).locator('visible=true').count()) return
  await switchTo(page, baseUrl, masked)
}
