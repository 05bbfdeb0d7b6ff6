// Resets every zustand store between tests (the bulletproof-react pattern): each store created through
// `create` remembers its initial state and is put back after each test.
import { act } from '@testing-library/react'
import type * as Zustand from 'zustand'

const actual = jest.requireActual<typeof Zustand>('zustand')
const resets = new Set<() => void>()

const createUncurried = <T>(init: Zustand.StateCreator<T>) => {
  const store = actual.create(init)
  const initial = store.getState()
  resets.add(() => store.setState(initial, true))
  return store
}

export const create = (<T>(init?: Zustand.StateCreator<T>) =>
  typeof init === 'function' ? createUncurried(init) : createUncurried) as typeof actual.create

export const createStore = actual.createStore
export const useStore = actual.useStore

afterEach(() => {
  act(() => resets.forEach((reset) => reset()))
})
