import dayjs from 'dayjs'
import { DAY_FORMAT, type Day } from './day'
import { fail, ok, type Checked } from './result'
import { halfWidth } from './half-width'

// 证件类型 and their number formats (shared/domain.md "Document types"; GB 11643-1999).
export const DOCUMENT_TYPES = ['residentId', 'hkMacauTaiwanPermit', 'foreignPermanentResident', 'birthCertificate'] as const
export type DocumentType = (typeof DOCUMENT_TYPES)[number]

/** Length of the number on each document (GB 11643-1999 for the 18-digit ones; 出生医学证明: 1 letter + 9 digits). */
export const DOCUMENT_LENGTHS: Record<DocumentType, number> = {
  residentId: 18,
  hkMacauTaiwanPermit: 18,
  foreignPermanentResident: 18,
  birthCertificate: 10,
}

export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  residentId: '居民身份证',
  hkMacauTaiwanPermit: '港澳台居民居住证',
  foreignPermanentResident: '外国人永久居留身份证',
  birthCertificate: '出生医学证明',
}

export type DocumentError =
  | 'EMPTY'
  | 'LENGTH'
  | 'CHARSET'
  | 'AREA'
  | 'PERMIT_AREA'
  | 'FOREIGN_PREFIX'
  | 'BIRTH_DATE'
  | 'FUTURE_BIRTH'
  | 'CHECK_CHAR'
  | 'BIRTH_CERT_FORMAT'

export interface ValidDocument {
  type: DocumentType
  /** Normalised: no spaces, upper-case X / letter. */
  number: string
  birthDate?: Day
  sex?: 'male' | 'female'
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

/** MOD 11-2 check character of the first 17 digits (GB 11643-1999). */
export function checkChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

// Province-level area codes of the mainland (GB/T 2260), first two digits of a 居民身份证.
const MAINLAND_PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
])
const PERMIT_AREAS = new Set(['810000', '820000', '830000'])

function realPastDate(yyyymmdd: string, today: Day): Checked<Day, DocumentError> {
  const iso = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`
  const parsed = dayjs(iso)
  if (!parsed.isValid() || parsed.format(DAY_FORMAT) !== iso || iso < '1900-01-01') {
    return fail('BIRTH_DATE', '证件号码中的出生日期（第7到14位）不对，请核对')
  }
  if (iso > today) return fail('FUTURE_BIRTH', '证件号码中的出生日期（第7到14位）晚于今天，请核对')
  return ok(iso)
}

function eighteen(type: DocumentType, number: string, today: Day): Checked<ValidDocument, DocumentError> {
  if (number.length !== DOCUMENT_LENGTHS[type]) return fail('LENGTH', `证件号码应为${DOCUMENT_LENGTHS[type]}位，您填了${number.length}位，请核对`)
  if (!/^\d{17}[\dX]$/.test(number)) return fail('CHARSET', '证件号码只能填数字，最后一位可能是字母X，请核对')
  if (type === 'residentId' && !MAINLAND_PROVINCES.has(number.slice(0, 2))) {
    return fail('AREA', '证件号码前6位（地区）不对，请核对')
  }
  if (type === 'hkMacauTaiwanPermit' && !PERMIT_AREAS.has(number.slice(0, 6))) {
    return fail('PERMIT_AREA', '港澳台居民居住证号码前6位应为810000、820000或830000，请核对')
  }
  if (type === 'foreignPermanentResident' && number[0] !== '9') {
    return fail('FOREIGN_PREFIX', '外国人永久居留身份证号码第1位应为9，请核对')
  }
  const birth = realPastDate(number.slice(6, 14), today)
  if (!birth.ok) return birth
  if (checkChar(number) !== number[17]) return fail('CHECK_CHAR', '证件号码最后一位不对，请核对')
  return ok({ type, number, birthDate: birth.value, sex: Number(number[16]) % 2 === 1 ? 'male' : 'female' })
}

// Invisible characters a pasted text may carry: zero-width spaces and joiners, direction marks and isolates, the
// soft hyphen, the byte-order mark.
const INVISIBLE = /[\s\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+/g

/**
 * A document number as meant, from what a Chinese keyboard or a chat gives: full-width digits and letters
 * (３６０６…, ｘ) as ASCII, spaces (also the full-width one) and invisible characters left out, x as X.
 */
export function normalizeDocumentNumber(raw: string): string {
  return halfWidth(raw).replace(INVISIBLE, '').toUpperCase()
}

/**
 * How much a document number field takes: the number's length and room for what a paste brings along (grouping
 * spaces as in 3606 0219 8604 1513 14, invisible characters from a chat), which normalizeDocumentNumber drops.
 */
export const documentInputMaxlength = (type: DocumentType): number => DOCUMENT_LENGTHS[type] + 8

/** Validates and normalises a document number: the value, or a reason with a Chinese message. */
export function validateDocument(type: DocumentType, raw: string, today: Day): Checked<ValidDocument, DocumentError> {
  const number = normalizeDocumentNumber(raw)
  if (number === '') return fail('EMPTY', '请输入证件号码')
  if (type === 'birthCertificate') {
    if (number.length !== DOCUMENT_LENGTHS.birthCertificate) return fail('LENGTH', `出生医学证明编号应为${DOCUMENT_LENGTHS.birthCertificate}位，您填了${number.length}位，请核对`)
    if (!/^[A-Z]\d{9}$/.test(number)) return fail('BIRTH_CERT_FORMAT', '出生医学证明编号应为1个大写字母加9位数字，请核对')
    return ok({ type, number })
  }
  return eighteen(type, number, today)
}

/**
 * The number as the person reads it back on 确认提交 (the one screen that shows it in full):
 * 18-character numbers in groups of 6-8-4 (area, birth date, sequence and check), others as typed.
 */
export function groupForReading(number: string): string {
  return number.length === 18 ? `${number.slice(0, 6)} ${number.slice(6, 14)} ${number.slice(14)}` : number
}
