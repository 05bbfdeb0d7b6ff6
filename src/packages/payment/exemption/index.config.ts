export default definePageConfig({ navigationBarTitleText: '新生儿免缴确认' })
