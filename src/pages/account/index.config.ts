export default definePageConfig({ navigationBarTitleText: '账户余额查询', enablePullDownRefresh: true })
