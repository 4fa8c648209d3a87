export default definePageConfig({ navigationBarTitleText: '哪些检查适合我' })
