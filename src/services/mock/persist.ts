/** Where the mock server keeps its state: Taro storage in the app, a Map in tests. */
export interface KeyValueStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

export function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { dump(): Record<string, string> } {
  const map = new Map(Object.entries(initial))
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      map.set(key, value)
    },
    removeItem: (key) => {
      map.delete(key)
    },
    dump: () => Object.fromEntries(map),
  }
}

/** One versioned key. The mock plays the server: it is the only place full ID numbers are kept. */
export const STATE_KEY = 'jx-mock-server'
// 2: collection years — premium categories, 新生儿免缴确认, no declared relations or look-ups.
export const STATE_VERSION = 2

export type Loaded<S> = { state: S; notice?: string }

export function loadState<S>(storage: KeyValueStorage, seed: () => S, isState: (value: unknown) => value is S): Loaded<S> {
  let raw: string | null
  try {
    raw = storage.getItem(STATE_KEY)
  } catch {
    raw = null
  }
  if (raw === null || raw === '') return { state: seed() }
  try {
    const parsed = JSON.parse(raw) as { version?: unknown; state?: unknown }
    if (typeof parsed !== 'object' || parsed === null || typeof parsed.version !== 'number') throw new Error('shape')
    if (parsed.version !== STATE_VERSION) {
      return { state: seed(), notice: '演示数据版本已更新，已为您重置为初始演示数据' }
    }
    if (!isState(parsed.state)) throw new Error('shape')
    return { state: parsed.state }
  } catch {
    return { state: seed(), notice: '本机保存的演示数据无法读取，已重置为初始演示数据' }
  }
}

export function saveState<S>(storage: KeyValueStorage, state: S): void {
  storage.setItem(STATE_KEY, JSON.stringify({ version: STATE_VERSION, state }))
}
