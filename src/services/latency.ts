import type { FaultConfig } from './mock/faults'
import type { KeyValueStorage } from './mock/persist'

// The developer panel's 模拟网络延迟: the mock server's wait per round trip, kept on the device so that a reload
// keeps it (the bench fixes it at 150 ms before loading 首页 cold). Only the hidden panel sets it; without it the
// server waits as it always did (150–400 ms). Never personal data.

export type MockLatency = 'demo' | 'fixed150' | 'none'

export const MOCK_LATENCIES: Record<MockLatency, Pick<FaultConfig, 'latencyMinMs' | 'latencyMaxMs'>> = {
  demo: { latencyMinMs: 150, latencyMaxMs: 400 },
  fixed150: { latencyMinMs: 150, latencyMaxMs: 150 },
  none: { latencyMinMs: 0, latencyMaxMs: 0 },
}

export const LATENCY_KEY = 'jx-dev-latency'

/** Which choice the server's switches amount to (a test's own latency reads as the demo's range). */
export function latencyOf(faults: Pick<FaultConfig, 'latencyMinMs' | 'latencyMaxMs'>): MockLatency {
  if (faults.latencyMaxMs <= 0) return 'none'
  if (faults.latencyMinMs === 150 && faults.latencyMaxMs === 150) return 'fixed150'
  return 'demo'
}

/** The choice kept on the device, if any (the demo's range is kept as nothing). */
export function storedLatency(storage: KeyValueStorage): MockLatency | undefined {
  try {
    const value = storage.getItem(LATENCY_KEY)
    return value === 'fixed150' || value === 'none' ? value : undefined
  } catch {
    return undefined
  }
}

export function storeLatency(storage: KeyValueStorage, choice: MockLatency): void {
  try {
    if (choice === 'demo') storage.removeItem(LATENCY_KEY)
    else storage.setItem(LATENCY_KEY, choice)
  } catch {
    // Only a developer's switch: it then lasts until the page is reloaded.
  }
}
