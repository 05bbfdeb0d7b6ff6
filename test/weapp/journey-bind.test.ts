// Journeys on the WeChat build: 李建国 binds 李小宝 (鹰潭, no proof needed); eight registrations in a row
// through 结果 → 家庭共济关系查询 → 新增授权 without the page stack growing.
import { expectNoViolations, launch, pageText, see, tap, wechat } from './harness'
import { fillAndSubmit, signIn, type Registration } from './journey-steps'

jest.setTimeout(60_000)
afterEach(expectNoViolations)
beforeAll(() => signIn('李*国'))

describe('WeChat journey: 李建国 binds 李小宝 (鹰潭)', () => {
  it('from 家庭共济 through the form, 确认提交 and 结果', async () => {
    await launch('pages/family/index')
    await tap('家庭账户共济授权登记')
    await see('授权人信息')
    expect(await fillAndSubmit({ id: '360602202503081133', name: '李小宝', relation: '子女' })).toBe('授权成功')
    expect(pageText()).toContain('李*宝（子女）自 ')
    expect(pageText()).toContain('证件号码 3606**********1133 · 办理编号')
    expect(pageText()).not.toContain('360602202503081133')
    await tap('查看家庭共济关系')
    await see('李*宝')
    // 家庭共济关系查询 was not open: it replaces 结果 and the used form below it, so Back leads to 家庭共济.
    expect(wechat.stack()).toEqual(['pages/family/index', 'packages/family/relations/index'])
    await wechat.wx.navigateBack({})
    await see('家庭账户共济授权登记')
    expect(wechat.stack()).toEqual(['pages/family/index'])
  })

  it('a refusal, then 家庭共济关系查询 from 结果: no used form under the list either', async () => {
    await launch('pages/family/index')
    await tap('家庭账户共济授权登记')
    expect(await fillAndSubmit({ id: '360681199008262843', name: '李建芳', relation: '兄弟姐妹' })).toBe('授权未成功')
    await tap('家庭共济关系查询')
    await see('新增授权')
    expect(wechat.stack()).toEqual(['pages/family/index', 'packages/family/relations/index'])
  })
})

describe('WeChat journey: eight registrations in a row', () => {
  const rounds: [Registration, '授权成功' | '授权未成功'][] = [
    [{ id: '360602198809212424', name: '王秀英', relation: '配偶' }, '授权成功'],
    [{ id: '360602196003182626', name: '张桂兰', relation: '父母' }, '授权未成功'],
    [{ id: '330106198305111753', name: '李建华', relation: '兄弟姐妹' }, '授权未成功'],
    [{ id: '360681199008262843', name: '李建芳', relation: '兄弟姐妹' }, '授权未成功'],
    [{ id: '360602199001011237', name: '赵六', relation: '兄弟姐妹' }, '授权未成功'],
    // Already bound to him (the form cannot know; the server refuses): 配偶 again would be stopped by the form's
    // one-spouse check before 确认提交.
    [{ id: '360602198809212424', name: '王秀英', relation: '兄弟姐妹' }, '授权未成功'],
    [{ id: '360602195807021516', name: '李德明', relation: '父母' }, '授权未成功'],
    [{ id: '360602202503081133', name: '李小宝', relation: '子女' }, '授权未成功'],
  ]

  it('keeps the stack depth of the second round through the eighth, successes and refusals mixed', async () => {
    await launch('pages/family/index')
    await tap('家庭共济关系查询')
    await see('新增授权')
    const depths: number[] = []
    for (const [person, expected] of rounds) {
      await tap('新增授权')
      await see('授权人信息')
      expect({ person: person.name, result: await fillAndSubmit(person) }).toEqual({ person: person.name, result: expected })
      await tap(expected === '授权成功' ? '查看家庭共济关系' : '家庭共济关系查询')
      await see('新增授权')
      depths.push(wechat.stack().length)
    }
    expect(depths[7]).toBe(depths[1])
    expect(wechat.stack()).toEqual(['pages/family/index', 'packages/family/relations/index'])
  })
})
