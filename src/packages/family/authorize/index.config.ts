export default definePageConfig({ navigationBarTitleText: '家庭账户共济授权登记' })
