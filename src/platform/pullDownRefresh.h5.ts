// H5: the pull-to-refresh element is defined by the page that pulls down, not by Taro's entry for every page
// (config/h5-pull-to-refresh.js: it stays off the first screen's script).
import { defineCustomElement } from '@tarojs/components/dist/components/taro-pull-to-refresh-core.js'

/** Call at the top of a page module whose config has enablePullDownRefresh. */
export function definePullDownRefresh(): void {
  defineCustomElement()
}
