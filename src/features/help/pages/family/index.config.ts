export default definePageConfig({ navigationBarTitleText: '家庭联系记录' })
