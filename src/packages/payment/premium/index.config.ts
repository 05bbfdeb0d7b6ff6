export default definePageConfig({ navigationBarTitleText: '家庭账户共济代缴居民医保费' })
