export default definePageConfig({ navigationBarTitleText: '生育支持' })
