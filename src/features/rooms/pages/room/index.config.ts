export default definePageConfig({ navigationBarTitleText: '亲子小屋' })
