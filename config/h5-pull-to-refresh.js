// H5 only: config/index.ts points Taro's app entry's `@tarojs/components/dist/components` here. Taro's H5 entry
// defines the pull-to-refresh element (≈ 11 KB, with its styles) before the app starts, for every page; only
// 账户余额查询 (pages/account, enablePullDownRefresh) pulls down, so that page defines it when its module loads
// (src/platform/pullDownRefresh.h5.ts) and the first screen goes without it. An element created before its
// definition is upgraded when defined; the page's module runs before the page renders anyway.
export function defineCustomElementTaroPullToRefreshCore() {}

// Everything else as Taro has it (Taro.previewImage takes the swiper from here); a module's own export wins over `export *`.
export * from '@tarojs/components/dist/components/index.js'
