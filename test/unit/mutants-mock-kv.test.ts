// The storage port's sizes and the in-memory storage with a platform's limits (src/services/mock/kv.ts): what the
// bench and the storage tests rely on to say "every key under Alipay's 200 KB" (issue 20 item 9, mutation testing).
import { memoryStorage, utf8Bytes } from '@/services/mock/kv'

describe('utf8Bytes: never under the real UTF-8 size', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['é', 3], // U+00E9: 2 bytes in UTF-8, counted 3 (over, never under)
    ['中国', 6],
    ['a中b', 5],
    ['😀', 6], // outside the BMP: 4 bytes in UTF-8, counted 6 (two UTF-16 units of 3)
  ])('%j → %i', (text, bytes) => {
    expect(utf8Bytes(text)).toBe(bytes)
  })
})

describe('memoryStorage', () => {
  it('keeps, lists, dumps and removes', () => {
    const s = memoryStorage({ a: '1' })
    expect(s.getItem('a')).toBe('1')
    expect(s.getItem('b')).toBeNull()
    s.setItem('b', '中')
    expect(s.keys?.()).toEqual(['a', 'b'])
    expect(s.dump()).toEqual({ a: '1', b: '中' })
    // Without limits the size is counted on demand: keys and values in UTF-8.
    expect(s.bytes()).toBe(1 + 1 + 1 + 3)
    s.removeItem('a')
    expect(s.dump()).toEqual({ b: '中' })
    expect(s.bytes()).toBe(4)
  })

  it('refuses a key over the platform’s size of one key, in the platform’s words, and keeps the old value', () => {
    const s = memoryStorage({}, { maxKeyBytes: 10 })
    s.setItem('k', '123456789') // 1 + 9 = 10: just fits
    expect(s.bytes()).toBe(10)
    expect(() => s.setItem('k', '1234567890')).toThrow('setStorage:fail exceed max size of one key')
    expect(s.getItem('k')).toBe('123456789')
    expect(s.bytes()).toBe(10)
  })

  it('refuses a write over the total, counting what a replaced value frees and what a removal frees', () => {
    const s = memoryStorage({ old: 'xxxx' }, { maxTotalBytes: 20 })
    // The initial contents count: 3 + 4.
    expect(s.bytes()).toBe(7)
    s.setItem('a', '1234567') // 7 + 8 = 15
    expect(s.bytes()).toBe(15)
    expect(() => s.setItem('b', '12345')).toThrow('setStorage:fail exceed storage max size')
    expect(s.getItem('b')).toBeNull()
    // Replacing a value counts only the difference: 'a' 8 → 13 bytes, total 20, exactly the limit.
    s.setItem('a', '123456789012')
    expect(s.bytes()).toBe(20)
    expect(() => s.setItem('c', '')).toThrow('setStorage:fail exceed storage max size')
    s.removeItem('old')
    expect(s.bytes()).toBe(13)
    s.setItem('b', '1234')
    expect(s.bytes()).toBe(18)
    expect(s.dump()).toEqual({ a: '123456789012', b: '1234' })
  })

  it('counts a removed key as gone when it is written again', () => {
    const s = memoryStorage({}, { maxKeyBytes: 100, maxTotalBytes: 12 })
    s.setItem('k', '12345') // 6
    s.removeItem('k')
    expect(s.bytes()).toBe(0)
    s.setItem('k', '1234567890a') // 12
    expect(s.bytes()).toBe(12)
  })
})
