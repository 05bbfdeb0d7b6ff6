/** How many digits a 医保支付密码 has. */
export const PASSWORD_LENGTH = 6

// Full-width digits (０-９, U+FF10–U+FF19) come from a Chinese keyboard or a pasted text: they are digits too.
const FULL_WIDTH_ZERO = 0xff10

/**
 * What the person typed or pasted, as the password's digits: full-width digits become ASCII digits, anything else
 * (spaces, letters, dashes, Chinese) is ignored, and at most six are kept.
 */
export function passwordDigits(typed: string): string {
  let digits = ''
  for (const ch of typed) {
    const code = ch.charCodeAt(0)
    if (ch >= '0' && ch <= '9') digits += ch
    else if (code >= FULL_WIDTH_ZERO && code <= FULL_WIDTH_ZERO + 9) digits += String(code - FULL_WIDTH_ZERO)
    if (digits.length === PASSWORD_LENGTH) break
  }
  return digits
}
