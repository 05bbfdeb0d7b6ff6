// 清除本机数据: stores that cache data on this device register how to forget it. Kept apart so the
// settings store (on every page) does not pull every feature's store into the first screen.
const clearers = new Set<() => void>()

export function registerDeviceCache(clear: () => void): void {
  clearers.add(clear)
}

export function clearDeviceCaches(): void {
  clearers.forEach((clear) => clear())
}
