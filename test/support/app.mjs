// The production H5 build (dist/h5) served on 127.0.0.1 and opened in a fresh headless chromium at the
// phone viewport: what every browser test file starts from.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve } from './static-server.mjs'
import { launch } from './browser.mjs'
import { signIn } from './flows.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const artifacts = path.join(root, 'test/e2e/artifacts')

/** 10:00 on 2026-11-23 in Jiangxi: the clock the demo family's dates are written against. */
export const JIANGXI_MORNING = new Date('2026-11-23T02:00:00Z')

/** Where a test's screenshot goes (test/e2e/artifacts, not committed). */
export function artifact(name) {
  fs.mkdirSync(artifacts, { recursive: true })
  return path.join(artifacts, name)
}

/**
 * Serves dist/h5 and opens one page on it; `clock` freezes the page's Date at that moment. The page is signed in
 * as `as` (a demo member's masked name; 李*国 unless given; null: not signed in).
 */
export async function openApp({ clock, as = '李*国' } = {}) {
  const server = await serve(path.join(root, 'dist/h5'))
  const browser = await launch()
  const page = await browser.context.newPage()
  page.setDefaultTimeout(10_000)
  if (clock) await page.clock.install({ time: clock })
  if (as) await signIn(page, server.url, as)
  return {
    server,
    browser,
    page,
    close: async () => {
      await browser.close()
      await server.close()
    },
  }
}
