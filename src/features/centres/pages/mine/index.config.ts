export default definePageConfig({ navigationBarTitleText: '我的托育' })
