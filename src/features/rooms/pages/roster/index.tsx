import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { ListState } from '@/components/list-state'
import { Notice } from '@/components/notice'
import { NotForThisRole } from '@/components/page-gates'
import { PageShell } from '@/components/page-shell'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { useSessionStore } from '@/stores/session-store'
import { CancelSession } from '../../components/cancel-session'
import { CheckInCard } from '../../components/check-in-card'
import { RosterList } from '../../components/roster-list'
import { useCheckIn } from '../../model/use-check-in'
import { useMarkNoShows } from '../../model/use-mark-no-shows'
import { useRoster } from '../../model/use-roster'
import { INSTRUCTOR_TEXTS as T } from '../../texts'
import '../../rooms.scss'

export default function RosterPage() {
  const role = useSessionStore((state) => state.session?.user.role ?? null)
  const sessionId = useRouter().params.sessionId ?? ''
  if (role !== 'instructor') return <NotForThisRole message={T.onlyInstructors} />
  return <Roster sessionId={sessionId} />
}

function Roster({ sessionId }: { sessionId: string }) {
  const { roster, started, cancelled, families } = useRoster(sessionId)
  const reload = () => void roster.reload()
  const checkIn = useCheckIn(sessionId, reload)
  const noShows = useMarkNoShows(sessionId, reload)
  const [cancelling, setCancelling] = useState(false)
  const data = roster.data

  return (
    <PageShell>
      <ListState {...roster.listState}>
        {data && (
          <View>
            <Text className="page-title">{`${data.session.date} ${data.session.start} ${data.session.activity}`}</Text>
            <Text className="text-secondary block">{data.session.roomName}</Text>
            <Text className="block">{T.confirmed(data.session.confirmed, data.session.capacity, data.session.checkedIn)}</Text>
            {cancelled !== null && <Notice tone="info" message={T.cancelledBadge(cancelled)} />}
            {cancelled === null && (
              <CheckInCard
                checkIn={checkIn}
                started={started}
                markingNoShows={noShows.pending}
                cancelling={cancelling}
                onEdit={() => openPage(ROUTES.roomsSessionEditor, { roomId: data.session.roomId, id: data.session.id })}
                onMarkNoShows={() => void noShows.markRest()}
                onCancelSession={() => setCancelling(true)}
              />
            )}
            {cancelling && cancelled === null && (
              <CancelSession
                sessionId={sessionId}
                families={families}
                onClose={() => setCancelling(false)}
                onCancelled={() => {
                  setCancelling(false)
                  reload()
                }}
              />
            )}
            <RosterList entries={data.entries} />
          </View>
        )}
      </ListState>
    </PageShell>
  )
}
