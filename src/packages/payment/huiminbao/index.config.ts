export default definePageConfig({ navigationBarTitleText: '惠民保参保缴费' })
