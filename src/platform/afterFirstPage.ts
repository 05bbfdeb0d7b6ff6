import Taro from '@tarojs/taro'

// How long after the first page is shown the work that drawing it does not need begins (then when the browser is idle).
const AFTER_MS = 1000

/** Runs `task` once, after the first page is shown (Taro's router has finished loading it), when the browser is idle. */
export function afterFirstPage(task: () => void): void {
  Taro.eventCenter.once('__afterTaroRouterChange', () =>
    setTimeout(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: AFTER_MS }) : task()), AFTER_MS),
  )
}
