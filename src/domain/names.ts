import { fail, ok, type Checked } from './result'

// 姓名 (shared/domain.md "Names"): 2–50 characters of Chinese or Latin letters; minority and foreign names
// use the middle dot U+00B7; a full-width • or ． typed by mistake is normalised; spaces trimmed.
// Chinese means every Han character, the extension planes included (𠮷 U+20BB7, 䶮 U+4DAE) and 〇 (U+3007,
// Script=Han): names are read as code points (the `u` flag and Array.from), never as UTF-16 halves.
export const MIDDLE_DOT = '\u00B7'
const MISTYPED_DOTS = /[\u2022\uFF0E\u30FB\u2027\u2219]/g
const LETTER = /^[\p{Script=Han}A-Za-z]$/u
const NAME_MIN = 2
export const NAME_MAX = 50

export type NameError = 'EMPTY' | 'TOO_SHORT' | 'TOO_LONG' | 'BAD_CHAR' | 'SPACE' | 'DOT_POSITION'

export function normalizeName(raw: string): string {
  return raw.trim().replace(MISTYPED_DOTS, MIDDLE_DOT)
}

export function validateName(raw: string): Checked<string, NameError> {
  const name = normalizeName(raw)
  if (name === '') return fail('EMPTY', '请输入姓名')
  const chars = Array.from(name)
  if (chars.some((c) => /\s/.test(c))) return fail('SPACE', '姓名中间不能有空格，少数民族或外国人姓名请用“·”分隔')
  const bad = chars.find((c) => c !== MIDDLE_DOT && !LETTER.test(c))
  if (bad !== undefined) return fail('BAD_CHAR', `姓名不能包含“${bad}”，只能是汉字、字母和“·”`)
  if (chars[0] === MIDDLE_DOT || chars[chars.length - 1] === MIDDLE_DOT || name.includes(MIDDLE_DOT + MIDDLE_DOT)) {
    return fail('DOT_POSITION', '“·”只能用在姓名中间，且不能连用')
  }
  if (chars.length < NAME_MIN) return fail('TOO_SHORT', '姓名至少2个字')
  if (chars.length > NAME_MAX) return fail('TOO_LONG', '姓名最多50个字')
  return ok(name)
}
