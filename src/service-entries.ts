import { ROUTES, type RoutePath } from './routes'

export interface ServiceEntry {
  /** Exactly as on 首页. */
  label: string
  summary: string
  route: RoutePath
  /** One character drawn in a coloured disc: no image to load or break. */
  glyph: string
  colour: string
}

export const SERVICE_ENTRIES: ServiceEntry[] = [
  { label: '婚孕检', summary: '免费婚检、孕检与产检', route: ROUTES.checkup, glyph: '检', colour: '#c2410c' },
  { label: '优生优育', summary: '按月龄看科学育儿指导', route: ROUTES.guidance, glyph: '育', colour: '#0f766e' },
  { label: '亲子小屋', summary: '预约向日葵亲子活动', route: ROUTES.rooms, glyph: '屋', colour: '#b45309' },
  { label: '托育机构', summary: '查找附近备案托育机构', route: ROUTES.centres, glyph: '托', colour: '#1d4ed8' },
  { label: '生育支持', summary: '补贴、假期与出生一件事', route: ROUTES.support, glyph: '惠', colour: '#6d28d9' },
  { label: '暖心服务', summary: '特殊家庭求助与走访', route: ROUTES.help, glyph: '暖', colour: '#be185d' },
]
