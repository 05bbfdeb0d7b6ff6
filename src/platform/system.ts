import Taro from '@tarojs/taro'

/**
 * Whether the person has set a large system font. WeChat and Alipay report `fontSizeSetting` in px
 * (17 is standard); a browser does not tell, so H5 leaves it to 长辈模式 in 我的 and to the browser's zoom
 * (and, the branch being dropped at build time, keeps Taro's H5 system-info code and its user-agent
 * parser off the first screen).
 */
export function prefersLargeText(): boolean {
  if (process.env.TARO_ENV !== 'h5') {
    try {
      const info = Taro.getSystemInfoSync() as { fontSizeSetting?: number }
      return typeof info.fontSizeSetting === 'number' && info.fontSizeSetting >= 20
    } catch {
      return false
    }
  }
  return false
}
