// Survivors of the mutation run over src/domain/documents.ts (StrykerJS, issue 20 item 9): the words of each
// refusal, the edges of a birth date (1900-01-01, today), and the number as it is read back.
import { checkChar, groupForReading, validateDocument } from '@/domain/documents'

const TODAY = '2026-11-22'
const withCheck = (first17: string) => first17 + checkChar(first17)

describe('document refusals in words', () => {
  it.each([
    ['residentId', '36060219860415131', { code: 'LENGTH', message: '证件号码应为18位，您填了17位，请核对' }],
    ['birthCertificate', 'Q36012345', { code: 'LENGTH', message: '出生医学证明编号应为10位，您填了9位，请核对' }],
    ['birthCertificate', '3601234567', { code: 'BIRTH_CERT_FORMAT', message: '出生医学证明编号应为1个大写字母加9位数字，请核对' }],
    ['residentId', '36060219860415131A', { code: 'CHARSET', message: '证件号码只能填数字，最后一位可能是字母X，请核对' }],
    ['residentId', withCheck('00060219860415131'), { code: 'AREA', message: '证件号码前6位（地区）不对，请核对' }],
    ['hkMacauTaiwanPermit', '360602198604151314', { code: 'PERMIT_AREA', message: '港澳台居民居住证号码前6位应为810000、820000或830000，请核对' }],
    ['foreignPermanentResident', '360602198604151314', { code: 'FOREIGN_PREFIX', message: '外国人永久居留身份证号码第1位应为9，请核对' }],
    ['residentId', withCheck('36060218991231131'), { code: 'BIRTH_DATE', message: '证件号码中的出生日期（第7到14位）不对，请核对' }],
    ['residentId', withCheck('36060220261123131'), { code: 'FUTURE_BIRTH', message: '证件号码中的出生日期（第7到14位）晚于今天，请核对' }],
  ] as const)('%s %s', (type, number, reason) => expect(validateDocument(type, number, TODAY)).toEqual({ ok: false, reason }))
})

describe('birth dates at their edges', () => {
  it('born today is a real past date', () => expect(validateDocument('residentId', withCheck('36060220261122131'), TODAY)).toMatchObject({ ok: true, value: { birthDate: '2026-11-22', sex: 'male' } }))
  it('born 1900-01-01 is accepted', () => expect(validateDocument('residentId', withCheck('36060219000101132'), TODAY)).toMatchObject({ ok: true, value: { birthDate: '1900-01-01', sex: 'female' } }))
  it('a permit holder from Macau and Taiwan, and each mainland province code in the table', () => {
    expect(validateDocument('hkMacauTaiwanPermit', withCheck('83000019920130002'), TODAY).ok).toBe(true)
    for (const p of ['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']) {
      expect(validateDocument('residentId', withCheck(`${p}060219860415131`), TODAY).ok).toBe(true)
    }
  })
})

describe('the number as it is read back on 确认提交', () => {
  it.each([
    ['360602198604151314', '360602 19860415 1314'],
    ['Q360123456', 'Q360123456'],
    ['36060219860415131', '36060219860415131'],
  ])('%s → %s', (number, grouped) => expect(groupForReading(number)).toBe(grouped))
})

describe('a number typed on a Chinese keyboard or pasted from a chat is taken as meant (review)', () => {
  const full = (ascii: string) => [...ascii].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('')
  it.each([
    ['full-width digits', full('360602198604151314'), '360602198604151314'],
    ['full-width digits with a full-width ｘ', full('11010519491231002x'), '11010519491231002X'],
    ['a lowercase x', '11010519491231002x', '11010519491231002X'],
    ['spaces, a full-width space and a tab', ' 360602\u300019860415\t1314 ', '360602198604151314'],
    ['zero-width spaces and a byte-order mark from a chat', '\ufeff3606\u200b0219\u200c8604\u200d1513\u206014', '360602198604151314'],
    ['direction marks, isolates and a soft hyphen (review)', '\u200e\u2066360602\u00ad19860415\u202a1314\u202c\u2069\u200f', '360602198604151314'],
  ])('%s', (_n, typed, number) => expect(validateDocument('residentId', typed, TODAY)).toMatchObject({ ok: true, value: { number } }))
  it('a full-width letter in a 出生医学证明 number', () => expect(validateDocument('birthCertificate', `${full('q')}${full('123456789')}`, TODAY)).toEqual({ ok: true, value: { type: 'birthCertificate', number: 'Q123456789' } }))
  it('other characters are still refused, in their words', () => expect(validateDocument('residentId', '3606021986-0415131', TODAY)).toMatchObject({ ok: false, reason: { code: 'CHARSET' } }))
})
