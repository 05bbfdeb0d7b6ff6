import { fail, ok, type Checked } from './result'

/** Amounts are integer fen (分). The largest amount the app accepts: 9,999,999.99 元. */
export const MAX_FEN = 999_999_999

export type MoneyError = 'EMPTY' | 'NOT_A_NUMBER' | 'NEGATIVE' | 'TOO_MANY_DECIMALS' | 'OVERFLOW' | 'ZERO'

/**
 * Parses what a person typed in 元 ("1,234.5", "¥90", "0.01") into fen, exactly, without floating point.
 * Rejects negatives, more than two decimals, non-numbers and amounts over MAX_FEN.
 */
export function parseYuan(input: string, opts: { allowZero?: boolean } = {}): Checked<number, MoneyError> {
  const text = input.trim().replace(/^[¥￥]/, '').replace(/,/g, '').replace(/元$/, '').trim()
  if (text === '') return fail('EMPTY', '请输入金额')
  if (text.startsWith('-')) return fail('NEGATIVE', '金额不能为负数')
  const m = /^(\d+)(?:\.(\d*))?$/.exec(text)
  if (!m) return fail('NOT_A_NUMBER', '请输入数字金额，如 90.00')
  const [, whole, decimals = ''] = m
  if (decimals.length > 2) return fail('TOO_MANY_DECIMALS', '金额最多保留两位小数（精确到分）')
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'))
  if (fen > MAX_FEN) return fail('OVERFLOW', '金额过大，请核对后重新输入')
  if (fen === 0 && !opts.allowZero) return fail('ZERO', '金额必须大于 0')
  return ok(fen)
}
