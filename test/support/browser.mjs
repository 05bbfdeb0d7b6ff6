import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { chromiumArgs, ensureChromium } from './chromium.mjs'

export const phone = { width: 390, height: 844 }

/** The demo family's full ID numbers: none may appear outside the mock server's own storage. */
export const DEMO_IDS = ['360602198604151314', '360602198809212424', '360602202503081133', '360602195807021516', '360602196003182626', '330106198305111753', '360681199008262843', '360902197901051178', '360902195305120625']
/** The mock backend plays the server: its keys ('jx-mock' and 'jx-mock:…') are the only place full ID numbers may live. */
const SERVER_PREFIX = 'jx-mock'

/**
 * Launches Debian's chromium with a fresh profile at a phone viewport. Every page it opens is watched:
 * each URL (navigations and requests) and console message is kept for `personalDataLeaks`.
 */
export async function launch() {
  const executablePath = ensureChromium()
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jx-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: chromiumArgs,
    viewport: phone,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  })
  const seen = []
  const watch = (page) => {
    page.on('framenavigated', (f) => seen.push(`URL ${f.url()}`))
    page.on('request', (r) => seen.push(`URL ${r.url()}`))
    page.on('console', (m) => seen.push(`console ${m.text()}`))
  }
  context.pages().forEach(watch)
  context.on('page', watch)
  return {
    context,
    /** Every URL and console line so far, and the page's storage outside the server's keys, that holds a full ID number. */
    async personalDataLeaks(page) {
      const storage = await page.evaluate((prefix) => {
        const out = []
        for (const store of [localStorage, sessionStorage]) {
          for (let i = 0; i < store.length; i++) {
            const key = store.key(i)
            if (key !== prefix && !key.startsWith(`${prefix}:`)) out.push(`storage ${key}=${store.getItem(key)}`)
          }
        }
        return out
      }, SERVER_PREFIX)
      const all = [...seen.map((s) => { try { return decodeURIComponent(s) } catch { return s } }), ...storage]
      return { checked: all.length, leaks: all.filter((s) => DEMO_IDS.some((id) => s.includes(id))) }
    },
    async close() {
      await context.close()
      fs.rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}
