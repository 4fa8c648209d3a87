/** Every page's path, in one place; app.config.ts lists the same pages (a unit test checks). */
export const ROUTES = {
  home: '/pages/home/index',
  me: '/pages/me/index',
  signIn: '/pages/sign-in/index',
  family: '/features/account/pages/family/index',
  privacy: '/features/account/pages/privacy/index',
  about: '/features/account/pages/about/index',
  checkup: '/features/checkup/pages/index/index',
  checkupProgramme: '/features/checkup/pages/programme/index',
  checkupInstitutions: '/features/checkup/pages/institutions/index',
  checkupGuide: '/features/checkup/pages/guide/index',
  checkupTimeline: '/features/checkup/pages/timeline/index',
  guidance: '/features/guidance/pages/index/index',
  guidanceArticle: '/features/guidance/pages/article/index',
  guidanceFavourites: '/features/guidance/pages/favourites/index',
  guidanceMine: '/features/guidance/pages/mine/index',
  guidanceEditor: '/features/guidance/pages/editor/index',
  rooms: '/features/rooms/pages/index/index',
  roomsRoom: '/features/rooms/pages/room/index',
  roomsBook: '/features/rooms/pages/book/index',
  roomsBookings: '/features/rooms/pages/bookings/index',
  roomsInstructor: '/features/rooms/pages/instructor/index',
  roomsRoster: '/features/rooms/pages/roster/index',
  roomsSessionEditor: '/features/rooms/pages/session-editor/index',
  centres: '/features/centres/pages/index/index',
  centresCentre: '/features/centres/pages/centre/index',
  centresVisit: '/features/centres/pages/visit/index',
  centresMine: '/features/centres/pages/mine/index',
  help: '/features/help/pages/index/index',
  helpRequest: '/features/help/pages/request/index',
  helpMine: '/features/help/pages/mine/index',
  helpDetail: '/features/help/pages/detail/index',
  helpQueue: '/features/help/pages/queue/index',
} as const

export type RoutePath = (typeof ROUTES)[keyof typeof ROUTES]

export const TAB_ROUTES: RoutePath[] = [ROUTES.home, ROUTES.me]
