import fs from 'node:fs'
import path from 'node:path'
import { expectNoViolations, readAppJson, launch, rootPath, tap, textOnceShown } from './harness'
import { signIn } from './journey-steps'

// Signing in first (issue 19) takes a few seconds on a loaded machine.
jest.setTimeout(30_000)

const pageFiles = (page: string) => ['.js', '.json', '.wxml'].map((ext) => path.join(rootPath, page + ext))

afterEach(expectNoViolations)

describe('WeChat build: app.json', () => {
  const app = readAppJson()

  it('has a file set for every page, main and subpackage', () => {
    const all = [...app.pages, ...(app.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))]
    expect(all.length).toBeGreaterThan(0)
    for (const page of all) for (const file of pageFiles(page)) expect({ file, exists: fs.existsSync(file) }).toEqual({ file, exists: true })
  })

  it('has a tab bar of 2–5 items, all in the main package', () => {
    const list = app.tabBar?.list ?? []
    expect(list.length).toBeGreaterThanOrEqual(2)
    expect(list.length).toBeLessThanOrEqual(5)
    for (const item of list) expect(app.pages).toContain(item.pagePath)
    expect(list.map((i) => i.text)).toEqual(['首页', '家庭共济', '我的'])
  })

  it('has an existing root folder for each subpackage', () => {
    expect(app.subPackages?.length).toBeGreaterThan(0)
    for (const sub of app.subPackages ?? []) expect(fs.statSync(path.join(rootPath, sub.root)).isDirectory()).toBe(true)
  })
})

describe('WeChat build: rendering with the official template compiler', () => {
  beforeAll(() => signIn('李*国'))
  it("renders the authorizer's 首页: who, his 历年余额, his family, the 微服务 path", async () => {
    const page = await launch('pages/home/index')
    const text = await textOnceShown(page, '您好')
    expect(text).toContain('您好，李*国')
    expect(text).toContain('¥3,280.50')
    expect(text).toContain('李*明（父母）')
    expect(text).toContain('为家人授权')
    expect(text).toContain('微服务')
    // WeChat's simulated system font is 16 px (standard), so the page is not in 长辈模式.
    expect(page.querySelector('.page')).toBeTruthy()
    expect(page.querySelector('.page--elder')).toBeFalsy()
  })
})

describe('WeChat build: 家庭账户共济授权登记 form (subpackage family)', () => {
  it('asks for consent first, then renders the form with its labels', async () => {
    const page = await launch('packages/family/authorize/index')
    let text = await textOnceShown(page, '同意并继续')
    expect(text).toContain('使用前请阅读隐私保护指引')
    expect(text).not.toContain('与本人关系')
    // Tap 同意并继续: on WeChat it is WeChat's own agreePrivacyAuthorization button.
    await tap('同意并继续')
    text = await textOnceShown(page, '与本人关系')
    for (const label of ['授权人信息', '证件类型', '居民身份证', '证件号码', '姓名', '与本人关系', '兄弟姐妹', '证明材料', '个人郑重承诺', '下一步']) {
      expect(text).toContain(label)
    }
    expect(text).toContain('李*国')
    expect(text).not.toContain('360602198604151314')
  })
})

describe('WeChat build: 账户余额查询 (main package)', () => {
  it("renders 李建国's balances", async () => {
    const page = await launch('pages/account/index')
    const text = await textOnceShown(page, '历年余额')
    expect(text).toContain('个人账户历年余额')
    expect(text).toContain('¥3,280.50')
    expect(text).toContain('¥1,150.00')
    expect(text).toContain('已绑定的家人')
  })
})
