import { Text, View } from '@tarojs/components'
import { Button } from '../../../../components/button'
import { useDidShow } from '@tarojs/taro'
import { ListState } from '../../../../components/list-state'
import { PageShell } from '../../../../components/page-shell'
import { chinaDate } from '../../../../domain/dates'
import { useLoader } from '../../../../hooks/use-loader'
import { openPage } from '../../../../navigation'
import { ROUTES } from '../../../../routes'
import { useSessionStore } from '../../../../stores/session-store'
import { SessionStateBadge } from '../../components/state-badge'
import { roomsService } from '../../service'
import { INSTRUCTOR_TEXTS as T, ROOMS_TEXTS } from '../../texts'
import '../../rooms.scss'
import { NotForThisRole } from '../../../../components/page-gates'

export default function InstructorSessionsPage() {
  const user = useSessionStore((state) => state.session?.user ?? null)
  if (user?.role !== 'instructor') {
    return (
      <NotForThisRole message={T.onlyInstructors} />
    )
  }
  return <Sessions />
}

function Sessions() {
  // From today on: what the instructor runs next (past sessions are reached from their rosters' dates).
  const sessions = useLoader(async () => {
    const today = chinaDate(Date.now())
    return (await roomsService().mySessions()).filter((session) => session.date >= today)
  })
  useDidShow(() => {
    if (sessions.status === 'ready') void sessions.reload()
  })
  const rooms = [...new Map((sessions.data ?? []).map((s) => [s.roomId, s.roomName])).entries()]
  return (
    <PageShell>
      {rooms.map(([roomId, roomName]) => (
        <Button key={roomId} className="btn btn--primary btn--block" onClick={() => openPage(ROUTES.roomsSessionEditor, { roomId })}>
          {`${T.newSession}：${roomName}`}
        </Button>
      ))}
      <View className="row-gap" />
      <ListState
        status={sessions.status}
        errorMessage={`${ROOMS_TEXTS.loadFailed}：${sessions.error}`}
        onRetry={() => void sessions.reload()}
        empty={sessions.data?.length === 0}
        emptyTitle={T.empty}
      >
        {sessions.data?.map((session) => (
          <View
            key={session.id}
            className="card"
            role="link"
            ariaLabel={`${session.date} ${session.start} ${session.activity}`}
            onClick={() => openPage(ROUTES.roomsRoster, { sessionId: session.id })}
          >
            <Text className="rooms__name">{`${session.date} ${session.start}–${session.end} ${session.activity}`}</Text>
            <Text className="text-secondary block">{session.roomName}</Text>
            <View>
              <SessionStateBadge state={session.state === 'booked' ? 'bookable' : session.state} />
              <Text className="text-secondary">{T.confirmed(session.confirmed, session.capacity, session.checkedIn)}</Text>
            </View>
          </View>
        ))}
      </ListState>
    </PageShell>
  )
}
