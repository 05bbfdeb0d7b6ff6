// Where the server-data layer keeps a member's last answers for a warm open (src/stores/query.ts). H5: this window's
// sessionStorage, beside the session token (./sessionToken.ts) — gone when the window closes; never localStorage.
// The mini programs keep them in memory only (a restart signs in again). Masked data only: the layer stores what
// the server answered the app, which never holds a full ID number or name.
import { windowStorage } from './windowStorage'

const KEY = 'jx-kept'

let memory: string | undefined

export const keptAnswersStorage = {
  load(): string | undefined {
    try {
      const s = windowStorage()
      return s ? (s.getItem(KEY) ?? undefined) : memory
    } catch {
      return undefined
    }
  },
  save(text: string | undefined): void {
    const s = windowStorage()
    if (!s) {
      memory = text
      return
    }
    try {
      if (text === undefined) s.removeItem(KEY)
      else s.setItem(KEY, text)
    } catch {
      // Private mode or full: nothing is kept, the next open asks the server as usual.
    }
  },
}
