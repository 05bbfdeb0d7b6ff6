export default definePageConfig({ navigationBarTitleText: 'reference' })
