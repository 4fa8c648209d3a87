// Page paths here must match src/routes.ts (tests/unit/routes.test.ts checks).
export default defineAppConfig({
  pages: ['pages/home/index', 'pages/me/index', 'pages/sign-in/index'],
  // One subpackage per service keeps the main package small (ARCHITECTURE.md budgets).
  subPackages: [
    { root: 'features/account', pages: ['pages/family/index', 'pages/privacy/index', 'pages/about/index'] },
    {
      root: 'features/checkup',
      pages: ['pages/index/index', 'pages/programme/index', 'pages/institutions/index', 'pages/guide/index', 'pages/timeline/index'],
    },
    {
      root: 'features/guidance',
      pages: ['pages/index/index', 'pages/article/index', 'pages/favourites/index', 'pages/mine/index', 'pages/editor/index'],
    },
    {
      root: 'features/rooms',
      pages: [
        'pages/index/index',
        'pages/room/index',
        'pages/book/index',
        'pages/bookings/index',
        'pages/instructor/index',
        'pages/roster/index',
        'pages/session-editor/index',
      ],
    },
    { root: 'features/centres', pages: ['pages/index/index', 'pages/centre/index', 'pages/visit/index', 'pages/mine/index'] },
    {
      root: 'features/help',
      pages: [
        'pages/index/index',
        'pages/request/index',
        'pages/mine/index',
        'pages/detail/index',
        'pages/queue/index',
        'pages/families/index',
        'pages/family/index',
        'pages/log/index',
        'pages/phone-in/index',
        'pages/overview/index',
      ],
    },
    { root: 'features/support', pages: ['pages/index/index', 'pages/leave/index', 'pages/situation/index', 'pages/checklist/index'] },
  ],
  // Location is asked only from a tap (sort by distance) through src/privacy/gated-apis.ts.
  requiredPrivateInfos: ['getLocation'],
  permission: { 'scope.userLocation': { desc: '用于按距离排列亲子小屋和托育机构，不会保存您的位置' } },
  window: {
    // weapp draws its native bar either way; Taro's H5 router draws its title bar, with back (or
    // home when there is no history), only when this is set explicitly. Titles come from each
    // page's navigationBarTitleText, written once in its index.config.ts.
    navigationStyle: 'default',
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '家庭服务',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f6f4f1',
  },
  tabBar: {
    color: '#5c6470',
    selectedColor: '#c2410c',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tab/me.png',
        selectedIconPath: 'assets/tab/me-active.png',
      },
    ],
  },
})
