export default definePageConfig({ navigationBarTitleText: '优生优育' })
