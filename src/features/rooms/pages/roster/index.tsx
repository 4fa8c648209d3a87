import { Text, View } from '@tarojs/components'
import { Input } from '@/components/taro/input'
import { Button } from '@/components/button'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { FormField } from '@/components/form-field'
import { ListState } from '@/components/list-state'
import { Notice } from '@/components/notice'
import { PageShell } from '@/components/page-shell'
import { CHECK_IN_CODE_LENGTH, CHECK_IN_CODE_MESSAGE, isCheckInCode, sessionStartMs, typedCheckInCode } from '@/domain/booking'
import { useLoader } from '@/hooks/use-loader'
import { useSubmit } from '@/hooks/use-submit'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { useSessionStore } from '@/stores/session-store'
import { CancelSession } from '../../components/cancel-session'
import { BookingStatusBadge } from '../../components/state-badge'
import { roomsApi } from '../../service'
import { INSTRUCTOR_TEXTS as T, ROOMS_TEXTS } from '../../texts'
import '../../rooms.scss'
import { NotForThisRole } from '@/components/page-gates'
import { now } from '@/app/clock'

export default function RosterPage() {
  const user = useSessionStore((state) => state.session?.user ?? null)
  const sessionId = useRouter().params.sessionId ?? ''
  if (user?.role !== 'instructor') {
    return (
      <NotForThisRole message={T.onlyInstructors} />
    )
  }
  return <Roster sessionId={sessionId} />
}

function Roster({ sessionId }: { sessionId: string }) {
  const roster = useLoader(() => roomsApi().call('rooms.roster', { sessionId }), [sessionId])
  const [code, setCode] = useState('')
  const [codeError, setCodeError] = useState<string | undefined>()
  const checkIn = useSubmit((key: string, value: string) => roomsApi().call('rooms.checkIn', { sessionId, code: value }, { idempotencyKey: key }))
  const noShows = useSubmit((key: string) => roomsApi().call('rooms.markNoShows', { sessionId }, { idempotencyKey: key }))
  const [cancelling, setCancelling] = useState(false)

  // Back from the editor: the time, the activity or the places may have changed.
  useDidShow(() => {
    if (roster.status === 'ready') void roster.reload()
  })

  async function submitCode() {
    const value = typedCheckInCode(code)
    if (!isCheckInCode(value)) {
      setCodeError(CHECK_IN_CODE_MESSAGE)
      return
    }
    const result = await checkIn.submit(value)
    if (result.ok) {
      setCode('')
      setCodeError(undefined)
      void Taro.showToast({ title: T.checkedIn(result.value.childName), icon: 'success' })
      void roster.reload()
    } else {
      setCodeError(result.error.fieldErrors?.code ?? result.error.message)
    }
  }

  async function markRest() {
    const { confirm } = await Taro.showModal({ title: T.markNoShows, content: T.markNoShowsConfirm })
    if (!confirm) return
    const result = await noShows.submit()
    void Taro.showToast({ title: result.ok ? T.marked(result.value.marked) : result.error.message, icon: 'none' })
    void roster.reload()
  }

  const data = roster.data
  const started = data ? now() >= sessionStartMs(data.session) : false
  const cancelled = data?.session.cancelReason ?? null
  // Families the cancel would tell: those holding or waiting for a place.
  const families = data ? data.entries.filter((entry) => entry.status === 'booked' || entry.status === 'waitlisted').length : 0
  return (
    <PageShell>
      <ListState status={roster.status} errorMessage={`${ROOMS_TEXTS.loadFailed}：${roster.error}`} onRetry={() => void roster.reload()}>
        {data && (
          <View>
            <Text className="page-title">{`${data.session.date} ${data.session.start} ${data.session.activity}`}</Text>
            <Text className="text-secondary block">{data.session.roomName}</Text>
            <Text className="block">{T.confirmed(data.session.confirmed, data.session.capacity, data.session.checkedIn)}</Text>
            {cancelled !== null && <Notice tone="info" message={T.cancelledBadge(cancelled)} />}
            {cancelled === null && (
              <View className="card">
                <FormField label={T.codeLabel} error={codeError}>
                  <View className="rooms__checkin">
                    <Input
                      className="field__input"
                      type="number"
                      maxlength={CHECK_IN_CODE_LENGTH}
                      value={code}
                      placeholder={T.codePlaceholder}
                      ariaLabel={T.codeLabel}
                      onInput={(event) => setCode(event.detail.value)}
                      onConfirm={() => void submitCode()}
                    />
                    <Button className="btn btn--primary" disabled={checkIn.pending} onClick={() => void submitCode()}>
                      {T.checkIn}
                    </Button>
                  </View>
                </FormField>
                <View className="rooms__actions">
                  <Button className="btn btn--secondary" onClick={() => openPage(ROUTES.roomsSessionEditor, { roomId: data.session.roomId, id: data.session.id })}>
                    {T.edit}
                  </Button>
                  {started ? (
                    <Button className="btn btn--danger" disabled={noShows.pending} onClick={() => void markRest()}>
                      {T.markNoShows}
                    </Button>
                  ) : (
                    !cancelling && (
                      <Button className="btn btn--danger" onClick={() => setCancelling(true)}>
                        {T.cancelSession}
                      </Button>
                    )
                  )}
                </View>
              </View>
            )}
            {cancelling && cancelled === null && (
              <CancelSession
                sessionId={sessionId}
                families={families}
                onClose={() => setCancelling(false)}
                onCancelled={() => {
                  setCancelling(false)
                  void roster.reload()
                }}
              />
            )}
            <View className="card" ariaLabel={T.roster}>
              <Text className="heading">{T.roster}</Text>
              {data.entries.length === 0 && <Text className="text-secondary block">{T.rosterEmpty}</Text>}
              {data.entries.map((entry) => (
                <View key={entry.bookingId} className="rooms__row" ariaLabel={entry.childName}>
                  <View>
                    <Text className="block">{`${entry.childName} · ${entry.childAge}`}</Text>
                    <Text className="text-secondary block">{`${T.carers(entry.carers)} · ${entry.phoneMasked}`}</Text>
                  </View>
                  <BookingStatusBadge status={entry.status} />
                </View>
              ))}
            </View>
          </View>
        )}
      </ListState>
    </PageShell>
  )
}
