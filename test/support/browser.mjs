import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { chromiumArgs, ensureChromium } from './chromium.mjs'

export const phone = { width: 390, height: 844 }

/** Launches Debian's chromium with a fresh profile; returns { browser, close }. */
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
  return {
    context,
    async close() {
      await context.close()
      fs.rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}
