import Taro from '@tarojs/taro'

// Window and font information. WeChat deprecated getSystemInfoSync (base library 2.20.1) in favour of
// getWindowInfo / getAppBaseInfo; older WeChat clients and some Alipay versions lack those, so each call is
// guarded and falls back to getSystemInfoSync only where the newer API does not exist. H5 reads the
// browser directly (and so keeps Taro's H5 system-info code and user-agent parser off the first screen).
type Info = { windowHeight?: number; fontSizeSetting?: number }
type InfoApi = Partial<Record<'getWindowInfo' | 'getAppBaseInfo' | 'getSystemInfoSync', () => Info>>

function readInfo(preferred: 'getWindowInfo' | 'getAppBaseInfo'): Info {
  const api = Taro as unknown as InfoApi
  try {
    const read = typeof api[preferred] === 'function' ? api[preferred] : api.getSystemInfoSync
    return read?.call(Taro) ?? {}
  } catch {
    return {}
  }
}

/** The height of the page's window in px. */
export function windowHeight(): number {
  if (process.env.TARO_ENV === 'h5') return typeof window === 'undefined' ? 0 : window.innerHeight
  return readInfo('getWindowInfo').windowHeight ?? 0
}

/**
 * Whether the person has set a large system font. WeChat and Alipay report `fontSizeSetting` in px
 * (17 is standard); a browser does not tell, so H5 leaves it to 长辈模式 in 我的 and to the browser's zoom.
 */
export function prefersLargeText(): boolean {
  if (process.env.TARO_ENV === 'h5') return false
  const size = readInfo('getAppBaseInfo').fontSizeSetting
  return typeof size === 'number' && size >= 20
}
