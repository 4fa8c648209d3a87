export default definePageConfig({ navigationBarTitleText: '求助待办' })
