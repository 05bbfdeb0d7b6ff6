// The JSON wire (src/services/wire.ts): what an HTTP adapter will do to every call, done in process.
import { BackendError, type Backend } from '@/services/backend'
import { connect } from '@/services/wire'
import { overWire, serve } from '@/services/wire-server'

/** A server that keeps what it was sent and what it answered, by reference. */
function recordingServer() {
  const seen: { args: unknown[] }[] = []
  const kept = { personalAccount: { carriedOverFen: 100, currentYearFen: 0 }, family: [], asOf: new Date(Date.UTC(2026, 10, 23)) }
  const server = {
    getBalances: async () => kept,
    premiumCandidates: async (...args: unknown[]) => {
      seen.push({ args })
      return []
    },
    uploadProof: async (file: unknown) => {
      seen.push({ args: [file] })
      return { ok: true, value: { id: 'f-1', fileName: 'a.jpg', note: undefined } }
    },
    signIn: async () => {
      throw new BackendError('NOT_FOUND', '该身份不是演示账号')
    },
    currentMember: async () => {
      throw new TypeError('bug on the server')
    },
  } as unknown as Backend
  return { server, seen, kept }
}

describe('the JSON wire between app and server', () => {
  it('answers with copies: changing an answer changes nothing on the server', async () => {
    const { server, kept } = recordingServer()
    const client = overWire(server)
    const first = await client.getBalances()
    first.personalAccount!.carriedOverFen = 999_999
    expect(kept.personalAccount.carriedOverFen).toBe(100)
    expect((await client.getBalances()).personalAccount?.carriedOverFen).toBe(100)
  })

  it('sends copies: the server never holds the object the app keeps', async () => {
    const { server, seen } = recordingServer()
    const file = { fileName: 'a.jpg', mimeType: 'image/jpeg', sizeBytes: 10 }
    await overWire(server).uploadProof(file)
    file.sizeBytes = 0
    expect(seen[0].args[0]).toEqual({ fileName: 'a.jpg', mimeType: 'image/jpeg', sizeBytes: 10 })
    expect(seen[0].args[0]).not.toBe(file)
  })

  it('carries only what JSON carries: a Date arrives as text, an undefined field not at all', async () => {
    const { server } = recordingServer()
    const client = overWire(server)
    expect((await client.getBalances()).asOf).toBe('2026-11-23T00:00:00.000Z')
    const proof = await client.uploadProof({ fileName: 'a.jpg', mimeType: 'image/jpeg', sizeBytes: 10 })
    expect(proof.ok && Object.keys(proof.value)).toEqual(['id', 'fileName'])
  })

  it('leaves out an optional argument that was not given, instead of sending null', async () => {
    const { server, seen } = recordingServer()
    const call = overWire(server).premiumCandidates as (...args: unknown[]) => Promise<unknown>
    await call(2027, undefined)
    expect(seen[0].args).toEqual([2027])
  })

  it('rebuilds a server error as a BackendError with its code and message', async () => {
    const { server } = recordingServer()
    const error = await overWire(server).signIn({ memberRef: 'p-x', platform: 'h5' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BackendError)
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: '该身份不是演示账号' })
  })

  it('turns a failure the contract does not name into a plain error, not a BackendError', async () => {
    const { server } = recordingServer()
    const error = await overWire(server).currentMember().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Error)
    expect(error).not.toBeInstanceOf(BackendError)
  })

  it('refuses an operation the contract does not have, and malformed text', async () => {
    const handler = serve(recordingServer().server)
    expect(JSON.parse(await handler(JSON.stringify({ op: 'control', args: [] })))).toEqual({ ok: false, error: { code: 'BAD_REQUEST', message: '无法识别的请求' } })
    expect(JSON.parse(await handler('{not json'))).toEqual({ ok: false, error: { code: 'BAD_REQUEST', message: '无法识别的请求' } })
    expect(JSON.parse(await handler(JSON.stringify({ op: 'currentMember', args: [], token: 42 })))).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  })

  it('sends nothing but text across', async () => {
    const sent: unknown[] = []
    const client = connect(async (text) => {
      sent.push(text)
      return JSON.stringify({ ok: true, body: null })
    })
    expect(await client.currentMember()).toBeNull()
    expect(sent).toEqual([JSON.stringify({ op: 'currentMember', args: [] })])
  })

  it("carries the session's token as it is when the call is sent, and none before there is one", async () => {
    const sent: { op: string; token?: string }[] = []
    let token: string | undefined
    const client = connect(
      async (text) => {
        sent.push(JSON.parse(text) as { op: string; token?: string })
        return JSON.stringify({ ok: true, body: null })
      },
      { token: () => token },
    )
    await client.listDemoMembers()
    token = 'abc'
    await client.getBalances()
    token = 'def'
    await client.getBalances()
    expect(sent.map((r) => [r.op, r.token])).toEqual([
      ['listDemoMembers', undefined],
      ['getBalances', 'abc'],
      ['getBalances', 'def'],
    ])
    expect('token' in sent[0]).toBe(false)
  })
})
