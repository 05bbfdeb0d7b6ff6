// Mini programs (and tests): every module of the main package loads at start, so the mock server comes in
// with it. The H5 build loads it on the first call instead (mockModule.h5.ts).
import * as mock from './mock'

export type MockModule = typeof mock

export function loadMockModule(): Promise<MockModule> {
  return Promise.resolve(mock)
}

export function mockModuleNow(): MockModule | undefined {
  return mock
}
