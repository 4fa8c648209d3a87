import { Text } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/button'
import { ListState } from '@/components/list-state'
import { NotForThisRole } from '@/components/page-gates'
import { PageShell } from '@/components/page-shell'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { useSessionStore } from '@/stores/session-store'
import { SessionDay } from '../../components/session-day'
import { useMySessions } from '../../model/use-my-sessions'
import { INSTRUCTOR_TEXTS as T } from '../../texts'
import '../../rooms.scss'

export default function InstructorSessionsPage() {
  const role = useSessionStore((state) => state.session?.user.role ?? null)
  if (role !== 'instructor') return <NotForThisRole message={T.onlyInstructors} />
  return <Sessions />
}

/** Today's and later sessions by day; the last week's are folded away under a button. */
function Sessions() {
  const { sessions, today, rooms, upcoming, past, pastCount } = useMySessions()
  const [showPast, setShowPast] = useState(false)
  return (
    <PageShell>
      {rooms.map((room) => (
        <Button key={room.id} className="btn btn--primary btn--block" onClick={() => openPage(ROUTES.roomsSessionEditor, { roomId: room.id })}>
          {`${T.newSession}：${room.name}`}
        </Button>
      ))}
      <Text className="text-secondary block">{T.horizon}</Text>
      <ListState {...sessions.listState} empty={upcoming.length === 0 && past.length === 0} emptyTitle={T.empty}>
        {upcoming.length === 0 && <Text className="text-secondary block">{T.empty}</Text>}
        {upcoming.map((day) => (
          <SessionDay key={day.date} day={day} today={today} />
        ))}
        {past.length > 0 && (
          <Button className="btn btn--secondary btn--block" onClick={() => setShowPast(!showPast)}>
            {showPast ? T.hidePast : T.showPast(pastCount)}
          </Button>
        )}
        {showPast && past.map((day) => <SessionDay key={day.date} day={day} today={today} />)}
      </ListState>
    </PageShell>
  )
}
