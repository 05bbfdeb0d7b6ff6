import fs from 'node:fs'
import path from 'node:path'

// The H5 build resolves '@tarojs/components' to config/h5-components (config/index.ts), one module per
// component. A component the app imports but that module lacks would be undefined on H5 only: catch it here.
const root = path.resolve(__dirname, '../..')

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(p)
    return /\.tsx?$/.test(e.name) ? [p] : []
  })
}

function importedComponents(): Set<string> {
  const names = new Set<string>()
  for (const file of sourceFiles(path.join(root, 'src'))) {
    const text = fs.readFileSync(file, 'utf8')
    for (const m of text.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+'@tarojs\/components'/g)) {
      if (m[1]) continue
      for (const part of m[2].split(',')) {
        const name = part.trim().replace(/^type\s+\w+.*$/, '').split(/\s+as\s+/)[0]
        if (name) names.add(name)
      }
    }
  }
  return names
}

it('the H5 component modules export every Taro component the app imports', () => {
  const index = fs.readFileSync(path.join(root, 'config/h5-components/index.js'), 'utf8')
  const exported = new Set([...index.matchAll(/export\s+\{\s*(\w+)\s*\}\s+from/g)].map((m) => m[1]))
  const used = importedComponents()
  expect(used.has('View')).toBe(true)
  expect([...used].filter((n) => !exported.has(n))).toEqual([])
})
