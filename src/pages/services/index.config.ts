export default definePageConfig({ navigationBarTitleText: '医保查询办理' })
