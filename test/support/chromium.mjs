// Finds Debian's chromium; installs it with apt-get when we are root and it is missing.
import { execSync } from 'node:child_process'
import fs from 'node:fs'

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean)

export function findChromium() {
  return candidates.find((p) => fs.existsSync(p))
}

export function ensureChromium() {
  let found = findChromium()
  if (found) return found
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (isRoot && fs.existsSync('/usr/bin/apt-get')) {
    console.log('chromium not found: installing Debian package chromium with apt-get …')
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' })
    found = findChromium()
    if (found) return found
  }
  throw new Error('Chromium is missing: install it with `sudo apt-get install -y chromium` (or set CHROMIUM_PATH), then run `npm test` again.')
}

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Screenshots with Chinese text need a CJK font; installs Debian's fonts-noto-cjk when we are root. */
export function ensureChineseFont() {
  const has = () => {
    try {
      return execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim() !== ''
    } catch {
      return false
    }
  }
  if (has()) return
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (isRoot && fs.existsSync('/usr/bin/apt-get')) {
    console.log('no Chinese font: installing Debian package fonts-noto-cjk with apt-get …')
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fonts-noto-cjk', { stdio: 'inherit' })
    if (has()) return
  }
  throw new Error('No Chinese font: install one with `sudo apt-get install -y fonts-noto-cjk`, then run `npm run screenshots` again.')
}
