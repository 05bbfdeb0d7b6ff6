import { appendRows, readTail, type Chunk, type Tail } from './chunks'
import { utf8Bytes, type KeyValueStorage } from './kv'
import { CONCERNS, everyFieldKept, keysNamedBy, keysWrittenAhead, LEGACY_KEY, LOGS, MAX_KEY_BYTES, PREFIX, READABLE_VERSIONS, SESSIONS_KEY, STATE_KEY, STATE_VERSION, type Concern, type Log, type Manifest } from './layout'
import type { ServerState, SessionRow } from './state'

export { memoryStorage, utf8Bytes, type KeyValueStorage } from './kv'
export { CONCERNS, LOGS, MAX_KEY_BYTES, SESSIONS_KEY, STATE_KEY, STATE_VERSION } from './layout'

// Where the mock server keeps its state: a key per concern, each under Alipay's 200 KB a key, committed
// all or nothing. Small concerns are written under a new name each time they change; the append-only logs
// (spending records, ledger, payments) in chunks; then one small manifest key names what is current — its
// write is the commit. A write that fails before the manifest leaves the stored state as it was.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

export interface Loaded {
  state: ServerState
  notice?: string
}

/** The stored image of the state: what was last committed, to compare with and to go back to. */
export class Store {
  private manifest: Manifest | null = null
  private images = {} as Record<Concern, string>
  private counts = {} as Record<Log, number>
  /** The committed text of each log's last chunk, so an append does not write out its items again. */
  private tails: Partial<Record<Log, Tail>> = {}
  private seq = 0
  /** The manifest text this store read or wrote last (null: nothing stored yet): its version. */
  private text: string | null = null

  constructor(private readonly storage: KeyValueStorage) {}

  /**
   * Reads the stored state. `again`: a window reading what another window committed (H5) — it leaves keys it does
   * not know alone (they may be that window's commit in progress), and if the manifest moves on while it reads
   * (the other window removed the keys it had replaced), it reads again rather than reset.
   */
  load(seed: () => ServerState, again = false, tries = 3): Loaded {
    if (everyFieldKept !== true) throw new Error('unreachable')
    let raw: string | null = null
    try {
      raw = this.storage.getItem(STATE_KEY)
      if (raw === null && this.storage.getItem(LEGACY_KEY) !== null) return this.fresh(seed, '演示数据版本已更新，已为您重置为初始演示数据')
    } catch {
      raw = null
    }
    if (raw === null || raw === '') return this.fresh(seed)
    try {
      const manifest = JSON.parse(raw) as Manifest
      if (!isObject(manifest) || typeof manifest.version !== 'number') throw new Error('shape')
      const missing = READABLE_VERSIONS[manifest.version]
      if (!missing) return this.fresh(seed, '演示数据版本已更新，已为您重置为初始演示数据')
      const state = { seq: manifest.seq } as Record<string, unknown>
      for (const concern of Object.keys(CONCERNS) as Concern[]) {
        // A concern an older version did not have starts empty (every field of one is a record).
        const image = missing.includes(concern) ? JSON.stringify(Object.fromEntries(CONCERNS[concern].map((f) => [f, {}]))) : (this.storage.getItem(manifest.concerns[concern]) ?? '')
        const part = JSON.parse(image) as Record<string, unknown>
        for (const field of CONCERNS[concern]) {
          if (typeof part[field] !== 'object' || part[field] === null) throw new Error('shape')
          state[field] = part[field]
        }
        this.images[concern] = image
      }
      for (const log of LOGS) {
        const items: unknown[] = []
        for (const chunk of manifest.logs[log]) {
          if (chunk.count === 0) continue
          const stored = JSON.parse(this.storage.getItem(chunk.key) ?? '') as unknown
          if (!Array.isArray(stored) || stored.length < chunk.count) throw new Error('shape')
          items.push(...stored.slice(0, chunk.count))
        }
        state[log] = items
        this.counts[log] = items.length
        const last = manifest.logs[log][manifest.logs[log].length - 1]
        if (last && last.count > 0) this.tails[log] = readTail(this.storage, last)
      }
      if (typeof manifest.seq !== 'number' || !Array.isArray(state.people)) throw new Error('shape')
      this.manifest = manifest
      this.text = raw
      this.seq = manifest.seq
      if (!again) this.removeOrphans(manifest)
      return { state: state as unknown as ServerState }
    } catch {
      if (tries > 1 && this.moved(raw)) return this.reset().load(seed, again, tries - 1)
      return this.fresh(seed, '本机保存的演示数据无法读取，已重置为初始演示数据')
    }
  }

  /**
   * Whether the stored state is the one this store holds: false once another window of the app (H5: they all
   * share localStorage) has committed or reset since. Then the caller reads it again before acting on it.
   */
  current(): boolean {
    try {
      return this.storage.getItem(STATE_KEY) === this.text
    } catch {
      return true
    }
  }

  /** The open sessions as stored now (another window may have added its own). */
  readSessions(): Record<string, SessionRow> {
    try {
      const rows = JSON.parse(this.storage.getItem(SESSIONS_KEY) ?? '{}') as unknown
      return isObject(rows) ? (rows as Record<string, SessionRow>) : {}
    } catch {
      return {}
    }
  }

  /** Stores the open sessions (throws when the write fails). */
  writeSessions(rows: Record<string, SessionRow>): void {
    if (Object.keys(rows).length === 0) this.storage.removeItem(SESSIONS_KEY)
    else this.write(SESSIONS_KEY, JSON.stringify(rows))
  }

  /** Whether the stored manifest is no longer `raw` (another window committed meanwhile). */
  private moved(raw: string): boolean {
    try {
      return this.storage.getItem(STATE_KEY) !== raw
    } catch {
      return false
    }
  }

  /** Forgets what was read (before reading again). */
  private reset(): this {
    this.manifest = null
    this.text = null
    this.images = {} as Record<Concern, string>
    this.counts = {} as Record<Log, number>
    this.tails = {}
    return this
  }

  /** Whether anything of the server is stored (a fresh device has nothing to tell about). */
  hasStored(): boolean {
    try {
      return this.storage.getItem(STATE_KEY) !== null || this.storage.getItem(LEGACY_KEY) !== null
    } catch {
      return false
    }
  }

  /** Starts from the seed, in memory (the server's first start stores it: `keep`). */
  private fresh(seed: () => ServerState, notice?: string): Loaded {
    // The books start over; the open sessions (a key of their own) stay.
    this.wipe(false)
    const state = seed()
    this.baseline(state)
    return notice ? { state, notice } : { state }
  }

  /**
   * Writes `state` (the demo year just made, nothing stored yet) as the stored one, so that the next start reads it
   * instead of making it again. If the write fails, nothing is stored and it is made again next time.
   */
  keep(state: ServerState): void {
    if (this.text !== null) return
    this.images = {} as Record<Concern, string>
    try {
      this.commit(state)
    } catch {
      this.baseline(state)
    }
  }

  /** Takes `state` as the stored one without writing it (after a wipe or a reset to the seed). */
  baseline(state: ServerState): void {
    for (const concern of Object.keys(CONCERNS) as Concern[]) this.images[concern] = imageOf(state, concern)
    for (const log of LOGS) this.counts[log] = state[log].length
    this.seq = state.seq
  }

  /** Whether `state` differs from what is stored. */
  changed(state: ServerState): boolean {
    return state.seq !== this.seq || LOGS.some((log) => state[log].length !== this.counts[log]) || (Object.keys(CONCERNS) as Concern[]).some((c) => imageOf(state, c) !== this.images[c])
  }

  /** Writes what changed, all or nothing; throws (storage untouched as far as it matters) when a write fails. */
  commit(state: ServerState): void {
    if (!this.changed(state)) return
    const gen = (this.manifest?.gen ?? 0) + 1
    const next: Manifest = { version: STATE_VERSION, gen, rev: `${gen}.${Math.random().toString(36).slice(2, 10)}`, seq: state.seq, concerns: { ...(this.manifest?.concerns ?? ({} as Record<Concern, string>)) }, logs: {} as Manifest['logs'] }
    const written: string[] = []
    let text = ''
    const images: Partial<Record<Concern, string>> = {}
    const tails: Partial<Record<Log, Tail>> = {}
    try {
      for (const concern of Object.keys(CONCERNS) as Concern[]) {
        const image = imageOf(state, concern)
        if (this.manifest?.concerns[concern] && image === this.images[concern]) continue
        next.concerns[concern] = `${PREFIX}:${concern}.${gen}`
        this.write(next.concerns[concern], image)
        written.push(next.concerns[concern])
        images[concern] = image
      }
      for (const log of LOGS) next.logs[log] = this.writeLog(log, state[log], tails)
      text = JSON.stringify(next)
      this.write(STATE_KEY, text)
    } catch (e) {
      for (const key of written) this.tryRemove(key)
      throw e
    }
    const old = this.manifest
    this.manifest = next
    this.text = text
    Object.assign(this.images, images)
    Object.assign(this.tails, tails)
    for (const log of LOGS) this.counts[log] = state[log].length
    this.seq = state.seq
    if (old) for (const concern of Object.keys(CONCERNS) as Concern[]) if (old.concerns[concern] && old.concerns[concern] !== next.concerns[concern]) this.tryRemove(old.concerns[concern])
  }

  /** Puts `state` back to what is stored: after a failed write or a refused operation, memory is as it was. */
  revert(state: ServerState): void {
    for (const concern of Object.keys(CONCERNS) as Concern[]) Object.assign(state, JSON.parse(this.images[concern]))
    for (const log of LOGS) state[log].length = this.counts[log]
    state.seq = this.seq
  }

  /** Removes every key of the server (清除本机数据, reset to the seed), the open sessions too unless told. */
  wipe(sessions = true): void {
    // The books may not have been read yet: the stored manifest still says which keys are ours.
    const manifest = this.manifest ?? this.storedManifest()
    const keys = new Set([STATE_KEY, LEGACY_KEY, SESSIONS_KEY, ...(manifest ? this.ours(manifest) : [])])
    for (const key of this.storage.keys?.() ?? []) if (key === PREFIX || key.startsWith(`${PREFIX}:`)) keys.add(key)
    if (!sessions) keys.delete(SESSIONS_KEY)
    for (const key of keys) this.tryRemove(key)
    this.manifest = null
    this.text = null
    this.images = {} as Record<Concern, string>
    this.counts = {} as Record<Log, number>
    this.tails = {}
  }

  /** The keys a manifest names and those a commit cut short after it may have written. */
  private ours(manifest: Manifest): string[] {
    return [...keysNamedBy(manifest), ...keysWrittenAhead(manifest, (key) => this.storage.getItem(key) !== null)]
  }

  private storedManifest(): Manifest | null {
    try {
      const m = JSON.parse(this.storage.getItem(STATE_KEY) ?? '') as Manifest
      return isObject(m) && isObject(m.concerns) && isObject(m.logs) && LOGS.every((log) => Array.isArray(m.logs[log])) ? m : null
    } catch {
      return null
    }
  }

  /** After a crash: what a cut-short commit wrote, found by name (and by listing, where the platform can). */
  private removeOrphans(manifest: Manifest): void {
    const keep = new Set([STATE_KEY, SESSIONS_KEY, ...keysNamedBy(manifest)])
    for (const key of keysWrittenAhead(manifest, (k) => this.storage.getItem(k) !== null)) this.tryRemove(key)
    for (const key of this.storage.keys?.() ?? []) if (key.startsWith(`${PREFIX}:`) && !keep.has(key)) this.tryRemove(key)
  }

  private writeLog(log: Log, items: readonly unknown[], tails: Partial<Record<Log, Tail>>): Chunk[] {
    const chunks = this.manifest?.logs[log] ?? []
    const last = chunks[chunks.length - 1]
    const tail = last && last.count > 0 ? (this.tails[log] ?? readTail(this.storage, last)) : undefined
    const written = appendRows(`${PREFIX}:${log}`, chunks, tail, items, (key, text, bytes) => this.write(key, text, bytes))
    if (written.tail) tails[log] = written.tail
    return written.chunks
  }

  private write(key: string, value: string, knownBytes?: number): void {
    if (utf8Bytes(key) + (knownBytes ?? utf8Bytes(value)) > MAX_KEY_BYTES) throw new Error(`${key} would exceed ${MAX_KEY_BYTES} bytes`)
    this.storage.setItem(key, value)
  }

  private tryRemove(key: string): void {
    try {
      this.storage.removeItem(key)
    } catch {
      // A key left behind is removed as an orphan on the next start.
    }
  }
}

function imageOf(state: ServerState, concern: Concern): string {
  const part: Record<string, unknown> = {}
  for (const field of CONCERNS[concern]) part[field] = state[field]
  return JSON.stringify(part)
}
