import { expectNoViolations, launch, textOnceShown } from './harness'
import { signIn } from './journey-steps'

// Signing in first (issue 19) takes a few seconds on a loaded machine.
jest.setTimeout(30_000)

// 代缴 and 新生儿免缴确认 as WeChat renders them (subpackage payment). The server's day is the device's day in
// China time: pinned to 2026-11-23 here (only Date is faked; timers run as usual).
beforeAll(() => {
  jest.useFakeTimers({
    now: new Date('2026-11-23T02:00:00Z'),
    doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
  })
})
beforeAll(() => signIn('李*国'))
afterAll(() => jest.useRealTimers())
afterEach(expectNoViolations)

describe('WeChat build: 家庭账户共济代缴居民医保费', () => {
  it('lists bound relatives for the 年度 the server offers, with no box for strangers', async () => {
    const page = await launch('packages/payment/premium/index')
    const text = await textOnceShown(page, '李*明（父母）')
    expect(text).toContain('2027年度城乡居民医保个人缴费')
    expect(text).toContain('以医保部门公布为准')
    expect(text).toContain('2027年度居民医保费已缴纳（“赣服通”APP 医保专区）')
    expect(text).toContain('为其他亲属缴费？先办理家庭账户共济授权登记')
    expect(text).not.toContain('参保人证件号码')
  })
})

describe('WeChat build: 新生儿免缴确认', () => {
  it('explains the confirmation and says what to do when no child is bound', async () => {
    const page = await launch('packages/payment/exemption/index')
    const text = await textOnceShown(page, '没有需要办理免缴确认的孩子')
    expect(text).toContain('什么是新生儿免缴确认')
    expect(text).toContain('连续3个参保年度不用缴个人保费')
    expect(text).toContain('没有需要办理免缴确认的孩子')
  })
})
