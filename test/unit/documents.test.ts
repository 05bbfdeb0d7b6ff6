import { checkChar, validateDocument, type DocumentType } from '@/domain/documents'

const TODAY = '2026-11-22'
const withCheck = (first17: string) => first17 + checkChar(first17)

describe('居民身份证 (GB 11643-1999)', () => {
  it.each([
    // Public samples of domain.md
    ['residentId', '11010519491231002X', '1949-12-31', 'female'],
    ['hkMacauTaiwanPermit', '810000199408230021', '1994-08-23', 'female'],
    ['hkMacauTaiwanPermit', '830000199201300022', '1992-01-30', 'female'],
    // The demo family of domain.md
    ['residentId', '360602198604151314', '1986-04-15', 'male'],
    ['residentId', '360602198809212424', '1988-09-21', 'female'],
    ['residentId', '360602202503081133', '2025-03-08', 'male'],
    ['residentId', '360602195807021516', '1958-07-02', 'male'],
    ['residentId', '360602196003182626', '1960-03-18', 'female'],
    ['residentId', '330106198305111753', '1983-05-11', 'male'],
    ['residentId', '360681199008262843', '1990-08-26', 'female'],
    ['residentId', '360902197901051178', '1979-01-05', 'male'],
  ] as [DocumentType, string, string, string][])('%s %s is valid (born %s, %s)', (type, number, birthDate, sex) => {
    expect(validateDocument(type, number, TODAY)).toEqual({ ok: true, value: { type, number, birthDate, sex } })
  })

  it('normalises lower-case x and spaces', () => {
    const r = validateDocument('residentId', ' 110105 19491231 002x ', TODAY)
    expect(r.ok && r.value.number).toBe('11010519491231002X')
  })

  it('accepts 820000 (Macau) and a 2023-format foreign permanent resident card', () => {
    expect(validateDocument('hkMacauTaiwanPermit', withCheck('82000019900101002'), TODAY).ok).toBe(true)
    expect(validateDocument('foreignPermanentResident', withCheck('93615619850704001'), TODAY).ok).toBe(true)
  })

  it('accepts a 出生医学证明 number (letter + 9 digits, upper-cased)', () => {
    expect(validateDocument('birthCertificate', 'q360123456', TODAY)).toEqual({ ok: true, value: { type: 'birthCertificate', number: 'Q360123456' } })
  })
})

describe('bad document numbers each get their own reason', () => {
  it.each([
    ['residentId', '', 'EMPTY', '请输入证件号码'],
    ['residentId', '   ', 'EMPTY', '请输入证件号码'],
    ['residentId', '36060219860415131', 'LENGTH', '应为18位'],
    ['residentId', '3606021986041513145', 'LENGTH', '应为18位'],
    ['residentId', '360602', 'LENGTH', '应为18位'],
    ['residentId', '36060219860415131A', 'CHARSET', '最后一位可能是字母X'],
    ['residentId', '3606021986O4151314', 'CHARSET', '只能填数字'],
    ['residentId', '36060219860415X314', 'CHARSET', '只能填数字'],
    ['residentId', '36060219860415131四', 'CHARSET', '只能填数字'],
    ['residentId', '110105194912310021', 'CHECK_CHAR', '最后一位不对'],
    ['residentId', '360602198604151315', 'CHECK_CHAR', '最后一位不对'],
    ['residentId', '360602198604151310', 'CHECK_CHAR', '最后一位不对'],
    ['residentId', withCheck('36060219860230131'), 'BIRTH_DATE', '出生日期（第7到14位）不对'],
    ['residentId', withCheck('36060219861315131'), 'BIRTH_DATE', '出生日期（第7到14位）不对'],
    ['residentId', withCheck('36060219860000131'), 'BIRTH_DATE', '出生日期（第7到14位）不对'],
    ['residentId', withCheck('36060218991231131'), 'BIRTH_DATE', '出生日期（第7到14位）不对'],
    ['residentId', withCheck('36060220230229131'), 'BIRTH_DATE', '出生日期（第7到14位）不对'],
    ['residentId', withCheck('36060220261123131'), 'FUTURE_BIRTH', '晚于今天'],
    ['residentId', withCheck('36060230000101131'), 'FUTURE_BIRTH', '晚于今天'],
    ['residentId', withCheck('00060219860415131'), 'AREA', '前6位（地区）不对'],
    ['residentId', withCheck('99060219860415131'), 'AREA', '前6位（地区）不对'],
    ['residentId', '810000199408230021', 'AREA', '前6位（地区）不对'],
    ['hkMacauTaiwanPermit', '360602198604151314', 'PERMIT_AREA', '810000'],
    ['hkMacauTaiwanPermit', withCheck('81010019940823002'), 'PERMIT_AREA', '810000'],
    ['hkMacauTaiwanPermit', '81000019940823002', 'LENGTH', '应为18位'],
    ['foreignPermanentResident', '360602198604151314', 'FOREIGN_PREFIX', '第1位应为9'],
    ['foreignPermanentResident', withCheck('93615619851304001'), 'BIRTH_DATE', '出生日期（第7到14位）不对'],
    ['foreignPermanentResident', '936156198507040010', 'CHECK_CHAR', '最后一位不对'],
    ['birthCertificate', 'Q36012345', 'LENGTH', '应为10位'],
    ['birthCertificate', '3601234567', 'BIRTH_CERT_FORMAT', '1个大写字母加9位数字'],
    ['birthCertificate', 'QQ60123456', 'BIRTH_CERT_FORMAT', '1个大写字母加9位数字'],
    ['birthCertificate', '', 'EMPTY', '请输入证件号码'],
  ] as [DocumentType, string, string, string][])('%s %j → %s', (type, number, code, text) => {
    const r = validateDocument(type, number, '2026-11-22')
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.reason.code).toBe(code)
      expect(r.reason.message).toContain(text)
    }
  })
})
