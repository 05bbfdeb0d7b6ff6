import fs from 'node:fs'
import path from 'node:path'

// The Alipay build (赣服通 runs there) must produce a complete app: app.json and every page's files.
const root = path.resolve(__dirname, '../../dist/alipay')

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
