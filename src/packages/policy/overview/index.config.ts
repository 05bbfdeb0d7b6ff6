export default definePageConfig({ navigationBarTitleText: '共济政策查询' })
