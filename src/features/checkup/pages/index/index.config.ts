export default definePageConfig({ navigationBarTitleText: '婚孕检' })
