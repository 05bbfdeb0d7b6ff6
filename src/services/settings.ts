import { taroStorage } from './storage'
import type { KeyValueStorage } from './mock/persist'

// Device settings: privacy consent and 长辈模式. Never personal data.
const KEY = 'jx-settings'

export interface DeviceSettings {
  v: 1
  privacyConsentVersion?: string
  elderMode?: boolean
}

let storage: KeyValueStorage = taroStorage

export function setSettingsStorage(next: KeyValueStorage): void {
  storage = next
}

export function loadSettings(): DeviceSettings {
  try {
    const raw = storage.getItem(KEY)
    const value = raw ? (JSON.parse(raw) as DeviceSettings) : undefined
    return value && value.v === 1 ? value : { v: 1 }
  } catch {
    return { v: 1 }
  }
}

export function saveSettings(value: DeviceSettings): void {
  storage.setItem(KEY, JSON.stringify(value))
}
