// The H5 build's key-value port (src/services/storage.h5.ts) writes localStorage directly, in the format Taro's
// H5 storage API used before it: what an earlier build stored (settings, drafts, the mock server's keys) still
// reads, and what this one writes reads back the same.
import { taroStorage } from '@/services/storage.h5'

class MemoryLocalStorage {
  private readonly map = new Map<string, string>()
  quotaLeft = Infinity
  getItem(key: string): string | null {
    return this.map.has(key) ? (this.map.get(key) as string) : null
  }
  setItem(key: string, value: string): void {
    if (value.length > this.quotaLeft) throw new Error('QuotaExceededError')
    this.map.set(key, String(value))
  }
  removeItem(key: string): void {
    this.map.delete(key)
  }
}

let store: MemoryLocalStorage

beforeEach(() => {
  store = new MemoryLocalStorage()
  // Object.keys(localStorage) lists the keys, as in a browser.
  const proxy = new Proxy(store, {
    ownKeys: (t) => [...(t as unknown as { map: Map<string, string> }).map.keys()],
    getOwnPropertyDescriptor: (t, k) => ((t as unknown as { map: Map<string, string> }).map.has(String(k)) ? { enumerable: true, configurable: true, value: store.getItem(String(k)) } : undefined),
  })
  Object.defineProperty(globalThis, 'localStorage', { value: proxy, configurable: true })
})

test('writes each value as the JSON of { data }, as Taro.setStorageSync did on H5', () => {
  taroStorage.setItem('jx-settings', '{"v":1,"elderMode":true}')
  expect(store.getItem('jx-settings')).toBe(JSON.stringify({ data: '{"v":1,"elderMode":true}' }))
})

test('reads what Taro.setStorageSync stored on H5, and nothing from anything else', () => {
  store.setItem('a', JSON.stringify({ data: 'kept' }))
  store.setItem('empty', JSON.stringify({ data: '' }))
  store.setItem('number', JSON.stringify({ data: 5 }))
  store.setItem('bare', 'not json')
  store.setItem('other', JSON.stringify({ value: 'x' }))
  expect(taroStorage.getItem('a')).toBe('kept')
  expect(taroStorage.getItem('empty')).toBeNull()
  expect(taroStorage.getItem('number')).toBeNull()
  expect(taroStorage.getItem('bare')).toBeNull()
  expect(taroStorage.getItem('other')).toBeNull()
  expect(taroStorage.getItem('missing')).toBeNull()
})

test('round trip, removal and the list of keys', () => {
  taroStorage.setItem('jx-draft:x', '{"a":1}')
  taroStorage.setItem('jx-state', 'state')
  expect(taroStorage.getItem('jx-draft:x')).toBe('{"a":1}')
  const keys = taroStorage.keys?.() ?? []
  expect(keys.length).toBeGreaterThan(0)
  expect(keys.sort()).toEqual(['jx-draft:x', 'jx-state'])
  taroStorage.removeItem('jx-draft:x')
  expect(taroStorage.getItem('jx-draft:x')).toBeNull()
  expect(taroStorage.keys?.()).toEqual(['jx-state'])
})

test('a write over the quota throws (the mock server then knows nothing was written)', () => {
  store.quotaLeft = 10
  expect(() => taroStorage.setItem('big', 'x'.repeat(100))).toThrow()
  expect(taroStorage.getItem('big')).toBeNull()
})

test('storage blocked by the browser (reading localStorage throws): no keys to list, nothing thrown', () => {
  Object.defineProperty(globalThis, 'localStorage', {
    get() {
      throw new Error('SecurityError')
    },
    configurable: true,
  })
  expect(taroStorage.keys?.()).toEqual([])
  expect(taroStorage.getItem('a')).toBeNull()
})
