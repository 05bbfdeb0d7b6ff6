// Amounts as integer fen, formatted for reading (首页 takes this file). Parsing what a person typed is in
// money-input.ts, re-exported here, so that 首页 goes without it.
export { MAX_FEN, parseYuan, type MoneyError } from './money-input'

const groups = /\B(?=(\d{3})+(?!\d))/g

/** 328050 → "¥3,280.50"; negative amounts get a leading minus: "-¥400.00". */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not an integer amount of fen: ${fen}`)
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const yuan = Math.floor(abs / 100).toString().replace(groups, ',')
  const cents = (abs % 100).toString().padStart(2, '0')
  return `${sign}¥${yuan}.${cents}`
}

/** 9000 → "90.00" (no currency sign), for inputs and sentences such as "90.00 元". */
export function formatYuan(fen: number): string {
  return formatFen(fen).replace('¥', '')
}

export function sumFen(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0)
}
