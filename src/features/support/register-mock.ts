// Imported by every page of this subpackage, so the area's fixtures ship here. Required inside
// the build-time branch so an HTTP build (TARO_APP_API=http) carries no mock code or fixtures:
// webpack drops a require in a branch its DefinePlugin values make dead.
if (process.env.TARO_APP_API !== 'http') {
  // eslint-disable-next-line @typescript-eslint/no-var-requires -- a static import would ship the mock in HTTP builds too
  const { supportArea } = require('../../../mock/areas/support') as typeof import('../../../mock/areas/support')
  // eslint-disable-next-line @typescript-eslint/no-var-requires -- as above
  const { registerMockArea } = require('@/app/in-process-backend') as typeof import('@/app/in-process-backend')
  registerMockArea(supportArea)
}
