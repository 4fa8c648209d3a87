import { Text, View } from '@tarojs/components'
import { EntryRow } from '@/components/entry-row'
import { entriesFor, type MeEntry, type Role } from '@/domain/roles'
import { openPage } from '@/navigation'
import { ROUTES, type RoutePath } from '@/routes'
import { ME_TEXTS } from './texts'

const ENTRY_PAGES: Record<MeEntry, { label: string; route: RoutePath; query?: Record<string, string> }> = {
  supportPlan: { label: ME_TEXTS.leavePlan, route: ROUTES.supportLeave, query: { view: 'plan' } },
  roomsBookings: { label: ME_TEXTS.bookings, route: ROUTES.roomsBookings },
  roomsSessions: { label: ME_TEXTS.sessions, route: ROUTES.roomsInstructor },
  guidanceMine: { label: ME_TEXTS.articles, route: ROUTES.guidanceMine },
  helpMine: { label: ME_TEXTS.requests, route: ROUTES.helpMine },
  careFamilies: { label: ME_TEXTS.careFamilies, route: ROUTES.careFamilies },
  helpQueue: { label: ME_TEXTS.queue, route: ROUTES.helpQueue },
  careOverview: { label: ME_TEXTS.careOverview, route: ROUTES.careOverview },
  centresMine: { label: ME_TEXTS.centres, route: ROUTES.centresMine },
  guidanceFavourites: { label: ME_TEXTS.favourites, route: ROUTES.guidanceFavourites },
}

/** 我的服务: only the entries the role can use (src/domain/roles.ts), each straight to its page. */
export function ServiceEntries({ role }: { role: Role }) {
  const entries = entriesFor(role)
  if (entries.length === 0) return null
  return (
    <View className="card">
      <Text className="heading">{ME_TEXTS.myServices}</Text>
      {entries.map((entry) => (
        <EntryRow key={entry} label={ENTRY_PAGES[entry].label} onClick={() => openPage(ENTRY_PAGES[entry].route, ENTRY_PAGES[entry].query)} />
      ))}
    </View>
  )
}
