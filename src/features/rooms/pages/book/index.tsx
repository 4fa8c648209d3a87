import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { ListState } from '@/components/list-state'
import { Notice } from '@/components/notice'
import { SignedIn } from '@/components/page-gates'
import { PageShell } from '@/components/page-shell'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { BookChoices } from '../../components/book-choices'
import { BookingResult } from '../../components/booking-result'
import { useBooking } from '../../model/use-booking'
import { BOOK_TEXTS as T, ROOM_TEXTS } from '../../texts'
import '../../rooms.scss'

export default function BookPage() {
  const sessionId = useRouter().params.sessionId ?? ''
  return (
    <SignedIn message={T.signIn}>
      {(user) =>
        user.role === 'parent' ? (
          <BookForm key={user.id} sessionId={sessionId} />
        ) : (
          <PageShell>
            <Notice tone="info" message={T.onlyParents} />
          </PageShell>
        )
      }
    </SignedIn>
  )
}

function BookForm({ sessionId }: { sessionId: string }) {
  const booking = useBooking(sessionId)
  const { session, children, waitlist } = booking
  const data = session.data

  if (booking.done) return <BookingResult booking={booking.done} />

  return (
    <PageShell>
      <ListState {...session.listState}>
        {data && (
          <View>
            <Text className="page-title">{waitlist ? T.waitTitle : T.title}</Text>
            <View className="card">
              <Text className="rooms__name">{`${data.date} ${data.start}–${data.end}`}</Text>
              <Text className="block">{data.activity}</Text>
              <Text className="text-secondary block">{data.roomName}</Text>
              <Text className="text-secondary block">{`${ROOM_TEXTS.ages(data.ageMin, data.ageMax)} · ${ROOM_TEXTS.placesLeft(data.placesLeft, data.capacity)}`}</Text>
              {booking.closesAt && <Text className="text-secondary block">{T.closesAt(booking.closesAt)}</Text>}
            </View>
            {waitlist && <Notice tone="info" message={T.waitHint} />}
            {booking.failure && <Notice tone="error" message={T.failed(booking.failure)} actions={[{ label: T.retry, onClick: () => void booking.confirm() }]} />}
            {booking.notBookable ? (
              <Notice tone="info" message={booking.notBookable} />
            ) : children.length === 0 ? (
              <Notice tone="info" message={T.noChildren} actions={[{ label: T.addChild, onClick: () => openPage(ROUTES.family) }]} />
            ) : (
              <BookChoices
                familyChildren={children}
                form={booking.form}
                childError={booking.childError}
                waitlist={waitlist}
                pending={booking.pending}
                onChild={booking.chooseChild}
                onCarers={booking.chooseCarers}
                onConfirm={() => void booking.confirm()}
              />
            )}
          </View>
        )}
      </ListState>
    </PageShell>
  )
}
