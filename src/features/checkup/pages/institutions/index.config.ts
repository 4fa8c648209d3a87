export default definePageConfig({ navigationBarTitleText: '去哪里检查' })
