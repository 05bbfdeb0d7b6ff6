export default definePageConfig({
  navigationBarTitleText: '门诊家庭账户',
})
