// What the mock server keeps of sessions, tickets and the 医保支付密码: hashes only, never the secrets; and what the
// app's end of a session does (src/services/session.ts, src/platform/sessionToken.ts).
import { forgetSession, hasSession, onSessionEnded, sessionToken, setSessionTokenStorage, withSession } from '@/services/session'
import { connect } from '@/services/wire'
import type { RegisterAuthorizationRequest } from '@/services/backend'
import { createMockServer } from '@/services/mock'
import { fixedClock, systemClock } from '@/services/mock/clock'
import { memoryStorage, SESSIONS_KEY, STATE_KEY } from '@/services/mock/persist'
import { sessionTokenStorage } from '@/platform/sessionToken'
import { client, signedIn } from '../support/sessions'

const noLatency = { latencyMinMs: 0, latencyMaxMs: 0, timeoutMs: 0 }
const bindWife: Omit<RegisterAuthorizationRequest, 'ticket'> = { documentType: 'residentId', documentNumber: '360602198809212424', name: '王秀英', relation: 'spouse', promiseVersion: '2026-12', proofIds: [], idempotencyKey: 'secrets-bind-wife' }

describe('the server keeps no secret in storage', () => {
  it('keeps neither the password (right or wrong), nor the token, nor the ticket; the idempotency record has no ticket', async () => {
    const storage = memoryStorage()
    const server = createMockServer({ storage, clock: fixedClock('2026-11-22T02:00:00Z'), faults: noLatency })
    const b = await signedIn(server, '李建国', { autoTicket: false })
    const wrong = await b.verifyPassword({ operation: 'registerAuthorization', request: bindWife, password: '975318' })
    expect(wrong.ok).toBe(false)
    const t = await b.verifyPassword({ operation: 'registerAuthorization', request: bindWife, password: '135790' })
    if (!t.ok) throw new Error('no ticket')
    const stored = () => Object.values(storage.dump()).join('\n')
    expect(stored()).not.toContain(t.value.ticket)
    expect((await b.registerAuthorization({ ...bindWife, ticket: t.value.ticket })).ok).toBe(true)
    const text = stored()
    for (const secret of ['135790', '975318', b.token, t.value.ticket]) expect(text).not.toContain(secret)
    const sessions = Object.keys(JSON.parse(storage.getItem(SESSIONS_KEY) as string) as object)
    expect(sessions).toHaveLength(1)
    expect(sessions[0]).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(server.control.snapshot().idempotency)).not.toContain('ticket')
  })

  it('reads a store of version 3 (one global login) as it is, with no session open: nothing is reset', async () => {
    const storage = memoryStorage()
    const server = createMockServer({ storage, clock: fixedClock('2026-11-22T02:00:00Z'), faults: noLatency })
    const b = await signedIn(server, '李建国')
    await b.registerAuthorization(bindWife)
    // Make it what version 3 wrote: no sessions concern, the global login in the identity key.
    const manifest = JSON.parse(storage.getItem(STATE_KEY) as string) as { version: number; concerns: Record<string, string> }
    storage.removeItem(manifest.concerns.security)
    delete manifest.concerns.security
    const identity = JSON.parse(storage.getItem(manifest.concerns.identity) as string) as Record<string, unknown>
    storage.setItem(manifest.concerns.identity, JSON.stringify({ ...identity, session: { memberRef: 'p-ljg' } }))
    storage.setItem(STATE_KEY, JSON.stringify({ ...manifest, version: 3 }))
    storage.removeItem(SESSIONS_KEY)
    const upgraded = createMockServer({ storage, clock: fixedClock('2026-11-22T02:00:00Z'), faults: noLatency })
    // No session of before is open (version 3 had none to keep); signing in again finds the books as they were.
    await expect(client(upgraded, () => b.token).currentMember()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
    const stale = await signedIn(upgraded, '李建国')
    expect(upgraded.control.takeNotice()).toBeUndefined()
    expect((await stale.listAuthorizations()).asAuthorizer.some((a) => a.user.maskedName === '王*英' && a.status === 'active')).toBe(true)
    expect(JSON.parse(storage.getItem(STATE_KEY) as string)).toMatchObject({ version: 4 })
  })
})

describe("the app's end of a session", () => {
  it('keeps the token signIn answers, sends it, and forgets it and says so when a call finds the session ended', async () => {
    let now = Date.parse('2026-11-22T02:00:00Z')
    const kept: (string | undefined)[] = []
    setSessionTokenStorage({ load: () => undefined, save: (t) => kept.push(t) })
    forgetSession()
    // The app's end as src/services/index.ts puts it together.
    const app = withSession(connect(createMockServer({ storage: memoryStorage(), clock: systemClock(() => now), faults: noLatency }).handle, sessionToken))
    const backend = () => app
    expect(hasSession()).toBe(false)
    await expect(backend().currentMember()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
    const session = await backend().signIn({ memberRef: 'p-ljg', platform: 'h5' })
    expect(hasSession()).toBe(true)
    expect(kept[kept.length - 1]).toBe(session.token)
    expect(await backend().currentMember()).toMatchObject({ maskedName: '李*国' })
    let ended = 0
    const stop = onSessionEnded(() => (ended += 1))
    now += 31 * 60_000
    await expect(backend().getBalances()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
    expect(ended).toBe(1)
    expect(hasSession()).toBe(false)
    expect(kept[kept.length - 1]).toBeUndefined()
    await backend().signIn({ memberRef: 'p-zzq', platform: 'h5' })
    await backend().signOut()
    expect(hasSession()).toBe(false)
    expect(ended).toBe(1)
    stop()
  })

  it('takes up the token this window kept before a reload', () => {
    forgetSession()
    expect(hasSession()).toBe(false)
    setSessionTokenStorage({ load: () => 'token-from-before-the-reload', save: () => undefined })
    expect(hasSession()).toBe(true)
    expect(sessionToken.token()).toBe('token-from-before-the-reload')
    forgetSession()
  })

  it('on H5 keeps the token in this window’s sessionStorage, never in localStorage', () => {
    const session = new Map<string, string>()
    const local = new Map<string, string>()
    const fake = (m: Map<string, string>) => ({ getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) })
    Object.assign(globalThis, { sessionStorage: fake(session), localStorage: fake(local) })
    try {
      sessionTokenStorage.save('abc')
      expect([...session.values()]).toEqual(['abc'])
      expect(sessionTokenStorage.load()).toBe('abc')
      sessionTokenStorage.save(undefined)
      expect(session.size).toBe(0)
      expect(local.size).toBe(0)
    } finally {
      delete (globalThis as { sessionStorage?: unknown }).sessionStorage
      delete (globalThis as { localStorage?: unknown }).localStorage
    }
  })
})
