// De-identified display (shared/platform-and-privacy.md, PIPL art. 28; GB/T 35273): ID numbers with the
// middle hidden, names with the given name partly hidden.

/** "360602198604151314" → "3606**********1314"; shorter numbers keep 1 + 2 characters. */
export function maskId(number: string): string {
  const chars = Array.from(number)
  if (chars.length >= 15) return chars.slice(0, 4).join('') + '*'.repeat(chars.length - 8) + chars.slice(-4).join('')
  if (chars.length >= 4) return chars[0] + '*'.repeat(chars.length - 3) + chars.slice(-2).join('')
  return '*'.repeat(chars.length)
}

/** "李建国" → "李*国", "王明" → "王*", "欧阳建国" → "欧**国". */
export function maskName(name: string): string {
  const chars = Array.from(name)
  if (chars.length <= 1) return '*'
  if (chars.length === 2) return `${chars[0]}*`
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1]
}
