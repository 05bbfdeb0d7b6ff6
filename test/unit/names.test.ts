import { validateName, MIDDLE_DOT } from '@/domain/names'

describe('姓名', () => {
  it.each([
    ['李建国', '李建国'],
    ['  王秀英 ', '王秀英'],
    ['李明', '李明'],
    ['阿依古丽·买买提', '阿依古丽·买买提'],
    ['阿依古丽•买买提', `阿依古丽${MIDDLE_DOT}买买提`],
    ['阿依古丽．买买提', `阿依古丽${MIDDLE_DOT}买买提`],
    ['John·Smith', 'John·Smith'],
    ['欧阳建国', '欧阳建国'],
    // Every Han character, the extension planes included, and 〇 (\p{Script=Han} with the u flag).
    ['王𠮷', '王𠮷'],
    ['刘䶮', '刘䶮'],
    ['李〇', '李〇'],
    ['𠮷'.repeat(50), '𠮷'.repeat(50)],
  ])('%j → %j', (input, value) => expect(validateName(input)).toEqual({ ok: true, value }))

  it.each([
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['李', 'TOO_SHORT'],
    ['李'.repeat(51), 'TOO_LONG'],
    ['李建国1', 'BAD_CHAR'],
    ['李_国', 'BAD_CHAR'],
    ['李建国!', 'BAD_CHAR'],
    ['Li.Ming', 'BAD_CHAR'],
    ['李 建国', 'SPACE'],
    ['John Smith', 'SPACE'],
    ['·李建国', 'DOT_POSITION'],
    ['李建国·', 'DOT_POSITION'],
    ['阿依··买买提', 'DOT_POSITION'],
    ['😀😀', 'BAD_CHAR'],
    ['𠮷', 'TOO_SHORT'],
    ['𠮷'.repeat(51), 'TOO_LONG'],
    ['王〇0', 'BAD_CHAR'],
    ['王\u3001明', 'BAD_CHAR'],
  ])('%j is refused with %s', (input, code) => {
    const r = validateName(input)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.reason.code).toBe(code)
      expect(r.reason.message).toMatch(/[\u4e00-\u9fff]/)
    }
  })
})
