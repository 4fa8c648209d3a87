export default definePageConfig({ navigationBarTitleText: '我要求助' })
