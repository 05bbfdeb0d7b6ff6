// The mock server's own SHA-256, secrets and canonical request text (src/services/mock/hash.ts), checked against
// Node's crypto (issue 20 item 9, mutation testing): a wrong round or padding would still give 64 hex digits.
import { createHash } from 'crypto'
import { canonical, newSecret, sha256 } from '@/services/mock/hash'

const oracle = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

describe('sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ])('the FIPS 180-4 example %j', (text, hex) => expect(sha256(text)).toBe(hex))

  it.each([
    ['one byte short of a padded block', 'x'.repeat(55)],
    ['exactly where the length no longer fits', 'x'.repeat(56)],
    ['one block', 'y'.repeat(64)],
    ['several blocks', 'session:0123456789abcdef'.repeat(20)],
    ['two-byte characters', 'é£ñ߿'],
    ['three-byte characters', '李建国 医保支付密码 ￿'],
    ['characters outside the BMP', '😀𠀀'],
    ['a salted password', 'jx-ljg-salt:135790'],
    ['the first two-byte character, U+0080 (mutation: the 1-byte bound)', '\u0080'],
    ['the first three-byte character, U+0800', '\u0800'],
    ['the last character before the surrogates and the first after them', '\ud7ff\ue000'],
    ['the first four-byte character, U+10000', '\u{10000}'],
  ])('matches Node’s crypto for %s', (_n, text) => expect(sha256(text)).toBe(oracle(text)))
})

describe('newSecret: 128 random bits in hex', () => {
  it('uses the platform’s crypto when there is one: 32 hex digits, never the same twice', () => {
    const a = newSecret(() => 0)
    const b = newSecret(() => 0)
    expect(a).toMatch(/^[0-9a-f]{32}$/)
    expect(a).not.toBe(b)
    expect(a).not.toBe('0'.repeat(32))
  })

  it.each([
    ['no crypto at all', undefined],
    ['a crypto without getRandomValues', {}],
  ])('falls back to the given random source with %s, two hex digits a byte', (_n, replacement) => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'crypto')
    Object.defineProperty(globalThis, 'crypto', { value: replacement, configurable: true, writable: true })
    try {
      expect(newSecret(() => 0.5)).toBe('80'.repeat(16))
      expect(newSecret(() => 0.999)).toBe('ff'.repeat(16))
      let i = 0
      expect(newSecret(() => (i++ % 16) / 256)).toBe('000102030405060708090a0b0c0d0e0f')
    } finally {
      if (saved) Object.defineProperty(globalThis, 'crypto', saved)
    }
  })
})

describe('canonical: the same request, the same text', () => {
  it('orders keys, drops undefined fields, keeps arrays in order, nests', () => {
    expect(canonical({ b: 1, a: [2, { d: undefined, c: 'x' }], e: null })).toBe('{"a":[2,{"c":"x"}],"b":1,"e":null}')
    expect(canonical({ a: 1, b: 2 })).toBe(canonical({ b: 2, a: 1 }))
    expect(canonical([3, 1, 2])).toBe('[3,1,2]')
    expect(canonical({ ticket: undefined, personRefs: ['p-1'] })).toBe('{"personRefs":["p-1"]}')
  })

  it.each([
    ['undefined', undefined, 'null'],
  ])('writes %s as JSON', (_n, value, text) => expect(canonical(value)).toBe(text))
})
