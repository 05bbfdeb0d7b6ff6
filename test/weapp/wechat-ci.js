// WeChat's own compiler and 代码质量 check (the DevTools panel), offline, with miniprogram-ci on dist/weapp.
// Run as a child process (miniprogram-ci leaves a file watcher open): prints one JSON line and exits.
// A throwaway RSA key is made for the run with openssl; `project.attr` is replaced by fixed settings, as
// the CI's account look-up needs the network (it logs one harmless failed fetch).
const { execFileSync } = require('node:child_process')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')

async function main() {
  const ci = require('miniprogram-ci')
  const projectPath = path.resolve(__dirname, '../../dist/weapp')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wechat-ci-'))
  const privateKeyPath = path.join(dir, 'private.key')
  execFileSync('openssl', ['genrsa', '-out', privateKeyPath, '2048'], { stdio: 'ignore' })
  const project = new ci.Project({ appid: 'wx0000000000000000', type: 'miniProgram', projectPath, privateKeyPath })
  project.attr = async () => ({
    platform: false, appType: 0, isSandbox: false, released: false, gameApp: false,
    setting: { MaxCodeSize: 2, MaxSubpackageSubCodeSize: 2, MaxSubpackageFullCodeSize: 20, NavigateMiniprogramLimit: 10, MaxSubPackageLimit: 100, minifyWXSS: true, minifyWXML: true },
  })
  const settings = JSON.parse(fs.readFileSync(path.join(projectPath, 'project.config.json'), 'utf8')).setting ?? {}
  let compileError
  let files = []
  try {
    const compiled = await ci.getCompiledResult({ project, setting: { es6: settings.es6, minify: settings.minified, minifyWXML: settings.minifyWXML, minifyWXSS: settings.minifyWXSS } })
    files = Object.keys(compiled)
  } catch (e) {
    compileError = String(e && e.message ? e.message : e)
  }
  const quality = await ci.checkCodeQuality(project)
  fs.rmSync(dir, { recursive: true, force: true })
  return { compileError, compiledFiles: files.length, quality }
}

main().then(
  (r) => {
    process.stdout.write(`\nWECHAT_CI ${JSON.stringify(r)}\n`)
    process.exit(0)
  },
  (e) => {
    process.stdout.write(`\nWECHAT_CI ${JSON.stringify({ fatal: String(e && e.stack ? e.stack : e) })}\n`)
    process.exit(0)
  },
)
