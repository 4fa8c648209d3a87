export default definePageConfig({ navigationBarTitleText: '家庭服务' })
