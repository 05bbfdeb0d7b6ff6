import path from 'node:path'
import webpack from 'webpack'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import ModuleSizes from './module-sizes'
import prodConfig from './prod'
import RequireAsyncChunks from './require-async-chunks'

// WeChat templates cannot recurse, so Taro writes every component template once per nesting level (default 16
// levels ≈ 3.4 KB each in base.wxml); deeper nodes continue in Taro's own `comp` component. Taro reads
// `mini.baseLevel` though its config type does not declare it.
const miniTemplates = { baseLevel: 9 }

// https://taro-docs.jd.com/docs/next/config#defineconfig-辅助函数
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'jx-family-mutual-aid',
    date: '2026-11-22',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    // BENCH_REFERENCE builds the minimal reference page of test/bench/reference the same way (npm run bench).
    sourceRoot: process.env.BENCH_REFERENCE ? 'test/bench/reference' : 'src',
    // BENCH_RECORDS builds a variant whose demo history has that many records (npm run bench: 共济使用明细 on WeChat).
    outputRoot: process.env.BENCH_REFERENCE ? `dist/reference-${process.env.TARO_ENV}` : process.env.BENCH_RECORDS ? `dist/bench-${process.env.TARO_ENV}` : `dist/${process.env.TARO_ENV}`,
    plugins: ['@tarojs/plugin-platform-alipay'],
    defineConstants: {},
    env: { BENCH_RECORDS: JSON.stringify(process.env.BENCH_RECORDS ?? '') },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    // Taro's mini-program default escapes every non-ASCII character (\uXXXX, 6 bytes); the Chinese copy
    // stays UTF-8 (3 bytes each): ≈ 12 KB less in the WeChat main package. WeChat and Alipay read UTF-8.
    // H5: Taro's default keeps every function's name and quotes every object key (for ES3 browsers); neither is
    // needed on chrome ≥ 69 / iOS ≥ 12 (browserslist), and both weigh on the first screen's script.
    terser: {
      enable: true,
      config: {
        compress: { passes: 2 },
        output: { ascii_only: false, ...(process.env.TARO_ENV === 'h5' ? { quote_keys: false } : {}) },
        ...(process.env.TARO_ENV === 'h5' ? { keep_fnames: false } : {}),
      },
    },
    mini: {
      // Modules used only by subpackages are moved out of the main package.
      optimizeMainPackage: { enable: true },
      ...miniTemplates,
      // The app sets no innerHTML (nor dangerouslySetInnerHTML): Taro's HTML parser and its style and tag tables
      // stay out of taro.js (with config/mini-taro-entry.js below). cloneNode, contains, the size APIs and the
      // MutationObserver are off by default.
      runtime: { enableInnerHTML: false },
      // Component styles use their own BEM class names, so the order of CSS chunks does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        if (process.env.MODULE_SIZES) chain.plugin('module-sizes').use(ModuleSizes, [process.env.MODULE_SIZES])
        // Domain code is pure (as on H5 below): what a page imports it for decides what it brings along.
        chain.module.rule('pure-domain').test(/[\\/]src[\\/]domain[\\/]/).merge({ sideEffects: false })
        // @tarojs/taro's entry takes the runtime with a CommonJS require, which keeps every runtime export (see the file).
        chain.plugin('taro-entry').use(webpack.NormalModuleReplacementPlugin, [/@tarojs[\\/]taro[\\/]index\.js$/, path.resolve(__dirname, 'mini-taro-entry.js')])
        // WeChat: `import()` chunks (the mock server's subpackage) are loaded with require.async.
        if (process.env.TARO_ENV === 'weapp') chain.plugin('require-async-chunks').use(RequireAsyncChunks, [['runtime', 'taro', 'vendors', 'common', 'app']])
        // Taro puts every @tarojs module in the main package's taro.js; the virtual list is used by the
        // records subpackage only, so let it stay there (≈ 23 KB less in the main package).
        chain.optimization.merge({
          splitChunks: {
            // The mock server's chunk (WeChat: its own subpackage, loaded on the first call) is not split up:
            // what it shares with the pages is in the main package already.
            chunks: (chunk: { name?: string | null }) => chunk.name !== 'packages/server/index',
            cacheGroups: {
              taro: {
                name: 'taro',
                priority: 100,
                test: (module: { context?: string | null }) => /[\\/]node_modules[\\/]@tarojs[\\/]/.test(module.context ?? '') && !/components-advanced/.test(module.context ?? ''),
              },
            },
          },
        })
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      // Chunks (pages, the mock server) are named with the build's hash, not each its own: the first screen's script
      // then needs no table of every chunk's hash (≈ 0.4 KB gzip). A new build renames every chunk (none is reused
      // from the browser's cache across releases); the entry files keep their own content hash.
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[fullhash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[contenthash:8].css', chunkFilename: 'css/[name].[fullhash:8].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      devServer: { host: '127.0.0.1', port: 10086 },
      // Taro's rem script sizes the root from the document's box, which is a few px high until the first page has
      // rendered: the root font went 20.8 → 20 → 20.8 px and every page shifted once after it appeared. Same
      // rule (40 px a rem on a 750 design, 20–40 px), from the viewport only.
      htmlPluginOption: {
        script:
          '!function(n){function f(){var e=n.document.documentElement,w=Math.min(n.innerWidth||e.clientWidth,n.innerHeight||e.clientWidth),x=40*w/750;e.style.fontSize=x>=40?"40px":x<=20?"20px":x+"px"}n.addEventListener("resize",f),f()}(window);',
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        if (process.env.MODULE_SIZES) chain.plugin('module-sizes').use(ModuleSizes, [process.env.MODULE_SIZES])
        // SIZE_SOURCE_MAP=1: source maps beside the files (not referenced from them), to attribute the first screen's bytes to sources.
        if (process.env.SIZE_SOURCE_MAP) chain.devtool('hidden-source-map')
        // Domain code is pure: a module of it that 首页 imports only for what it does not use (relations.ts's
        // plausibility rules, say) is left out with what it imports (day-calc.ts's dayjs, the province policy).
        chain.module.rule('pure-domain').test(/[\\/]src[\\/]domain[\\/]/).merge({ sideEffects: false })
        // The idempotency keys (re-exported by src/services, used by the pages that change something) are pure too:
        // not on 首页's first screen, which changes nothing.
        chain.module.rule('pure-ids').test(/[\\/]src[\\/]services[\\/]ids\.ts$/).merge({ sideEffects: false })
        // Taro's React components bring their own copy of tslib: one tslib for the app.
        chain.plugin('one-tslib').use(webpack.NormalModuleReplacementPlugin, [/\.pnpm[\\/].*[\\/]tslib[\\/]tslib\.es6\.js$/, path.resolve(__dirname, '../node_modules/tslib/tslib.es6.mjs')])
        // One module per component instead of Taro's one module for all (h5-components/index.js).
        chain.resolve.alias.set('@tarojs/components$', path.resolve(__dirname, 'h5-components/index.js'))
        // Taro's entry defines the pull-to-refresh element for every page; 账户余额查询 defines it itself (see the file).
        chain.resolve.alias.set('@tarojs/components/dist/components$', path.resolve(__dirname, 'h5-pull-to-refresh.js'))
        // The app draws the tab bar (app.config tabBar.custom): Taro's own tab bar element is left out.
        chain.plugin('app-drawn-tab-bar').use(webpack.NormalModuleReplacementPlugin, [/@tarojs[\\/]router[\\/]dist[\\/]tabbar\.js$/, path.resolve(__dirname, 'h5-router-tabbar.js')])
      },
    },
  }
  process.env.BROWSERSLIST_ENV = process.env.NODE_ENV
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
