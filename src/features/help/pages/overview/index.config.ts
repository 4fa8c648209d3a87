export default definePageConfig({ navigationBarTitleText: '暖心服务概况' })
