// H5 build only (config/index.ts): stands in for @tarojs/router's tabbar.js. The H5 tab bar is drawn by the app
// (src/platform/TabBar.h5.tsx, app.config tabBar.custom), and with tabBar.custom Taro's initTabbar returns at once;
// but its <taro-tabbar> element would still be bundled into the first screen's script.
export function initTabbar(config) {
  if (config.tabBar && !config.tabBar.custom) throw new Error('The H5 build draws its own tab bar: keep tabBar.custom in app.config.ts')
}
