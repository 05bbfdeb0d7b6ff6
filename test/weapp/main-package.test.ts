// The WeChat main package budget (README "Performance budget": ≤ 400 KB, KB = 1,024 B, every file of dist/weapp
// outside the subpackage roots, as `npm run bench` and scripts/main-package.mjs count it) and what keeps it there:
// the mock server is the `server` subpackage, fetched on the first call with WeChat's require.async
// (config/require-async-chunks.ts, src/services/mockModule.weapp.ts).
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { readAppJson, rootPath } from './harness'

const SERVER_ROOT = 'packages/server'
const SERVER_FILE = `${SERVER_ROOT}/index.js`

function mainPackageFiles(): { file: string; bytes: number }[] {
  const subRoots = (readAppJson().subPackages ?? []).map((s) => path.join(rootPath, s.root))
  const files: { file: string; bytes: number }[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name)
      if (subRoots.includes(p)) continue
      if (entry.isDirectory()) walk(p)
      else files.push({ file: path.relative(rootPath, p), bytes: fs.statSync(p).size })
    }
  }
  walk(rootPath)
  return files
}

type WebpackRequire = { e: (chunkId: number | string) => Promise<unknown> }
type JsonpEntry = [(number | string)[], Record<string, unknown>, ((r: WebpackRequire) => void)?]

/** runtime.js in a sandbox with the given `require` (WeChat's: with `.async`); returns webpack's require. */
function bootRuntime(require: ((p: string) => unknown) & { async?: (p: string) => Promise<unknown> }) {
  const wx: { webpackJsonp?: { push: (e: JsonpEntry) => void } } = {}
  const context = vm.createContext({ wx, require, Promise, Error, Object, Symbol, globalThis: undefined })
  vm.runInContext(fs.readFileSync(path.join(rootPath, 'runtime.js'), 'utf8'), context)
  let webpackRequire: WebpackRequire | undefined
  wx.webpackJsonp!.push([['size-test'], {}, (r) => (webpackRequire = r)])
  const runFile = (file: string) => vm.runInContext(fs.readFileSync(path.join(rootPath, file), 'utf8'), context)
  return { webpackRequire: webpackRequire!, runFile }
}

/** The chunk ids the server's file registers (its first push). */
function serverChunkIds(): (number | string)[] {
  const head = fs.readFileSync(path.join(rootPath, SERVER_FILE), 'utf8').slice(0, 200)
  const ids = head.match(/\.push\(\[\[([^\]]*)\]/)?.[1].split(',')
  expect(ids?.length).toBeGreaterThan(0)
  return ids!.map((id) => (/^\d+$/.test(id) ? Number(id) : JSON.parse(id)))
}

describe('WeChat main package', () => {
  it('is within its 400 KB budget', () => {
    const files = mainPackageFiles()
    expect(files.length).toBeGreaterThan(0)
    const total = files.reduce((n, f) => n + f.bytes, 0)
    expect({ kb: Math.round((total / 1024) * 10) / 10, within: total <= 400 * 1024 }).toEqual({ kb: expect.any(Number), within: true })
  })

  it('holds none of the mock server: it is a subpackage of its own, without pages', () => {
    const server = (readAppJson().subPackages ?? []).find((s) => s.root === SERVER_ROOT)
    expect(server?.pages).toEqual([])
    // The mock server's storage key prefix is a string only its code has.
    expect(fs.readFileSync(path.join(rootPath, SERVER_FILE), 'utf8')).toContain('"jx-mock"')
    const scripts = mainPackageFiles().filter((f) => f.file.endsWith('.js'))
    expect(scripts.length).toBeGreaterThan(0)
    const holding = scripts.filter((f) => fs.readFileSync(path.join(rootPath, f.file), 'utf8').includes('"jx-mock"'))
    expect(holding).toEqual([])
  })

  it('fetches the server with require.async on the first call and registers its modules', async () => {
    const asked: string[] = []
    const require = Object.assign((p: string) => ({ sync: p }), {
      async: (p: string) => {
        asked.push(p)
        runFile(path.posix.normalize(p))
        return Promise.resolve({})
      },
    })
    const { webpackRequire, runFile } = bootRuntime(require)
    const [id] = serverChunkIds()
    await expect(webpackRequire.e(id)).resolves.toBeDefined()
    expect(asked).toEqual([`./${SERVER_FILE}`])
    // Loaded once: a second call does not fetch again.
    await webpackRequire.e(id)
    expect(asked).toHaveLength(1)
  })

  it('reports a failed download as a chunk load error, and the next call tries again', async () => {
    let fail = true
    const asked: string[] = []
    const require = Object.assign((p: string) => ({ sync: p }), {
      async: (p: string) => {
        asked.push(p)
        if (fail) return Promise.reject({ mod: p, errMsg: 'require.async:fail network' })
        runFile(path.posix.normalize(p))
        return Promise.resolve({})
      },
    })
    const { webpackRequire, runFile } = bootRuntime(require)
    const [id] = serverChunkIds()
    await expect(webpackRequire.e(id)).rejects.toMatchObject({ name: 'ChunkLoadError' })
    fail = false
    await expect(webpackRequire.e(id)).resolves.toBeDefined()
    expect(asked).toEqual([`./${SERVER_FILE}`, `./${SERVER_FILE}`])
  })
})
