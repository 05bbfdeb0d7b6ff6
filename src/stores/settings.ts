import { create } from 'zustand'
import { PRIVACY_VERSION } from '@/domain/privacy-version'
import { prefersLargeText } from '@/platform/system'
import { clearDrafts } from '@/services/drafts'
import { loadSettings, saveSettings } from '@/services/settings'
import { forgetAll } from './query'

// Privacy consent and 长辈模式, kept on the device (no personal data).
interface SettingsState {
  loaded: boolean
  privacyConsented: boolean
  elderMode: boolean
  load(): void
  consent(): void
  withdraw(): void
  setElderMode(on: boolean): void
  clearDeviceData(): void
}

export const useSettings = create<SettingsState>((set, get) => {
  const persist = () => {
    const s = get()
    saveSettings({ v: 1, privacyConsentVersion: s.privacyConsented ? PRIVACY_VERSION : undefined, elderMode: s.elderMode })
  }
  return {
    loaded: false,
    privacyConsented: false,
    elderMode: false,
    load() {
      const s = loadSettings()
      set({ loaded: true, privacyConsented: s.privacyConsentVersion === PRIVACY_VERSION, elderMode: s.elderMode ?? prefersLargeText() })
    },
    consent() {
      set({ privacyConsented: true })
      persist()
    },
    withdraw() {
      set({ privacyConsented: false })
      persist()
    },
    setElderMode(on) {
      set({ elderMode: on })
      persist()
    },
    clearDeviceData() {
      // Drafts, server answers and everything being done on this device; the mock server's own data is the server's.
      forgetAll()
      clearDrafts()
    },
  }
})
