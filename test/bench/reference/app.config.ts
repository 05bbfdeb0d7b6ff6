// The minimal Taro page the bench compares the app against (issue #7), built with the same config.
export default defineAppConfig({
  pages: ['pages/index/index'],
  window: { navigationBarTitleText: 'reference' },
})
