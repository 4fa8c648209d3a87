import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { ListState } from '@/components/list-state'
import { PageShell } from '@/components/page-shell'
import { weekdayName } from '@/domain/booking'
import { relativeDay, sessionDays, visibleToFamiliesFrom, type SessionDay } from '@/domain/session-schedule'
import { useLoader } from '@/hooks/use-loader'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import type { InstructorSession } from '@/contract/rooms'
import { useSessionStore } from '@/stores/session-store'
import { SessionStateBadge } from '../../components/state-badge'
import { roomsApi } from '../../service'
import { INSTRUCTOR_TEXTS as T, ROOMS_TEXTS } from '../../texts'
import '../../rooms.scss'
import { NotForThisRole } from '@/components/page-gates'
import { useToday } from '@/app/clock'

export default function InstructorSessionsPage() {
  const user = useSessionStore((state) => state.session?.user ?? null)
  if (user?.role !== 'instructor') {
    return (
      <NotForThisRole message={T.onlyInstructors} />
    )
  }
  return <Sessions />
}

/**
 * Every session of the instructor's rooms from today on, however far ahead, by day with today
 * first; the last week's sessions are folded away under a button (their rosters are still useful
 * for no-shows).
 */
function Sessions() {
  const sessions = useLoader(() => roomsApi().call('rooms.mySessions'))
  const [showPast, setShowPast] = useState(false)
  useDidShow(() => {
    if (sessions.status === 'ready') void sessions.reload()
  })
  const today = useToday()
  const rooms = [...new Map((sessions.data ?? []).map((s) => [s.roomId, s.roomName])).entries()]
  const { upcoming, past } = sessionDays(sessions.data ?? [], today)
  const pastCount = past.reduce((sum, day) => sum + day.sessions.length, 0)
  return (
    <PageShell>
      {rooms.map(([roomId, roomName]) => (
        <Button key={roomId} className="btn btn--primary btn--block" onClick={() => openPage(ROUTES.roomsSessionEditor, { roomId })}>
          {`${T.newSession}：${roomName}`}
        </Button>
      ))}
      <Text className="text-secondary block">{T.horizon}</Text>
      <ListState
        status={sessions.status}
        errorMessage={`${ROOMS_TEXTS.loadFailed}：${sessions.error}`}
        onRetry={() => void sessions.reload()}
        empty={upcoming.length === 0 && past.length === 0}
        emptyTitle={T.empty}
      >
        {upcoming.length === 0 && <Text className="text-secondary block">{T.empty}</Text>}
        {upcoming.map((day) => (
          <Day key={day.date} day={day} today={today} />
        ))}
        {past.length > 0 && (
          <Button className="btn btn--secondary btn--block" onClick={() => setShowPast(!showPast)}>
            {showPast ? T.hidePast : T.showPast(pastCount)}
          </Button>
        )}
        {showPast && past.map((day) => <Day key={day.date} day={day} today={today} />)}
      </ListState>
    </PageShell>
  )
}

function Day({ day, today }: { day: SessionDay<InstructorSession>; today: string }) {
  const title = T.day(day.date, weekdayName(day.date), relativeDay(day.date, today))
  return (
    <View role="group" ariaLabel={title}>
      <Text className="rooms__day-title">{title}</Text>
      {day.sessions.map((session) => (
        <SessionCard key={session.id} session={session} today={today} />
      ))}
    </View>
  )
}

function SessionCard({ session, today }: { session: InstructorSession; today: string }) {
  const visibleFrom = visibleToFamiliesFrom(session.date, today)
  return (
    <View
      className="card"
      role="link"
      onClick={() => openPage(ROUTES.roomsRoster, { sessionId: session.id })}
    >
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
