// What a Chinese keyboard or a pasted chat gives, as the ASCII it means: full-width ASCII (！ to ～, U+FF01–FF5E:
// ３６０６…, ｘ) sits 0xFEE0 above ASCII. Mapped by hand, not with String.prototype.normalize, which a JS engine
// built without ICU may leave as it is. Used for 证件号码 (documents.ts) and the 医保支付密码's digits.
const FULL_WIDTH = /[\uff01-\uff5e]/g
const FULL_WIDTH_OFFSET = 0xfee0

export function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET))
}
