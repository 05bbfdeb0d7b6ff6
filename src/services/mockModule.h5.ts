// H5: the mock plays the server, so it is no part of the first screen's script. It is its own chunk, fetched on
// the first call to the backend (the first screen renders its skeleton meanwhile).
import type { MockModule } from './mockModule'

let loaded: MockModule | undefined
let loading: Promise<MockModule> | undefined

export function loadMockModule(): Promise<MockModule> {
  return (loading ??= import(/* webpackChunkName: "mock-server" */ './mock').then((m) => (loaded = m)))
}

export function mockModuleNow(): MockModule | undefined {
  return loaded
}
