import { taroStorage } from './storage'
import type { KeyValueStorage } from './mock/persist'

// Drafts the app keeps on the device. Never a full ID number: only a masked hint of it.
const PREFIX = 'jx-draft:'

let storage: KeyValueStorage = taroStorage

export function setDraftStorage(next: KeyValueStorage): void {
  storage = next
}

export function loadDraft<T>(name: string, isDraft: (v: unknown) => v is T): T | undefined {
  try {
    const raw = storage.getItem(PREFIX + name)
    if (!raw) return undefined
    const value: unknown = JSON.parse(raw)
    return isDraft(value) ? value : undefined
  } catch {
    return undefined
  }
}

export function saveDraft(name: string, value: unknown): void {
  storage.setItem(PREFIX + name, JSON.stringify(value))
}

export function clearDraft(name: string): void {
  storage.removeItem(PREFIX + name)
}

/** Every draft the app keeps. */
export const DRAFT_NAMES = ['authorize'] as const

/** 清除本机数据: every draft this app keeps on the device. */
export function clearDrafts(): void {
  for (const name of DRAFT_NAMES) clearDraft(name)
}
