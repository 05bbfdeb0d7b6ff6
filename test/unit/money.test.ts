import { formatFen, formatYuan, parseYuan, MAX_FEN } from '@/domain/money'

describe('formatFen (money is integer fen, shown as ¥1,234.50)', () => {
  it.each([
    [328050, '¥3,280.50'],
    [9000, '¥90.00'],
    [40000, '¥400.00'],
    [0, '¥0.00'],
    [1, '¥0.01'],
    [100000000, '¥1,000,000.00'],
    [-40000, '-¥400.00'],
  ])('%i fen → %s', (fen, text) => expect(formatFen(fen)).toBe(text))

  it('refuses fractions of a fen', () => expect(() => formatFen(1.5)).toThrow(RangeError))
  it('formats yuan without the sign', () => expect(formatYuan(152000)).toBe('1,520.00'))
})

describe('parseYuan', () => {
  it.each([
    ['3280.50', 328050],
    ['¥3,280.50', 328050],
    ['90', 9000],
    ['90.5', 9050],
    ['0.01', 1],
    [' 400.00 ', 40000],
    ['400元', 40000],
    ['007.10', 710],
    ['9999999.99', MAX_FEN],
  ])('%s → %i fen', (input, fen) => expect(parseYuan(input)).toEqual({ ok: true, value: fen }))

  it.each([
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['-1', 'NEGATIVE'],
    ['-0.01', 'NEGATIVE'],
    ['1.234', 'TOO_MANY_DECIMALS'],
    ['0.001', 'TOO_MANY_DECIMALS'],
    ['abc', 'NOT_A_NUMBER'],
    ['1e3', 'NOT_A_NUMBER'],
    ['12.3.4', 'NOT_A_NUMBER'],
    ['NaN', 'NOT_A_NUMBER'],
    ['Infinity', 'NOT_A_NUMBER'],
    ['1 000', 'NOT_A_NUMBER'],
    ['10000000', 'OVERFLOW'],
    ['99999999999999999999', 'OVERFLOW'],
    ['0', 'ZERO'],
    ['0.00', 'ZERO'],
  ])('%j is refused with %s', (input, code) => {
    const r = parseYuan(input)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.reason.code).toBe(code)
      expect(r.reason.message).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('accepts zero when asked to', () => expect(parseYuan('0', { allowZero: true })).toEqual({ ok: true, value: 0 }))
})
