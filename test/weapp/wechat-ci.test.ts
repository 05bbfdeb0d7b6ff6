/** @jest-environment node */
// WeChat's own compiler and 代码质量 check on dist/weapp (miniprogram-ci, offline): no compile error and all
// 11 quality items pass (compression of JS/WXML/WXSS, lazyCodeLoading, package sizes, unused code …).
import { spawnSync } from 'node:child_process'
import path from 'node:path'

jest.setTimeout(180_000)

interface QualityItem {
  name: string
  success: boolean
  text: string
}

export function runWeChatCi(): { compileError?: string; compiledFiles: number; quality: QualityItem[]; fatal?: string } {
  const res = spawnSync(process.execPath, [path.join(__dirname, 'wechat-ci.js')], { encoding: 'utf8', timeout: 170_000 })
  const line = res.stdout.split('\n').find((l) => l.startsWith('WECHAT_CI '))
  if (!line) throw new Error(`miniprogram-ci printed no result:\n${res.stdout.slice(-1000)}\n${res.stderr.slice(-1000)}`)
  return JSON.parse(line.slice('WECHAT_CI '.length))
}

describe("WeChat's compiler and code-quality check (miniprogram-ci 2.1.42)", () => {
  const result = runWeChatCi()

  it('compiles dist/weapp without an error', () => {
    expect(result.fatal).toBeUndefined()
    expect(result.compileError).toBeUndefined()
    expect(result.compiledFiles).toBeGreaterThan(0)
  })

  it('passes all 11 code-quality items', () => {
    const failed = result.quality.filter((q) => !q.success).map((q) => `${q.name}: ${q.text}`)
    expect(failed).toEqual([])
    expect(result.quality).toHaveLength(11)
  })
})
