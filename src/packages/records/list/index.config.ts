export default definePageConfig({ navigationBarTitleText: '共济使用明细' })
