export default definePageConfig({ navigationBarTitleText: '江西医保·家庭共济' })
