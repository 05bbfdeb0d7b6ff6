export default definePageConfig({ navigationBarTitleText: '门诊统筹测算' })
