import { act, fireEvent, screen, within } from '@testing-library/react'
import { renderPage, testBackend } from './render'
import { signInAs } from '@/stores/signIn'
import { routes } from '@/navigation/routes'

const pick = (group: string, option: string) => fireEvent.click(within(screen.getByRole('radiogroup', { name: group })).getByRole('radio', { name: option }))
const verdict = (title: RegExp) => screen.getByRole('region', { name: title }).textContent ?? ''

describe('共济政策查询', () => {
  it('answers 鹰潭 住院 → 不可以, citing the publication by its public label', () => {
    renderPage(routes.policyOverview)
    pick('费用类别', '住院')
    pick('就医地点', '市级及以上医院')
    expect(verdict(/^家庭共济资金/)).toContain('不可以')
    expect(verdict(/^家庭共济资金/)).toContain('依据：鹰潭市2025年医保政策解读')
    expect(document.body.textContent).not.toMatch(/seed|\.txt|\.md\b|shared\//)
  })

  it("starts at the member's city and this year, and gives one answer to one question", async () => {
    const zzq = (await testBackend.listDemoMembers()).find((d) => d.maskedName === '周*强')!
    await act(async () => void (await signInAs(zzq.ref)))
    renderPage(routes.policyOverview)
    expect(screen.getByRole('radio', { name: '宜春' }).getAttribute('aria-checked')).toBe('true')
    expect(screen.getByText(/^2026年/)).toBeTruthy()
    expect(screen.queryByText(/2025 ?年/)).toBeNull()
    // 宜春 has no 门诊家庭账户: no second question, one answer.
    expect(screen.queryByRole('radiogroup', { name: '想查哪笔钱' })).toBeNull()
    expect(screen.getAllByRole('region', { name: /^(家庭共济资金|门诊家庭账户)/ })).toHaveLength(1)
    // 宜春's own places, from its policy table: not Yingtan's 村卫生计生服务室 or 县级中医院（中医药治疗）.
    const places = within(screen.getByRole('radiogroup', { name: '就医地点' })).getAllByRole('radio').map((r) => r.textContent)
    expect(places).toEqual(['乡卫生院', '社区卫生服务中心', '市级及以上医院', '定点零售药店', '省外（跨省异地就医）'])
    expect(screen.queryByRole('list', { name: /门诊家庭账户使用地点/ })).toBeNull()
    // 住院 in 宜春 cites the State Council guideline by its public label, never by its web address.
    pick('费用类别', '住院')
    expect(verdict(/^家庭共济资金/)).toContain('国办发〔2021〕14号')
    expect(document.body.textContent).not.toMatch(/https?:|www\.|gov\.cn/)
  })

  it('answers 宜春 住院个人负担 → 可以', () => {
    renderPage(routes.policyOverview)
    pick('参保地', '宜春')
    pick('费用类别', '住院')
    pick('就医地点', '市级及以上医院')
    expect(verdict(/^家庭共济资金/)).toMatch(/^[^不]*可以/)
    expect(verdict(/^家庭共济资金/)).toContain('住院费用中个人负担部分')
    expect(verdict(/^家庭共济资金/)).toContain('国办发〔2021〕14号')
  })

  it('answers 门诊家庭账户 at 市级医院 → 不可以, at 社区卫生服务中心 → 可以 (seed 000 §二), as its own question', () => {
    renderPage(routes.policyOverview)
    expect(screen.queryByRole('region', { name: /^门诊家庭账户/ })).toBeNull()
    pick('想查哪笔钱', '居民医保门诊家庭账户')
    expect(screen.queryByRole('region', { name: /^家庭共济资金/ })).toBeNull()
    pick('费用类别', '普通门诊')
    pick('就医地点', '市级及以上医院')
    expect(verdict(/^门诊家庭账户/)).toContain('不可以')
    pick('就医地点', '社区卫生服务中心')
    expect(verdict(/^门诊家庭账户/)).not.toContain('不可以')
    expect(within(screen.getByRole('list', { name: '鹰潭门诊家庭账户使用地点' })).getAllByRole('listitem')).toHaveLength(7)
  })

  it('refuses cross-province care', () => {
    renderPage(routes.policyOverview)
    pick('就医地点', '省外（跨省异地就医）')
    expect(verdict(/^家庭共济资金/)).toContain('跨省异地就医暂不支持')
  })
})

describe('门诊统筹测算 (宜春 employees)', () => {
  it('estimates above the deductible at the level ratio, and explains bad amounts', async () => {
    renderPage(routes.pooling)
    fireEvent.input(await screen.findByLabelText('第1笔门诊费用（元）'), { target: { value: '1600' } })
    const result = screen.getByRole('region', { name: '测算结果' })
    expect(result.textContent).toContain('预计统筹基金支付 ¥600.00')
    expect(result.textContent).toContain('计入起付线 ¥600.00')
    fireEvent.click(within(screen.getByRole('radiogroup', { name: '人员类别' })).getByRole('radio', { name: '退休' }))
    expect(screen.getByRole('region', { name: '测算结果' }).textContent).toContain('预计统筹基金支付 ¥650.00')
    fireEvent.input(screen.getByLabelText('第1笔门诊费用（元）'), { target: { value: '12.345' } })
    expect(screen.getByText('金额最多保留两位小数（精确到分）')).toBeTruthy()
    expect(screen.queryByRole('region', { name: '测算结果' })).toBeNull()
  })

  it('adds a second expense at another level', async () => {
    renderPage(routes.pooling)
    fireEvent.input(await screen.findByLabelText('第1笔门诊费用（元）'), { target: { value: '600' } })
    fireEvent.click(screen.getByRole('button', { name: '再添加一笔' }))
    fireEvent.input(await screen.findByLabelText('第2笔门诊费用（元）'), { target: { value: '1000' } })
    fireEvent.click(within(screen.getByRole('radiogroup', { name: '第2笔就诊医院等级' })).getByRole('radio', { name: '三级医院' }))
    expect(screen.getByRole('region', { name: '测算结果' }).textContent).toContain('预计统筹基金支付 ¥500.00')
  })
})

describe('常见问题', () => {
  it('answers the three questions of the issue, with sources', () => {
    renderPage(routes.faq)
    for (const q of ['为什么绑定（授权登记）没有成功？', '“亲情账户”和“家庭共济”有什么区别？', '在外省看病能用共济资金吗？']) {
      expect(screen.getByRole('region', { name: q }).textContent).toContain('依据：')
    }
  })
})
