import type { KeyValueStorage } from './mock/persist'

// H5: the key-value port straight over localStorage, in the format Taro's H5 storage API writes (each value as the
// JSON of `{ data }`), so what earlier builds stored reads the same. Taro's storage API with its argument checks
// and callback handlers stays out of the first screen's script. storage.ts is the mini programs' (and the tests')
// port over Taro storage.
export const taroStorage: KeyValueStorage = {
  getItem(key) {
    let item: unknown
    try {
      item = JSON.parse(localStorage.getItem(key) ?? '')
    } catch {
      return null
    }
    const value = typeof item === 'object' && item !== null && Object.prototype.hasOwnProperty.call(item, 'data') ? (item as { data: unknown }).data : undefined
    return typeof value === 'string' && value !== '' ? value : null
  },
  // localStorage throws when a write fails (over its quota): the mock server then learns that nothing was written.
  setItem(key, value) {
    localStorage.setItem(key, JSON.stringify({ data: value }))
  },
  removeItem(key) {
    localStorage.removeItem(key)
  },
  /** The server's own keys, to remove what it left behind. */
  keys() {
    // Storage blocked (the browser's setting): nothing to list.
    try {
      return Object.keys(localStorage)
    } catch {
      return []
    }
  },
}
