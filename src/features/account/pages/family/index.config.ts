export default definePageConfig({ navigationBarTitleText: '家庭信息' })
