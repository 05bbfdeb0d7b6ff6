/** A rule's answer: the value, or reasons a person can read (Chinese message, what to do next). */
export interface Reason<C extends string = string> {
  code: C
  message: string
  next?: string
}

export type Checked<T, C extends string = string> = { ok: true; value: T } | { ok: false; reason: Reason<C> }

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value })
export const fail = <C extends string>(code: C, message: string, next?: string): { ok: false; reason: Reason<C> } => ({
  ok: false,
  reason: next ? { code, message, next } : { code, message },
})
