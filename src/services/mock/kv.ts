// The storage port of the mock server, and a storage in memory with a platform's limits (tests, bench).

/** Taro storage in the app, a Map in tests. `keys` lets the server find and remove its own keys. */
export interface KeyValueStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
  keys?(): string[]
}

/** UTF-8 size of a text (a character outside the BMP counts 6 bytes, not 4: never under). */
export const utf8Bytes = (text: string): number => text.length + 2 * text.replace(/[^\u0080-\uffff]+/g, '').length

/** Storage in memory, with the limits of a platform when given: for tests and the bench. */
export function memoryStorage(
  initial: Record<string, string> = {},
  limits: { maxKeyBytes?: number; maxTotalBytes?: number } = {},
): KeyValueStorage & { dump(): Record<string, string>; bytes(): number } {
  const map = new Map<string, string>(Object.entries(initial))
  // Sizes are counted only where limits apply (the bench asks for them at the end).
  const limited = limits.maxKeyBytes !== undefined || limits.maxTotalBytes !== undefined
  const sizes = new Map<string, number>()
  const sizeOf = (key: string) => sizes.get(key) ?? (map.has(key) ? utf8Bytes(key) + utf8Bytes(map.get(key) as string) : 0)
  let total = limited ? [...map.keys()].reduce((n, k) => n + sizeOf(k), 0) : 0
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      if (limited) {
        const size = utf8Bytes(key) + utf8Bytes(value)
        if (limits.maxKeyBytes !== undefined && size > limits.maxKeyBytes) throw new Error('setStorage:fail exceed max size of one key')
        if (limits.maxTotalBytes !== undefined && total + size - sizeOf(key) > limits.maxTotalBytes) throw new Error('setStorage:fail exceed storage max size')
        total += size - sizeOf(key)
        sizes.set(key, size)
      }
      map.set(key, value)
    },
    removeItem: (key) => {
      if (limited) total -= sizeOf(key)
      map.delete(key)
      sizes.delete(key)
    },
    keys: () => [...map.keys()],
    dump: () => Object.fromEntries(map),
    bytes: () => (limited ? total : [...map.keys()].reduce((n, k) => n + sizeOf(k), 0)),
  }
}
