export default defineAppConfig({
  pages: ['pages/home/index'],
  window: { navigationBarTitleText: '家庭服务' },
})
