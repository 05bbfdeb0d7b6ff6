// Picks the backend adapter. TARO_APP_BACKEND (.env.*) names it; 'mock' is the only one today.
import type { Backend } from './backend'
import { createMockBackend, type MockBackend, type MockControl } from './mock'
import { taroStorage } from './storage'

export * from './backend'
export { describeError } from './errors'
export type { MockControl } from './mock'

let current: MockBackend | undefined

function create(): MockBackend {
  switch (process.env.TARO_APP_BACKEND) {
    case 'mock':
    default:
      return createMockBackend({ storage: taroStorage })
  }
}

export function backend(): Backend {
  return (current ??= create())
}

/** The mock server's switches (faults, clock, reset), for the developer panel and tests. */
export function mockControl(): MockControl {
  return (current ??= create()).control
}

/** Tests install a backend of their own (memory storage, no latency, fixed clock). */
export function installBackend(next: MockBackend): void {
  current = next
}
