import fs from 'node:fs'
import path from 'node:path'
import { parseAxml, walk } from './axml'

// The Alipay build (赣服通 runs there), as far as it can be proven without Alipay's tools: a complete app,
// every .axml well formed, and every Taro/`my` API the shipped code calls known to exist on Alipay.
const root = path.resolve(__dirname, '../../dist/alipay')
const repo = path.resolve(__dirname, '../..')

function files(dir: string, ext: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name), ext) : d.name.endsWith(ext) ? [path.join(dir, d.name)] : []))
}

describe('Alipay build', () => {
  it('has app.json and the .axml/.js of every page', () => {
    const app = JSON.parse(fs.readFileSync(path.join(root, 'app.json'), 'utf8')) as {
      pages: string[]
      subPackages?: { root: string; pages: string[] }[]
    }
    const pages = [...app.pages, ...(app.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))]
    expect(pages).toContain('pages/home/index')
    for (const page of pages) {
      for (const ext of ['.axml', '.js']) expect(fs.existsSync(path.join(root, page + ext))).toBe(true)
    }
  })
})

describe('AXML parser', () => {
  it.each([
    ['<view class="a">{{ a < b ? "x" : \'y\' }}</view>', 1],
    ['<import-sjs name="xs" from="./utils.sjs"/><template name="t"><view a="{{ i.cl }}"/></template>', 2],
  ])('parses %s', (src, count) => {
    expect(parseAxml(src)).toHaveLength(count)
  })
  it.each([
    ['<view><text></view></text>', /closes/],
    ['<view class=a></view>', /unquoted/],
    ['<view>{{ a </view>', /unclosed \{\{/],
    ['<view a="1" a="2"/>', /twice/],
    ['<view>', /never closed/],
  ])('refuses %s', (src, message) => {
    expect(() => parseAxml(src)).toThrow(message)
  })
})

describe('Alipay build: every .axml parses', () => {
  const axml = files(root, '.axml')
  it('finds the templates of every page', () => {
    expect(axml.length).toBeGreaterThan(10)
  })
  it.each(axml.map((f) => [path.relative(root, f)]))('%s', (file) => {
    const elements = [...walk(parseAxml(fs.readFileSync(path.join(root, file), 'utf8')))]
    expect(elements.length).toBeGreaterThan(0)
  })
})

// What the Alipay plugin itself knows: the APIs it promisifies, renames (Taro name → my alias) or fixes up
// (results, sync calls). Read from the installed @tarojs/plugin-platform-alipay, not from a copy.
function alipayPluginApis(): Set<string> {
  const src = fs.readFileSync(require.resolve('@tarojs/plugin-platform-alipay/dist/runtime-utils.js', { paths: [repo] }), 'utf8')
  const section = (start: string, end: string) => src.slice(src.indexOf(start), src.indexOf(end, src.indexOf(start)))
  const names = new Set<string>()
  for (const m of section('const needPromiseApis', ']);').matchAll(/'(\w+)'/g)) names.add(m[1])
  for (const obj of [section('const apiDiff = {', '\n};'), section('const asyncResultApiDiff = {', '\n};')]) for (const m of obj.matchAll(/^ {4}(\w+): \{/gm)) names.add(m[1])
  for (const m of section('function handleSyncApis', '\n}').matchAll(/key === '(\w+)'/g)) names.add(m[1])
  return names
}

// The cross-platform APIs the plugin hands to processApis (@tarojs/shared, resolved from the plugin): Taro
// forwards each by the same name to `my` and promisifies it.
function promisifiedForAlipay(): Set<string> {
  const plugin = path.dirname(require.resolve('@tarojs/plugin-platform-alipay/package.json', { paths: [repo] }))
  const src = fs.readFileSync(path.join(path.dirname(require.resolve('@tarojs/shared/package.json', { paths: [plugin] })), 'dist/native-apis.js'), 'utf8')
  const list = src.slice(src.indexOf('const needPromiseApis'), src.indexOf(']);', src.indexOf('const needPromiseApis')))
  return new Set([...list.matchAll(/'(\w+)'/g)].map((m) => m[1]))
}

/**
 * APIs the app calls only behind a feature check, with a fallback (Alipay may or may not have them; Taro
 * maps them by name when `my` has them). Each must keep its guard in the named file.
 */
const GUARDED: Record<string, { file: string; guard: RegExp }> = {
  getWindowInfo: { file: 'src/platform/system.ts', guard: /typeof api\[preferred\] === 'function'/ },
  getAppBaseInfo: { file: 'src/platform/system.ts', guard: /typeof api\[preferred\] === 'function'/ },
  // Not in the plugin's lists (Taro forwards it by name when `my` has it); without it a photo whose type
  // Alipay did not give is reported as unreadable.
  getFileSystemManager: { file: 'src/platform/pickImages.ts', guard: /typeof Taro\.getFileSystemManager !== 'function'/ },
  // Only where the newer API is missing, and a failure gives defaults.
  getSystemInfoSync: { file: 'src/platform/system.ts', guard: /: api\.getSystemInfoSync\s+return read\?\.call/ },
}
/** Taro runtime functions that are not `my` APIs. */
const RUNTIME = new Set(['getCurrentPages'])

describe('Alipay build: every API the app calls exists on Alipay', () => {
  // The API names the app's source reaches for: Taro.x anywhere; in src/platform (the one place that talks to
  // the platform) also the names it looks up on a typed alias (`api.x`, 'getWindowInfo').
  const read = (dir: string) => files(path.join(repo, dir), '.ts').concat(files(path.join(repo, dir), '.tsx')).map((f) => fs.readFileSync(f, 'utf8'))
  const candidates = new Set<string>()
  for (const text of read('src')) for (const m of text.matchAll(/\bTaro\.(\w+)/g)) candidates.add(m[1])
  for (const text of read('src/platform')) for (const m of text.matchAll(/\bapi\.(\w+)|'((?:get|set|remove|choose|require|on|show|hide|navigate|redirect|switch|reLaunch)[A-Z]\w*)'/g)) candidates.add(m[1] ?? m[2])
  // Only what ships in the Alipay build's own code (Taro's runtime chunks excluded): WeChat-only branches
  // are dropped at build time.
  const shipped = files(root, '.js')
    .filter((f) => !['taro.js', 'vendors.js', 'runtime.js'].includes(path.relative(root, f)))
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n')
  const called = [...candidates].filter((name) => new RegExp(`\\b${name}\\b`).test(shipped)).sort()
  const plugin = alipayPluginApis()
  const shared = promisifiedForAlipay()

  it('reads the lists from the installed packages', () => {
    expect(plugin.has('chooseImage')).toBe(true)
    expect(plugin.has('showToast')).toBe(true)
    expect(shared.has('navigateTo')).toBe(true)
    expect(called).toEqual(expect.arrayContaining(['chooseImage', 'navigateTo', 'showToast', 'getStorageSync']))
  })

  it('leaves WeChat-only calls out of the Alipay build', () => {
    for (const name of ['chooseMedia', 'requirePrivacyAuthorize', 'onNeedPrivacyAuthorization']) expect({ name, shipped: called.includes(name) }).toEqual({ name, shipped: false })
  })

  it.each(called.filter((n) => !RUNTIME.has(n)).map((n) => [n]))('%s', (name) => {
    const known = plugin.has(name) || shared.has(name)
    if (known) return
    const guarded = GUARDED[name]
    expect({ name, knownOnAlipay: known, guarded: Boolean(guarded) }).toEqual({ name, knownOnAlipay: false, guarded: true })
    expect(fs.readFileSync(path.join(repo, guarded.file), 'utf8')).toMatch(guarded.guard)
  })
})
