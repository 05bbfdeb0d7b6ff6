// Where the session's token is kept besides memory. H5: sessionStorage — one per window (two windows may be two
// people), kept across a reload of that window, gone when it closes; never localStorage. The mini programs keep
// it in memory only: a restart signs in again (with a fresh platform login code).
import { windowStorage } from './windowStorage'

const KEY = 'jx-session'

/** The port src/services/session.ts keeps the token through (installed by src/stores/session.ts). */
export const sessionTokenStorage = {
  load(): string | undefined {
    try {
      return windowStorage()?.getItem(KEY) ?? undefined
    } catch {
      return undefined
    }
  },
  save(token: string | undefined): void {
    try {
      const s = windowStorage()
      if (token === undefined) s?.removeItem(KEY)
      else s?.setItem(KEY, token)
    } catch {
      // Private mode or full: the token stays in memory for this page's life.
    }
  },
}
