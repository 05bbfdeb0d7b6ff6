// The native tab bar's icons. H5 draws its own bar with the icons in its stylesheet: none in its app config (which
// is part of the first screen's script).
const icons = (name: string) =>
  process.env.TARO_ENV === 'h5' ? {} : { iconPath: `assets/tab/${name}.png`, selectedIconPath: `assets/tab/${name}-active.png` }

// Main package: the tab pages and the service menu. Secondary flows live in subpackages
// (WeChat: 2 MB per package; tabBar pages must stay in the main package).
const mainPages = ['pages/home/index', 'pages/family/index', 'pages/me/index', 'pages/services/index', 'pages/account/index', 'pages/privacy/index']
const subPackages = [
  { root: 'packages/family', name: 'family', pages: ['authorize/index', 'confirm/index', 'result/index', 'relations/index'] },
  { root: 'packages/policy', name: 'policy', pages: ['overview/index', 'pooling/index', 'faq/index'] },
  { root: 'packages/records', name: 'records', pages: ['list/index', 'household/index'] },
  { root: 'packages/signin', name: 'signin', pages: ['choose/index'] },
  { root: 'packages/payment', name: 'payment', pages: ['premium/index', 'huiminbao/index', 'exemption/index', 'receipt/index', 'history/index'] },
  // WeChat: the mock server (it plays the 医保 server) in a subpackage without pages, fetched on the first call
  // (分包异步化, src/services/mockModule.weapp.ts); H5 fetches it as a chunk, Alipay keeps it in the main package.
  ...(process.env.TARO_ENV === 'weapp' ? [{ root: 'packages/server', name: 'server', pages: [] }] : []),
  // The mock server's developer panel ships in the H5 build only.
  ...(process.env.TARO_ENV === 'h5' ? [{ root: 'packages/dev', name: 'dev', pages: ['panel/index'] }] : []),
]

export default defineAppConfig({
  // H5 has no subpackages: Taro lists their pages after `pages` and then ships both lists in the app config, which
  // is part of the first screen's script. There every page is listed once, in the same order (the same routes).
  ...(process.env.TARO_ENV === 'h5'
    ? { pages: [...mainPages, ...subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))] }
    : { pages: mainPages, subPackages }),
  // Mini programs only (H5's app config is part of the first screen's script and has no use for them): WeChat
  // injects only the components a page uses (代码质量: 组件按需注入) and fetches these subpackages ahead.
  ...(process.env.TARO_ENV === 'h5'
    ? {}
    : {
        lazyCodeLoading: 'requiredComponents',
        preloadRule: {
          'pages/services/index': { network: 'all', packages: ['family', 'payment'] },
          'pages/family/index': { network: 'all', packages: ['family'] },
          'pages/account/index': { network: 'all', packages: ['records'] },
        },
      }),
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#1f5fbf',
    navigationBarTitleText: '江西医保·家庭共济',
    navigationBarTextStyle: 'white',
    // The title bar with 返回: native in the mini programs, Taro's own on H5.
    navigationStyle: 'default',
    backgroundColor: '#f2f3f5',
  },
  tabBar: {
    // WeChat draws src/custom-tab-bar and H5 platform/TabBar.h5 (same items), so that 长辈模式 enlarges the labels
    // too; the list stays for Alipay's native bar and for WeChat's and Taro's own bookkeeping (keep it in step with navigation/tabs.ts).
    custom: process.env.TARO_ENV !== 'alipay',
    color: '#5c5f66',
    selectedColor: '#1f5fbf',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页', ...icons('home') },
      { pagePath: 'pages/family/index', text: '家庭共济', ...icons('family') },
      { pagePath: 'pages/me/index', text: '我的', ...icons('me') },
    ],
  },
})
