// The Taro storage port of the mock server: a write the platform refuses must fail, whether the platform
// throws (WeChat) or answers with an error object (Alipay's my.setStorageSync over 200 KB a key).
import Taro from '@tarojs/taro'
import { taroStorage } from '@/services/storage'
// Loaded before the tests, as every page loads it: the zustand mock registers its reset hook on load.
import '@/stores/settings'

afterEach(() => jest.restoreAllMocks())

describe('Taro storage port', () => {
  it('writes, reads, lists and removes through Taro storage', () => {
    taroStorage.setItem('jx-mock:port-test', 'v')
    expect(taroStorage.getItem('jx-mock:port-test')).toBe('v')
    expect(taroStorage.keys?.()).toContain('jx-mock:port-test')
    taroStorage.removeItem('jx-mock:port-test')
    expect(taroStorage.getItem('jx-mock:port-test')).toBeNull()
  })

  it.each([
    ['an error object (Alipay)', { error: 15, errorMessage: '超过单个 key 允许存储的最大数据大小' }],
    ['success: false', { success: false }],
  ])('fails when the platform answers with %s', (_n, answer) => {
    jest.spyOn(Taro, 'setStorageSync').mockReturnValue(answer as never)
    expect(() => taroStorage.setItem('jx-mock:port-test', 'v')).toThrow('setStorage:fail')
  })

  it('fails when the platform throws (WeChat)', () => {
    jest.spyOn(Taro, 'setStorageSync').mockImplementation(() => {
      throw new Error('setStorageSync:fail exceed storage max size 10MB')
    })
    expect(() => taroStorage.setItem('jx-mock:port-test', 'v')).toThrow('exceed')
  })
})
