// A small stand-in for @tarojs/taro in jsdom: the real H5 APIs (storage, toasts…) from @tarojs/taro-h5,
// page lifecycle hooks mapped to React effects, and navigation recorded instead of routed.
import { useEffect, useRef } from 'react'
import * as h5 from '@tarojs/taro-h5'

// The named exports carry every API (storage, toasts…); the default export is a bare object.
const TaroH5 = { ...(h5 as unknown as Record<string, unknown>) }
delete TaroH5.default

export interface Navigation {
  kind: 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch' | 'navigateBack'
  url?: string
  /** navigateBack: how many pages, when given. */
  delta?: number
}

export const navigations: Navigation[] = []
export const toasts: string[] = []
let routerParams: Record<string, string> = {}

export function resetNavigation(params: Record<string, string> = {}) {
  navigations.length = 0
  toasts.length = 0
  routerParams = params
}

/** The page's query, as the router would give it (render.tsx sets it from a route with a query). */
export function setRouterParams(params: Record<string, string>) {
  routerParams = params
}

function recorder(kind: Navigation['kind']) {
  return (opts: { url?: string; delta?: number } = {}) => {
    navigations.push(opts.delta === undefined ? { kind, url: opts.url } : { kind, url: opts.url, delta: opts.delta })
    return Promise.resolve({ errMsg: `${kind}:ok` })
  }
}

function useOnce(cb: () => void) {
  const ref = useRef(cb)
  ref.current = cb
  useEffect(() => {
    ref.current()
  }, [])
}

const shim = {
  ...TaroH5,
  navigateTo: recorder('navigateTo'),
  redirectTo: recorder('redirectTo'),
  switchTab: recorder('switchTab'),
  reLaunch: recorder('reLaunch'),
  navigateBack: recorder('navigateBack'),
  useDidShow: useOnce,
  useLoad: useOnce,
  useReady: useOnce,
  useDidHide: () => undefined,
  usePullDownRefresh: () => undefined,
  useRouter: () => ({ params: routerParams, path: '' }),
  getEnv: () => 'WEB',
  showToast: (opts: { title: string }) => {
    toasts.push(opts.title)
    return Promise.resolve({ errMsg: 'showToast:ok' })
  },
}

// Every other API as taro-h5 has it; the names above take precedence over the star export.
export * from '@tarojs/taro-h5'
export const { showToast, navigateTo, redirectTo, switchTab, reLaunch, navigateBack, useDidShow, useLoad, useReady, useDidHide, usePullDownRefresh, useRouter } = shim
export default shim
