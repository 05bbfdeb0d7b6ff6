// WeChat: the mock plays the server, so it is no part of the main package (400 KB budget). It is the `server`
// subpackage (app.config.ts), fetched with WeChat's 分包异步化 (`require.async`, config/require-async-chunks.ts)
// on the first call to the backend, as the H5 build fetches its chunk (mockModule.h5.ts).
import type { MockModule } from './mockModule'

let loaded: MockModule | undefined
let loading: Promise<MockModule> | undefined

export function loadMockModule(): Promise<MockModule> {
  // A failed download is not kept: the next call tries again.
  return (loading ??= import(/* webpackChunkName: "packages/server/index" */ './mock').then(
    (m) => (loaded = m),
    (error: unknown) => {
      loading = undefined
      throw error
    },
  ))
}

export function mockModuleNow(): MockModule | undefined {
  return loaded
}

// The same exports as mockModule.ts (what src/services/index.ts imports): tsc fails here if the two drift apart.
export const sameExports: typeof import('./mockModule') = { loadMockModule, mockModuleNow }
