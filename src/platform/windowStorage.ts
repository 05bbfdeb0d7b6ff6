/** H5: this window's sessionStorage (one per window, kept across a reload, gone when it closes); elsewhere none. */
export function windowStorage(): Storage | undefined {
  if (process.env.TARO_ENV !== 'h5') return undefined
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage
  } catch {
    return undefined
  }
}
