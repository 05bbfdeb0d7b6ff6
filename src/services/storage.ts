import Taro from '@tarojs/taro'
import type { KeyValueStorage } from './mock/persist'

/** Taro storage (wx.setStorageSync on WeChat, localStorage on H5) as a key-value port. */
export const taroStorage: KeyValueStorage = {
  getItem(key) {
    const value: unknown = Taro.getStorageSync(key)
    return typeof value === 'string' && value !== '' ? value : null
  },
  setItem(key, value) {
    // WeChat throws when a write fails (over 1 MB a key, 10 MB in all); Alipay answers with an error object
    // instead (over 200 KB a key). Either way the mock server must learn that nothing was written.
    const result: unknown = Taro.setStorageSync(key, value)
    if (typeof result === 'object' && result !== null && ('error' in result || (result as { success?: unknown }).success === false)) {
      throw new Error(`setStorage:fail ${key}`)
    }
  },
  removeItem(key) {
    Taro.removeStorageSync(key)
  },
  /** The server's own keys, to remove what it left behind; without the API it removes the keys its manifest names. */
  keys() {
    if (typeof Taro.getStorageInfoSync !== 'function') return []
    try {
      return Taro.getStorageInfoSync().keys
    } catch {
      return []
    }
  },
}
