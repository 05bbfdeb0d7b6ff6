// Mini-program builds only (config/index.ts): stands in for @tarojs/taro's index.js, which is the same three lines
// but takes `hooks` with `require('@tarojs/runtime')`. A CommonJS require of the runtime marks every export of it as
// used, so webpack keeps all of them in taro.js — Taro's innerHTML parser, its tag and style tables and the
// MutationObserver among them, though the app uses none (`mini.runtime.enableInnerHTML: false`). The runtime's
// `hooks` is @tarojs/shared's own object (the runtime re-exports it), so taking it from there changes nothing else.
const { hooks } = require('@tarojs/shared')
const taro = require('@tarojs/api').default

if (hooks.isExist('initNativeApi')) {
  hooks.call('initNativeApi', taro)
}

module.exports = taro
module.exports.default = module.exports
