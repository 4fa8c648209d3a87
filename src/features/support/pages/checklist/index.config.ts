export default definePageConfig({ navigationBarTitleText: '出生一件事' })
