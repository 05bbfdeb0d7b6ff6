// Journey on the WeChat build: 变更关系 from 家庭共济关系查询 (issue 20 item 2) — the half-screen sheet says at once
// what a relation cannot be, asks for the 个人郑重承诺 read to its end, then the 医保支付密码, and the list shows the
// change and its history.
import { expectNoViolations, launch, pageText, see, scrollToEnd, tap } from './harness'
import { enterPassword, ensureTicked, signIn } from './journey-steps'

jest.setTimeout(60_000)
afterEach(expectNoViolations)
beforeAll(() => signIn('李*国'))

describe('WeChat journey: 李建国 changes 李*明 from 父母 to 祖父母', () => {
  it('refuses 子女 (older than him) before any promise or password; 祖父母 after the promise and the password', async () => {
    await launch('packages/family/relations/index')
    await see('李*明')
    await tap('变更关系')
    await see('变更与李*明的关系（现为“父母”）')
    await tap('子女')
    await see('与本人关系选的是“子女”，但证件上的出生日期不晚于您本人')
    expect(pageText()).toContain('不能变更为所选关系，请看上方说明')
    expect(pageText()).not.toContain('— 承诺全文结束 —')
    await tap('祖父母')
    await see('请阅读并勾选个人郑重承诺')
    expect(pageText()).not.toContain('不晚于您本人')
    await scrollToEnd('— 承诺全文结束 —')
    await ensureTicked('我已阅读并承诺遵守以上个人郑重承诺')
    await tap('确认变更')
    await enterPassword()
    await see('与本人关系由“父母”变更为“祖父母”')
    expect(pageText()).not.toContain('变更与李*明的关系')
  })
})
