import { Text, View } from '@tarojs/components'
import { weekdayName } from '@/domain/booking'
import { relativeDay, visibleToFamiliesFrom, type SessionDay as Day } from '@/domain/session-schedule'
import type { InstructorSession } from '@/contract/rooms'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { INSTRUCTOR_TEXTS as T } from '../texts'
import { SessionStateBadge } from './state-badge'

/** One day of the instructor's sessions, titled 今天 / 明天 / 后天 where it is one. */
export function SessionDay({ day, today }: { day: Day<InstructorSession>; today: string }) {
  const title = T.day(day.date, weekdayName(day.date), relativeDay(day.date, today))
  return (
    <View role="group" ariaLabel={title}>
      <Text className="rooms__day-title">{title}</Text>
      {day.sessions.map((session) => (
        <InstructorSessionCard key={session.id} session={session} today={today} />
      ))}
    </View>
  )
}

/** A session as its instructor sees it, opening its roster; says when families can first see one beyond their horizon. */
function InstructorSessionCard({ session, today }: { session: InstructorSession; today: string }) {
  const visibleFrom = visibleToFamiliesFrom(session.date, today)
  return (
    <View className="card" role="link" onClick={() => openPage(ROUTES.roomsRoster, { sessionId: session.id })}>
      <Text className="rooms__name">{`${session.start}–${session.end} ${session.activity}`}</Text>
      <Text className="text-secondary block">{session.roomName}</Text>
      <View>
        <SessionStateBadge state={session.state === 'booked' ? 'bookable' : session.state} />
        {session.cancelReason === null && <Text className="text-secondary">{T.confirmed(session.confirmed, session.capacity, session.checkedIn)}</Text>}
      </View>
      {session.cancelReason !== null && <Text className="text-secondary block">{T.cancelledBadge(session.cancelReason)}</Text>}
      {visibleFrom > today && session.cancelReason === null && <Text className="text-secondary block">{T.visibleFrom(visibleFrom)}</Text>}
    </View>
  )
}
