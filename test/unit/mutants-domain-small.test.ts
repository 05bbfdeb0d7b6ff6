// Survivors of the mutation run over the small files of src/domain (StrykerJS, issue 20 item 9): money typed in 元,
// masking of short numbers, day helpers.
import { ageOn, daysBetween, formatDateTimeCn, isBefore, yearOf } from '@/domain/day'
import { maskId, maskName } from '@/domain/masking'
import { proofAnswer } from '@/domain/faq'
import { promiseParagraphs } from '@/domain/promise'
import { formatFen, parseYuan } from '@/domain/money'
import { PRIVACY_GUIDE } from '@/domain/privacy'
import { PRIVACY_VERSION } from '@/domain/privacy-version'
import { normalizeName, validateName } from '@/domain/names'
import { policyFor } from '@/domain/policy'
import { outpatientFamilyAccountAnswer, sharedFundsAnswer } from '@/domain/policy-lookup'
import { fail } from '@/domain/result'
import { roleOf } from '@/domain/roles'

describe('parseYuan: what the person is told', () => {
  it.each([
    ['', { code: 'EMPTY', message: '请输入金额' }],
    ['-5', { code: 'NEGATIVE', message: '金额不能为负数' }],
    ['abc', { code: 'NOT_A_NUMBER', message: '请输入数字金额，如 90.00' }],
    ['1.234', { code: 'TOO_MANY_DECIMALS', message: '金额最多保留两位小数（精确到分）' }],
    ['10000000', { code: 'OVERFLOW', message: '金额过大，请核对后重新输入' }],
    ['0', { code: 'ZERO', message: '金额必须大于 0' }],
    ['9¥0', { code: 'NOT_A_NUMBER', message: '请输入数字金额，如 90.00' }],
    ['9元0', { code: 'NOT_A_NUMBER', message: '请输入数字金额，如 90.00' }],
  ])('%j → %j', (input, reason) => expect(parseYuan(input)).toEqual({ ok: false, reason }))
  it.each([
    ['￥90', 9000],
    ['90.', 9000],
    ['1,000元', 100000],
    ['0000000090', 9000],
    [' ¥90', 9000],
    ['90 元', 9000],
  ])('%j → %i fen', (input, fen) => expect(parseYuan(input)).toEqual({ ok: true, value: fen }))
})

describe('masking short numbers and names', () => {
  it.each([
    ['123456789012345', '1234*******2345'],
    ['12345678901234', '1***********34'],
    ['1234', '1*34'],
    ['123', '***'],
    ['', ''],
  ])('ID %j → %j', (id, masked) => expect(maskId(id)).toBe(masked))
  it.each([
    ['李', '*'],
    ['', '*'],
  ])('name %j → %j', (name, masked) => expect(maskName(name)).toBe(masked))
})

describe('day helpers', () => {
  it('orders days', () => {
    expect(isBefore('2026-11-22', '2026-11-23')).toBe(true)
    expect(isBefore('2026-11-23', '2026-11-23')).toBe(false)
  })
  it('reads the year', () => expect(yearOf('2027-01-01')).toBe(2027))
  it('counts whole days both ways', () => {
    expect(daysBetween('2026-11-22', '2026-12-01')).toBe(9)
    expect(daysBetween('2026-12-01', '2026-11-22')).toBe(-9)
  })
  it('counts whole years of age, the birthday included', () => {
    expect(ageOn('2004-11-22', '2026-11-21')).toBe(21)
    expect(ageOn('2004-11-22', '2026-11-22')).toBe(22)
  })
  it('shows a timestamp in China time', () => expect(formatDateTimeCn('2026-11-22T16:05:00.000Z')).toBe('2026年11月23日 00:05'))
})

describe('姓名: what the person is told', () => {
  it.each([
    ['', { code: 'EMPTY', message: '请输入姓名' }],
    ['李 建国', { code: 'SPACE', message: '姓名中间不能有空格，少数民族或外国人姓名请用“·”分隔' }],
    ['李建国1', { code: 'BAD_CHAR', message: '姓名不能包含“1”，只能是汉字、字母和“·”' }],
    ['·李建国', { code: 'DOT_POSITION', message: '“·”只能用在姓名中间，且不能连用' }],
    ['李', { code: 'TOO_SHORT', message: '姓名至少2个字' }],
    ['李'.repeat(51), { code: 'TOO_LONG', message: '姓名最多50个字' }],
  ])('%j → %j', (input, reason) => expect(validateName(input)).toEqual({ ok: false, reason }))
  it.each(['\u30FB', '\u2027', '\u2219'])('a mistyped dot %s becomes the middle dot', (dot) => {
    expect(normalizeName(`阿依古丽${dot}买买提`)).toBe('阿依古丽\u00B7买买提')
  })
})

describe('共济政策查询: the sentence each answer shows', () => {
  const yingtan = policyFor('yingtan', 2026)
  it('payable and not payable, in words', () => {
    expect(sharedFundsAnswer(yingtan, 'drug', 'pharmacy').reasons.map((r) => r.text)).toEqual(['鹰潭药费可以使用共济资金：包括处方药和非处方药'])
    expect(sharedFundsAnswer(yingtan, 'inpatient', 'cityHospital').reasons.map((r) => r.text)).toEqual(['鹰潭住院不可以使用共济资金：需通过医保统筹基金报销'])
    expect(sharedFundsAnswer(yingtan, 'drug', 'outOfProvince')).toMatchObject({ payable: false, reasons: [{ text: '省外（跨省异地就医）：共济资金仅限本省省域内使用，跨省异地就医暂不支持' }] })
  })
  it('the 门诊家庭账户: the place, then the kind when it is not an outpatient one', () => {
    expect(outpatientFamilyAccountAnswer(yingtan, 'outpatient', 'countyTcmHospital')?.reasons.map((r) => r.text)).toEqual(['县级中医院（中医药治疗）：可以使用（限中医药治疗项目）'])
    expect(outpatientFamilyAccountAnswer(yingtan, 'outpatient', 'cityHospital')).toMatchObject({ payable: false, reasons: [{ text: '市级及以上医院：不能使用（不支持门诊统筹支付）' }] })
    expect(outpatientFamilyAccountAnswer(yingtan, 'selfPay', 'communityCenter')).toMatchObject({
      payable: false,
      reasons: [{ text: '社区卫生服务中心：可以使用（优先使用）' }, { text: '门诊家庭账户只用于门诊就诊费用，自费医疗不能使用' }],
    })
  })
})

describe('who is looking (roles) and a reason without a next step', () => {
  it.each([
    [{ scheme: 'employee' as const }, 0, 'authorizer'],
    [{ scheme: 'employee' as const }, 1, 'authorizer'],
    [{ scheme: 'resident' as const }, 1, 'user'],
    [{ scheme: 'resident' as const }, 0, 'resident'],
  ])('%j bound %i time(s) as a user → %s', (member, bindings, role) => expect(roleOf(member, bindings)).toBe(role))
  it('a reason without a next step has no next key', () => {
    expect(fail('X', '说明')).toStrictEqual({ ok: false, reason: { code: 'X', message: '说明' } })
    expect(fail('X', '说明', '下一步')).toStrictEqual({ ok: false, reason: { code: 'X', message: '说明', next: '下一步' } })
  })
})

describe('policyFor: the latest published year not after the one asked for (a table with two years)', () => {
  const y2025 = policyFor('yingtan', 2025)
  const y2027 = { ...y2025, year: 2027, cityName: '鹰潭（2027）' }
  const table = { yingtan: [y2025, y2027], yichun: [policyFor('yichun', 2025)] }
  const reversed = { ...table, yingtan: [y2027, y2025] }
  it.each([
    [2026, 2025],
    [2027, 2027],
    [2030, 2027],
  ])('%i → the %i policy, whatever the table’s order', (year, expected) => {
    expect(policyFor('yingtan', year, table).year).toBe(expected)
    expect(policyFor('yingtan', year, reversed).year).toBe(expected)
  })
  it('before the table starts: the first listed', () => expect(policyFor('yingtan', 2020, reversed).year).toBe(2027))
})

describe('常见问题: the proofs answer, as one sentence', () => {
  it('names each proof and each city’s rule', () => {
    expect(proofAnswer()).toBe('姓名要与证件号码一致。证明材料：配偶上传结婚证，其他亲属上传居民户口簿，没有身份证的新生儿上传出生医学证明；宜春办理时必须上传，鹰潭可不上传。')
  })
})

describe('个人郑重承诺 二: the member’s city’s rule as one sentence, citing only that city’s and province-wide sources', () => {
  it('鹰潭', () => {
    expect(promiseParagraphs(policyFor('yingtan', 2026))[2]).toBe(
      '二、本人已知晓鹰潭的规定（依据：鹰潭市2025年医保政策解读、江西医保家庭共济办理须知）：共济资金可用于使用人在江西省内定点医药机构发生的药费（包括处方药和非处方药）、普通门诊（不含住院费用）、自费医疗（包括部分医保外项目），以及代缴城乡居民基本医疗保险费；不可用于住院、特殊门诊、公共卫生、体育健身/养生保健、生育门诊。',
    )
  })
})

describe('formatFen refuses what is not whole fen, saying what it got', () => {
  it('1.5 fen', () => expect(() => formatFen(1.5)).toThrow('not an integer amount of fen: 1.5'))
})

describe('隐私保护指引: the version a person consents to', () => {
  it('is the guide’s own, and reads as a date', () => {
    expect(PRIVACY_GUIDE.version).toBe(PRIVACY_VERSION)
    expect(PRIVACY_VERSION).toMatch(/^\d{4}-\d{2}-\d{1,2}$/)
  })
})
