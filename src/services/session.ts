import { BackendError, type Backend, type Session } from './backend'
import type { TokenSource } from './wire'

// The app's end of a session: the token, kept in memory (and on H5 for this window, through the port
// src/platform/sessionToken.ts gives: sessionStorage), sent with every call by the wire. `signIn` keeps the token
// it answers, `signOut` forgets it, and a call answered UNAUTHENTICATED forgets it too and tells whoever listens
// (the app shows the sign-in page).

/** Where the token outlives a reload (H5: this window's sessionStorage; the mini programs: nowhere). */
export interface SessionTokenStorage {
  load(): string | undefined
  save(token: string | undefined): void
}

let token: string | undefined
let port: SessionTokenStorage | undefined
const listeners = new Set<() => void>()

/** Installs the port (once, at start); a token it kept from before a reload is taken up. */
export function setSessionTokenStorage(next: SessionTokenStorage): void {
  port = next
  token ??= next.load()
}

function current(): string | undefined {
  return token
}

function keep(next: string | undefined): void {
  token = next
  port?.save(next)
}

export const sessionToken: TokenSource = { token: current }

/** Whether this window holds a session token (it may still have expired on the server). */
export function hasSession(): boolean {
  return current() !== undefined
}

/** Forgets the token without a call (tests; a reset of the demo data). */
export function forgetSession(): void {
  keep(undefined)
}

/** Calls `listener` whenever a call finds the session ended (the token is already forgotten then). */
export function onSessionEnded(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The session around a wired backend: keeps the token `signIn` answers, forgets it on sign-out and on UNAUTHENTICATED. */
export function withSession(inner: Backend): Backend {
  const wrapped = {} as Record<string, unknown>
  for (const name of Object.keys(inner) as (keyof Backend)[]) {
    const fn = inner[name] as (...args: unknown[]) => Promise<unknown>
    wrapped[name] = async (...args: unknown[]) => {
      const sent = current()
      try {
        const value = await fn(...args)
        if (name === 'signIn') keep((value as Session).token)
        if (name === 'signOut' && current() === sent) keep(undefined)
        return value
      } catch (e) {
        // Only the token the call was sent with is forgotten: a sign-in meanwhile stays. A call sent without any
        // token (a fresh window, a restart, signed out) is refused the same way: whoever listens is told too.
        if (e instanceof BackendError && e.code === 'UNAUTHENTICATED' && current() === sent) {
          if (sent !== undefined) keep(undefined)
          listeners.forEach((l) => l())
        }
        throw e
      }
    }
  }
  return wrapped as unknown as Backend
}
