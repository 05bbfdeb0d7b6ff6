import { halfWidth } from '@/domain/half-width'

/** How many digits a 医保支付密码 has. */
export const PASSWORD_LENGTH = 6

/**
 * What the person typed or pasted, as the password's digits: full-width digits (a Chinese keyboard, a pasted text)
 * become ASCII digits, anything else (spaces, letters, dashes, Chinese) is ignored, and at most six are kept.
 */
export function passwordDigits(typed: string): string {
  return halfWidth(typed).replace(/[^0-9]/g, '').slice(0, PASSWORD_LENGTH)
}
