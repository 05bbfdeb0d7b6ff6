// 清除本机数据: stores that cache data on this device register how to forget it. Kept apart so the
// settings store (on every page) does not pull every feature's store into the first screen.
const clearers = new Set<() => void>()

export function registerDeviceCache(clear: () => void): void {
  clearers.add(clear)
}

export function clearDeviceCaches(): void {
  clearers.forEach((clear) => clear())
}

// What one member's session holds in memory (figures, lists, a form): forgotten when another member logs in,
// so nobody sees the previous member's data, not even for the moment before their own arrives.
const memberScoped = new Set<() => void>()

export function registerMemberScoped(forget: () => void): void {
  memberScoped.add(forget)
}

export function forgetMemberData(): void {
  memberScoped.forEach((forget) => forget())
}
