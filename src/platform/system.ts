import Taro from '@tarojs/taro'

/** Whether the person has set a large system font (WeChat reports fontSizeSetting in px; 17 is standard). */
export function prefersLargeText(): boolean {
  try {
    const info = Taro.getSystemInfoSync() as { fontSizeSetting?: number }
    return typeof info.fontSizeSetting === 'number' && info.fontSizeSetting >= 20
  } catch {
    return false
  }
}
