// `node scripts/main-package.mjs [--build] [--modules]`: what the WeChat main package holds, measured the way
// `npm run bench` does (every file of dist/weapp outside the subpackage roots; KB = 1,024 bytes), file by file.
// --build first runs `NODE_ENV=production taro build --type weapp`; with --modules that build also records the
// modules of each main-package chunk (config/module-sizes.ts) and the largest are listed under their file
// (sizes before minification: for ranking, not for adding up to the file's size).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.join(root, 'dist/weapp')
const modulesFile = path.join(root, 'dist/weapp-modules.json')
const withModules = process.argv.includes('--modules')
const KB = (n) => `${(n / 1024).toFixed(1)} KB`

if (process.argv.includes('--build')) {
  const env = { ...process.env, NODE_ENV: 'production', ...(withModules ? { MODULE_SIZES: modulesFile } : {}) }
  const res = spawnSync(path.join(root, 'node_modules/.bin/taro'), ['build', '--type', 'weapp'], { cwd: root, stdio: 'ignore', env })
  if (res.status !== 0) throw new Error('taro build --type weapp failed')
}

const app = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'))
const subRoots = (app.subPackages ?? []).map((s) => path.join(dist, s.root))
const files = []
const walk = (dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name)
    if (subRoots.includes(p)) continue
    if (entry.isDirectory()) walk(p)
    else files.push({ file: path.relative(dist, p), bytes: fs.statSync(p).size })
  }
}
walk(dist)
files.sort((a, b) => b.bytes - a.bytes)
const total = files.reduce((n, f) => n + f.bytes, 0)

const modulesOf = new Map()
if (withModules && fs.existsSync(modulesFile)) {
  for (const chunk of JSON.parse(fs.readFileSync(modulesFile, 'utf8')).chunks) {
    for (const file of chunk.files.filter((f) => f.endsWith('.js'))) modulesOf.set(file, chunk.modules)
  }
}

console.log(`WeChat main package: ${KB(total)} (${total.toLocaleString('en')} B) of 400 KB; ${KB(400 * 1024 - total)} left`)
for (const f of files) {
  if (f.bytes < 1024 && !process.argv.includes('--all')) continue
  console.log(`${KB(f.bytes).padStart(10)}  ${f.file}`)
  const mods = [...(modulesOf.get(f.file) ?? [])].sort((a, b) => b.size - a.size).slice(0, 15)
  for (const m of mods) console.log(`${''.padStart(14)}${KB(m.size).padStart(9)}  ${m.name.replace(/^.*node_modules\//, '')}`)
}
