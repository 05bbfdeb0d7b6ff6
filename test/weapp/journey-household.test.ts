// Issue 21 on the WeChat build: the 门诊家庭账户 page (a subpackage page, reached from 首页) and 代缴 opened from
// 首页's 待办 with the person ticked.
import { expectNoViolations, launch, pageText, see, tap, textOnceShown, wechat } from './harness'
import * as steps from './journey-steps'

const { fillAndSubmit } = steps
jest.setTimeout(60_000)
afterEach(expectNoViolations)
// The demo sign-in, where the build has one (journey-steps' signIn: 李建国 on the demo sign-in page).
beforeAll(async () => {
  const signIn = (steps as { signIn?: (masked?: string) => Promise<void> }).signIn
  if (signIn) await signIn('李*国')
})

describe('WeChat journey: 门诊家庭账户 and a 代缴 that carries the person', () => {
  it('李建国 binds 李小宝 (result: 新生儿免缴确认, no premium), then opens the household 门诊家庭账户 from 首页', async () => {
    await launch('pages/family/index')
    await tap('家庭账户共济授权登记')
    expect(await fillAndSubmit({ id: '360602202503081133', name: '李小宝', relation: '子女' })).toBe('授权成功')
    const result = await textOnceShown(undefined, '完成')
    expect(result).toContain('新生儿免缴确认')
    expect(result).not.toContain('为这位家人代缴医保费')
    expect(result).toMatch(/办理编号 JX\d{14}/)

    await launch('pages/home/index')
    await tap('门诊家庭账户明细 ›')
    const text = await textOnceShown(undefined, '依据：鹰潭市2025年医保政策解读')
    expect(wechat.stack().at(-1)).toBe('packages/records/household/index')
    expect(text).toMatch(/2026年度 门诊家庭账户余额（全家共用）¥[\d,]+\.\d\d/)
    expect(text.match(/2026年1月1日划入¥90\.00/g)).toHaveLength(3)
    expect(text).toMatch(/李\*宝的使用（\d+ 笔，¥[\d,]+\.\d\d）/)
    expect(text.indexOf('李*宝的使用')).toBeLessThan(text.indexOf('其他家人的使用'))
    expect(text).toContain('可以在哪里用（鹰潭）')
    expect(text).toContain('乡卫生院优先使用可以用')
    expect(pageText()).not.toMatch(/360602\d{12}/)
  })

  it('李建国 binds 王秀英; 首页 去代缴 opens 代缴 with her ticked and the order totalled', async () => {
    await launch('pages/family/index')
    await tap('家庭账户共济授权登记')
    expect(await fillAndSubmit({ id: '360602198809212424', name: '王秀英', relation: '配偶' })).toBe('授权成功')
    await launch('pages/home/index')
    await tap('去代缴')
    await see('合计')
    expect(wechat.stack().at(-1)).toBe('packages/payment/premium/index')
    // Her tick box (the label's box, as journey-steps' ensureTicked finds it) is on.
    const label = Array.from(document.querySelectorAll<HTMLElement>('[class*="checkbox__label"]')).find((el) => /^王\*英（配偶）/.test(el.textContent?.trim() ?? ''))
    expect(label).toBeDefined()
    expect(label!.parentElement!.querySelector('[class*="checkbox__tick--on"]')).not.toBeNull()
    expect(pageText()).toMatch(/合计.*¥400\.00/)
  })
})
