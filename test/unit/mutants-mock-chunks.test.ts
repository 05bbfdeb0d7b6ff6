// The append-only logs in chunks (src/services/mock/chunks.ts): an append rewrites the last chunk with its committed
// rows and the new ones, opens a new chunk at CHUNK_BYTES, and refuses to go back (issue 20 item 9, mutation testing).
import { appendRows, CHUNK_BYTES, readTail, type Chunk } from '@/services/mock/chunks'
import { memoryStorage, utf8Bytes } from '@/services/mock/kv'

function recorder() {
  const writes: [string, string, number][] = []
  return { writes, write: (key: string, text: string, bytes: number) => void writes.push([key, text, bytes]) }
}

describe('appendRows', () => {
  it('writes the first rows into chunk #0 and answers its text as the new tail', () => {
    const r = recorder()
    const out = appendRows('log', [], undefined, [{ a: 1 }, '李'], r.write)
    expect(r.writes).toEqual([['log#0', '[{"a":1},"李"]', expect.any(Number)]])
    expect(out.chunks).toEqual([{ key: 'log#0', count: 2 }])
    expect(out.tail?.text).toBe('[{"a":1},"李"]')
    // The bytes counted are never under the text's own size.
    expect(out.tail?.bytes).toBeGreaterThanOrEqual(utf8Bytes('[{"a":1},"李"]'))
  })

  it('writes nothing when every row is committed already', () => {
    const r = recorder()
    const committed: Chunk[] = [{ key: 'log#0', count: 2 }]
    const out = appendRows('log', committed, { text: '[1,2]', bytes: 5 }, [1, 2], r.write)
    expect(r.writes).toEqual([])
    expect(out).toEqual({ chunks: committed })
    expect(out.chunks).not.toBe(committed)
  })

  it('appends after the committed rows of the last chunk (its tail), leaving rows written ahead out', () => {
    const r = recorder()
    const committed: Chunk[] = [{ key: 'log#0', count: 2 }]
    const out = appendRows('log', committed, { text: '[1,2]', bytes: 5 }, [1, 2, 3], r.write)
    expect(r.writes).toEqual([['log#0', '[1,2,3]', expect.any(Number)]])
    expect(out.chunks).toEqual([{ key: 'log#0', count: 3 }])
    // The committed list is not changed in place (the manifest still names it until the commit).
    expect(committed).toEqual([{ key: 'log#0', count: 2 }])
  })

  it('starts on an empty last chunk without needing its tail', () => {
    const r = recorder()
    const out = appendRows('log', [{ key: 'log#0', count: 0 }], undefined, [7], r.write)
    expect(r.writes).toEqual([['log#0', '[7]', expect.any(Number)]])
    expect(out.chunks).toEqual([{ key: 'log#0', count: 1 }])
  })

  it('refuses a log that shrank, and an append without the last chunk’s rows', () => {
    expect(() => appendRows('log', [{ key: 'log#0', count: 3 }], { text: '[1,2,3]', bytes: 7 }, [1, 2], () => undefined)).toThrow('log shrank')
    expect(() => appendRows('log', [{ key: 'log#0', count: 1 }], undefined, [1, 2], () => undefined)).toThrow("log: the last chunk's rows are needed to append")
  })

  it(`opens a new chunk when the next row would take one past ${CHUNK_BYTES} bytes, and not before`, () => {
    // Each row is a string of n characters: n + 2 bytes as JSON, + 1 for its comma; a chunk starts at 2 ("[]").
    const row = (bytes: number) => 'x'.repeat(bytes - 2)
    const half = (CHUNK_BYTES - 4) / 2
    const fits = recorder()
    const one = appendRows('log', [], undefined, [row(half), row(half)], fits.write)
    expect(one.chunks).toEqual([{ key: 'log#0', count: 2 }])
    const over = recorder()
    const two = appendRows('log', [], undefined, [row(half), row(half + 1), row(10)], over.write)
    expect(two.chunks).toEqual([
      { key: 'log#0', count: 1 },
      { key: 'log#1', count: 2 },
    ])
    expect(over.writes.map(([k, text]) => [k, JSON.parse(text).length])).toEqual([
      ['log#0', 1],
      ['log#1', 2],
    ])
    expect(two.tail?.text).toBe(over.writes[1][1])
  })
})

describe('readTail', () => {
  it('reads only the committed rows of a chunk', () => {
    const storage = memoryStorage({ 'log#0': '[1,2,3]' })
    expect(readTail(storage, { key: 'log#0', count: 2 })).toEqual({ text: '[1,2]', bytes: 5 })
    expect(readTail(storage, { key: 'log#9', count: 2 })).toEqual({ text: '[]', bytes: 2 })
  })
})
