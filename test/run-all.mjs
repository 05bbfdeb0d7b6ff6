// `npm test`: every layer of the test pyramid, in order, with one closing line that counts them.
// lint → typecheck → unit + component (jest) → weapp + alipay builds → WeChat render test (jest over
// dist/weapp) → H5 production build → browser end-to-end (node:test + playwright-core + Debian chromium).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureChromium } from './support/chromium.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = path.join(root, 'test', '.results')
fs.mkdirSync(out, { recursive: true })
const bin = (name) => path.join(root, 'node_modules', '.bin', name)

let passed = 0
let failed = 0
const rows = []
// Each failed test by name, with the first lines of why, printed again under the closing table: a CI log is often
// read from its end only.
const failures = []
const colours = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g')
const firstLines = (text, n = 4) => String(text ?? '').replace(colours, '').split('\n').map((l) => l.trim()).filter(Boolean).slice(0, n).join(' | ')

function run(label, cmd, args, env = {}) {
  const started = Date.now()
  console.log(`\n▶ ${label}: ${[path.basename(cmd), ...args].join(' ')}`)
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  const ok = res.status === 0
  rows.push({ label, ok, seconds: ((Date.now() - started) / 1000).toFixed(1) })
  return ok
}

function check(label, cmd, args, env) {
  const ok = run(label, cmd, args, env)
  if (ok) passed++
  else failed++
  return ok
}

function jest(label, projects) {
  const file = path.join(out, `jest-${projects.join('-')}.json`)
  fs.rmSync(file, { force: true })
  run(label, bin('jest'), ['--selectProjects', ...projects, '--json', `--outputFile=${file}`])
  if (!fs.existsSync(file)) { failed++; return }
  const r = JSON.parse(fs.readFileSync(file, 'utf8'))
  passed += r.numPassedTests
  failed += r.numFailedTests + r.numRuntimeErrorTestSuites
  if (r.numTotalTests === 0) { failed++; console.error(`${label}: no test ran`) }
  for (const suite of r.testResults ?? []) {
    const file = path.relative(root, suite.name)
    const failedTests = (suite.assertionResults ?? []).filter((a) => a.status === 'failed')
    for (const a of failedTests) failures.push(`${file} › ${a.fullName}: ${firstLines(a.failureMessages?.[0])}`)
    if (suite.status === 'failed' && failedTests.length === 0) failures.push(`${file}: ${firstLines(suite.message)}`)
  }
}

function nodeTests(label, dir) {
  const tap = path.join(out, `${path.basename(dir)}.tap`)
  fs.rmSync(tap, { force: true })
  run(label, process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, dir])
  const text = fs.existsSync(tap) ? fs.readFileSync(tap, 'utf8') : ''
  const count = (k) => Number(text.match(new RegExp(`^# ${k} (\\d+)`, 'm'))?.[1] ?? 0)
  passed += count('pass')
  failed += count('fail') + count('cancelled')
  if (count('tests') === 0) { failed++; console.error(`${label}: no test ran`) }
  for (const m of text.matchAll(/^\s*not ok \d+ - (.+)$/gm)) failures.push(`${dir} › ${m[1]}`)
}

const taro = bin('taro')
check('lint', bin('eslint'), ['.', '--max-warnings=0'])
check('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'])
jest('unit + component tests', ['unit', 'component'])

const weapp = check('build weapp', taro, ['build', '--type', 'weapp'], { NODE_ENV: 'production' })
const alipay = check('build alipay', taro, ['build', '--type', 'alipay'], { NODE_ENV: 'production' })
if (weapp && alipay) jest('WeChat build render tests (miniprogram-simulate)', ['weapp'])
else { failed++; rows.push({ label: 'mini program tests', ok: false, seconds: 'skipped: build failed' }) }

let chromiumReady = true
try { ensureChromium() } catch (e) { chromiumReady = false; console.error(`\n✖ ${e.message}`) }
const h5 = check('build h5', taro, ['build', '--type', 'h5'], { NODE_ENV: 'production' })
if (h5 && chromiumReady) nodeTests('browser end-to-end (H5, chromium)', 'test/e2e')
else { failed++; rows.push({ label: 'browser end-to-end', ok: false, seconds: chromiumReady ? 'skipped: build failed' : 'skipped: no chromium' }) }

console.log('\nstep                                         result  seconds')
for (const r of rows) console.log(`${r.label.padEnd(44)} ${r.ok ? 'ok    ' : 'FAILED'}  ${r.seconds}`)
if (failures.length > 0) console.log(`\nfailed tests:\n${failures.map((f) => `✕ ${f}`).join('\n')}`)
console.log(`\nall layers: ${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
