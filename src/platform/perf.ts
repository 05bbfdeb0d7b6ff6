// Timing marks for `npm run bench` (User Timing: performance.mark). Names and small details only — an
// operation name, a source, a count — never a person's name, ID number or anything they typed. Where the
// platform has no performance.mark (the mini programs' JS engines vary), marking does nothing.
export type MarkName =
  /** The client end of the wire sends a request (detail: { op }). */
  | 'jx:wire'
  /** 首页's own content is drawn (before any figures). */
  | 'jx:first-screen'
  /** 首页's figures are drawn (detail: { source: 'stored' | 'server' }). */
  | 'jx:figures'
  /** The mock server has booted (detail: { ms, first: 0 | 1 }). */
  | 'jx:server-boot'

export function mark(name: MarkName, detail?: Record<string, string | number>): void {
  if (process.env.TARO_ENV !== 'h5') return
  try {
    if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name, detail ? { detail } : undefined)
  } catch {
    // An old engine without the detail argument: the timing is only a figure, never needed.
  }
}
