export default definePageConfig({ navigationBarTitleText: '休假日历' })
