// `npm run bench`: size and speed figures, printed as a table; it asserts nothing.
// Builds weapp and h5 (production), then measures:
//  - WeChat main package bytes and each subpackage's bytes (dist/weapp);
//  - H5 JS that the first page loads (raw and gzip), from what chromium actually requested;
//  - H5 first-contentful-paint, median of 5 cold loads, without and with 4× CPU throttling (CDP).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { serve } from '../support/static-server.mjs'
import { launch } from '../support/browser.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const KB = (n) => `${(n / 1024).toFixed(1)} KB`
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

// Hello-world Taro 4.2.1 figures measured on this machine (issue #2), for the ratios.
const reference = { mainKB: 309, firstJsGzipKB: 107, fcpMs: 184, fcpThrottledMs: 448 }

function build(type) {
  if (process.argv.includes('--no-build')) return
  const res = spawnSync(path.join(root, 'node_modules/.bin/taro'), ['build', '--type', type], { cwd: root, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } })
  if (res.status !== 0) throw new Error(`taro build --type ${type} failed`)
}

function dirBytes(dir, skip = []) {
  let total = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name)
    if (skip.includes(p)) continue
    total += entry.isDirectory() ? dirBytes(p, skip) : fs.statSync(p).size
  }
  return total
}

function weappSizes() {
  const dist = path.join(root, 'dist/weapp')
  const app = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'))
  const subRoots = (app.subPackages ?? []).map((s) => path.join(dist, s.root))
  return {
    main: dirBytes(dist, subRoots),
    subs: (app.subPackages ?? []).map((s) => ({ root: s.root, bytes: dirBytes(path.join(dist, s.root)) })),
  }
}

async function h5Figures() {
  const dist = path.join(root, 'dist/h5')
  const server = await serve(dist)
  const browser = await launch()
  try {
    const measure = async (throttle) => {
      const page = await browser.context.newPage()
      const js = new Set()
      page.on('request', (r) => { if (r.resourceType() === 'script') js.add(new URL(r.url()).pathname) })
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
      await page.goto(server.url, { waitUntil: 'load' })
      await page.getByRole('button', { name: '微服务' }).waitFor()
      const fcp = await page.evaluate(() => new Promise((resolve) => {
        const hit = performance.getEntriesByName('first-contentful-paint')[0]
        if (hit) return resolve(hit.startTime)
        new PerformanceObserver((list) => resolve(list.getEntries()[0].startTime)).observe({ type: 'paint', buffered: true })
      }))
      await page.close()
      return { fcp, js: [...js] }
    }
    const plain = []
    const throttled = []
    let scripts = []
    for (let i = 0; i < 5; i++) {
      const r = await measure(1)
      plain.push(r.fcp)
      scripts = r.js
    }
    for (let i = 0; i < 5; i++) throttled.push((await measure(4)).fcp)
    let raw = 0
    let gzip = 0
    for (const p of scripts) {
      const buf = fs.readFileSync(path.join(dist, p))
      raw += buf.length
      gzip += zlib.gzipSync(buf, { level: 9 }).length
    }
    return { raw, gzip, files: scripts.length, fcp: median(plain), fcpThrottled: median(throttled), plain, throttled }
  } finally {
    await browser.close()
    await server.close()
  }
}

build('weapp')
build('h5')
const w = weappSizes()
const h = await h5Figures()
const ratio = (x, ref) => `${(x / ref).toFixed(2)}×`
const rows = [
  ['WeChat main package', KB(w.main), `${reference.mainKB} KB`, ratio(w.main / 1024, reference.mainKB)],
  ...w.subs.map((s) => [`WeChat subpackage ${s.root}`, KB(s.bytes), '', '']),
  [`H5 first-page JS raw (${h.files} files)`, KB(h.raw), '', ''],
  ['H5 first-page JS gzip', KB(h.gzip), `${reference.firstJsGzipKB} KB`, ratio(h.gzip / 1024, reference.firstJsGzipKB)],
  ['H5 FCP median of 5', `${h.fcp.toFixed(0)} ms`, `${reference.fcpMs} ms`, ratio(h.fcp, reference.fcpMs)],
  ['H5 FCP median of 5, 4× CPU throttle', `${h.fcpThrottled.toFixed(0)} ms`, `${reference.fcpThrottledMs} ms`, ratio(h.fcpThrottled, reference.fcpThrottledMs)],
]
const widths = [40, 12, 16, 8]
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')
console.log(line(['figure', 'this app', 'hello-world ref', 'ratio']))
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'))
for (const r of rows) console.log(line(r))
console.log(`\nFCP runs (ms): ${h.plain.map((x) => x.toFixed(0)).join(', ')}; throttled: ${h.throttled.map((x) => x.toFixed(0)).join(', ')}`)
