// Words that agree (issue 21 item 7): the 个人郑重承诺 states the member's city's rules from the policy table, and
// the FAQ asks for the same proofs as the form.
import { proofRequirement } from '@/domain/authorization-form'
import { FAQ, proofAnswer } from '@/domain/faq'
import { policyFor, type CityPolicy } from '@/domain/policy'
import { AUTHORIZATION_PROMISE, promiseParagraphs } from '@/domain/promise'
import { RELATIONS } from '@/domain/relations'

const cityRule = (policy: CityPolicy) => promiseParagraphs(policy).find((p) => p.startsWith('二、')) ?? ''
const mayNot = (text: string) => text.slice(text.indexOf('不可用于'))
const may = (text: string) => text.slice(0, text.indexOf('不可用于'))

describe('个人郑重承诺: the city rules, from the policy data', () => {
  it('鹰潭 (seed 000, 使用范围: 住院费用 否): 住院 and 特殊门诊 are among what shared funds may not pay', () => {
    const text = cityRule(policyFor('yingtan', 2026))
    expect(text).toContain('本人已知晓鹰潭的规定')
    expect(mayNot(text)).toMatch(/住院/)
    expect(mayNot(text)).toMatch(/特殊门诊/)
    expect(may(text)).not.toMatch(/[、的]住院/)
    expect(text).toContain('鹰潭市2025年医保政策解读')
  })

  it('宜春 (seed 001, 使用方法 住院治疗): the personal share of inpatient costs may be paid', () => {
    const text = cityRule(policyFor('yichun', 2026))
    expect(text).toContain('本人已知晓宜春的规定')
    expect(may(text)).toContain('住院（住院费用中个人负担部分）')
    expect(mayNot(text)).not.toMatch(/住院/)
  })

  it('follows a one-line change of the data, and keeps the other paragraphs', () => {
    const yingtan = policyFor('yingtan', 2026)
    const changed: CityPolicy = { ...yingtan, spending: { ...yingtan.spending, inpatient: { ...yingtan.spending.inpatient, payable: true } } }
    expect(may(cityRule(changed))).toMatch(/、住院（/)
    const paras = promiseParagraphs(yingtan)
    expect(paras).toHaveLength(AUTHORIZATION_PROMISE.paragraphs.length)
    expect(paras.filter((p) => !p.startsWith('二、'))).toEqual(AUTHORIZATION_PROMISE.paragraphs.filter((p) => !p.startsWith('二、')))
  })
})

describe('常见问题 and the form ask for the same proofs', () => {
  const answer = proofAnswer()

  it('the FAQ answer on failed bindings carries it', () => {
    expect(FAQ.some((q) => q.answer.includes(answer))).toBe(true)
  })

  it.each(['yingtan', 'yichun'] as const)('every proof the form asks for in %s is named, and whether it is required', (city) => {
    const policy = policyFor(city, 2026)
    const asked = RELATIONS.flatMap((r) => (['residentId', 'birthCertificate'] as const).map((d) => proofRequirement(policy, r, d)))
    expect(asked.length).toBeGreaterThan(0)
    for (const need of asked) expect(answer).toContain(need.kind)
    const required = asked.some((n) => n.required)
    expect(answer).toContain(required ? `${policy.cityName}办理时必须上传` : `${policy.cityName}可不上传`)
  })
})
