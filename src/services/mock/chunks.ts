import { utf8Bytes, type KeyValueStorage } from './kv'

// The append-only logs (spending records, ledger, payments) are kept in chunks of at most CHUNK_BYTES.
// An append rewrites the last chunk in place with its committed rows and the new ones: the manifest's
// count says how many of a chunk's rows are committed, so rows written ahead of a failed commit are not read.

export const CHUNK_BYTES = 160 * 1024

export interface Chunk {
  key: string
  count: number
}

/** The committed text of a log's last chunk, kept so an append does not serialize its rows again. */
export interface Tail {
  text: string
  bytes: number
}

/** Log rows are never changed once written; frozen ones (the demo year's, shared by every copy) are serialized once. */
const rowTexts = new WeakMap<object, Tail>()
function rowText(row: unknown): Tail {
  const known = typeof row === 'object' && row !== null ? rowTexts.get(row) : undefined
  if (known) return known
  const text = JSON.stringify(row)
  const made = { text, bytes: utf8Bytes(text) }
  if (typeof row === 'object' && row !== null && Object.isFrozen(row)) rowTexts.set(row, made)
  return made
}

/** The committed rows of a chunk, as text. */
export function readTail(storage: KeyValueStorage, chunk: Chunk): Tail {
  const text = JSON.stringify((JSON.parse(storage.getItem(chunk.key) ?? '[]') as unknown[]).slice(0, chunk.count))
  return { text, bytes: utf8Bytes(text) }
}

/** Writes the rows after the committed ones; returns the chunks as they will be committed and the new last chunk's text. */
export function appendRows(
  prefix: string,
  committed: readonly Chunk[],
  tail: Tail | undefined,
  rows: readonly unknown[],
  write: (key: string, text: string, bytes: number) => void,
): { chunks: Chunk[]; tail?: Tail } {
  const chunks = committed.map((c) => ({ ...c }))
  const done = chunks.reduce((n, c) => n + c.count, 0)
  if (done > rows.length) throw new Error(`${prefix} shrank`)
  if (done === rows.length) return { chunks }
  let last = chunks.pop() ?? { key: `${prefix}#0`, count: 0 }
  if (last.count > 0 && !tail) throw new Error(`${prefix}: the last chunk's rows are needed to append`)
  let parts = tail && last.count > 0 ? [tail.text.slice(1, -1)] : []
  let bytes = tail && last.count > 0 ? tail.bytes : 2
  let written: Tail | undefined
  const flush = () => {
    const text = `[${parts.join(',')}]`
    write(last.key, text, bytes)
    written = { text, bytes }
    chunks.push(last)
  }
  for (let i = done; i < rows.length; i++) {
    const row = rowText(rows[i])
    if (last.count > 0 && bytes + row.bytes + 1 > CHUNK_BYTES) {
      flush()
      last = { key: `${prefix}#${chunks.length}`, count: 0 }
      parts = []
      bytes = 2
    }
    parts.push(row.text)
    bytes += row.bytes + 1
    last.count += 1
  }
  flush()
  return { chunks, tail: written }
}
