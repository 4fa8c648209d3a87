import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { ChoiceGroup } from '@/components/choice-group'
import { FormField } from '@/components/form-field'
import { ListState } from '@/components/list-state'
import { Notice } from '@/components/notice'
import { PageShell } from '@/components/page-shell'
import { bookingClosesAt, childAgeReason } from '@/domain/booking'
import { chinaDateTime } from '@/domain/dates'
import { useDraft } from '@/hooks/use-draft'
import { useLoader } from '@/hooks/use-loader'
import { useSubmit } from '@/hooks/use-submit'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import type { BookingDto, SessionDto } from '@/contract/rooms'
import { useFamilyStore } from '@/stores/family-store'
import { useSessionStore } from '@/stores/session-store'
import { roomsApi } from '../../service'
import { askForSessionNotice, canAskForSessionNotice } from '../../subscribe'
import { BOOK_TEXTS as T, ROOM_TEXTS, ROOMS_TEXTS } from '../../texts'
import '../../rooms.scss'
import { SignInFirst } from '@/components/page-gates'

export default function BookPage() {
  const sessionId = useRouter().params.sessionId ?? ''
  const user = useSessionStore((state) => state.session?.user ?? null)
  if (!user) {
    return (
      <SignInFirst message={T.signIn} />
    )
  }
  if (user.role !== 'parent') {
    return (
      <PageShell>
        <Notice tone="info" message={T.onlyParents} />
      </PageShell>
    )
  }
  return <BookForm key={user.id} sessionId={sessionId} />
}

function closingText(session: SessionDto): string {
  return T.closesAt(chinaDateTime(bookingClosesAt(session)))
}

function BookForm({ sessionId }: { sessionId: string }) {
  const session = useLoader(() => roomsApi().call('rooms.session', { id: sessionId }), [sessionId])
  const { profile, load } = useFamilyStore()
  const { draft, setDraft, clearDraft } = useDraft<{ childId: string; carers: 1 | 2 }>(`rooms-book:${sessionId}`)
  const form = draft ?? { childId: '', carers: 1 as const }
  const [childError, setChildError] = useState<string | undefined>()
  const [done, setDone] = useState<BookingDto | null>(null)
  const submit = useSubmit((key: string, waitlist: boolean, notify: 'subscribe' | undefined) =>
    roomsApi().call(
      waitlist ? 'rooms.joinWaitlist' : 'rooms.book',
      { sessionId, childId: form.childId, carers: form.carers, ...(notify ? { notify } : {}) },
      { idempotencyKey: key },
    ),
  )

  useDidShow(() => {
    if (!profile) void load()
  })

  const data = session.data
  const waitlist = data?.state === 'full'
  const children = profile?.family.children ?? []

  async function confirm() {
    if (!data) return
    if (!form.childId) {
      setChildError(T.chooseChild)
      return
    }
    // Asked first, inside the tap, as WeChat requires (its dialog covers the page meanwhile);
    // the answer only adds a channel. Elsewhere nothing is asked, so the submit starts at once.
    const notify = canAskForSessionNotice ? await askForSessionNotice() : undefined
    const result = await submit.submit(waitlist, notify)
    if (result.ok) {
      clearDraft()
      setDone(result.value)
      void Taro.showToast({ title: result.value.status === 'waitlisted' ? T.waiting(result.value.waitlistPosition ?? 1) : T.booked, icon: 'success' })
      return
    }
    if (result.error.fieldErrors?.childId) setChildError(result.error.message)
    // Someone took the last place first: show the session as it is now (候补 is offered).
    if (result.error.code === 'CONFLICT') void session.reload()
  }

  if (done) {
    return (
      <PageShell>
        <View className="card" ariaLabel="预约结果">
          <Text className="heading">{done.status === 'waitlisted' ? T.waiting(done.waitlistPosition ?? 1) : T.booked}</Text>
          <Text className="block">{`${done.session.date} ${done.session.start}–${done.session.end} ${done.session.activity}`}</Text>
          <Text className="text-secondary block">{done.session.roomName}</Text>
          <Text className="text-secondary block">{done.roomAddress}</Text>
          {done.code && (
            <View>
              <Text className="text-secondary block">{T.code}</Text>
              <Text className="rooms__code">{done.code}</Text>
              <Text className="text-secondary block">{T.codeHint}</Text>
            </View>
          )}
          <Button className="btn btn--primary btn--block" onClick={() => openPage(ROUTES.roomsBookings)}>
            {T.toBookings}
          </Button>
        </View>
      </PageShell>
    )
  }

  return (
    <PageShell>
      <ListState status={session.status} errorMessage={`${ROOMS_TEXTS.loadFailed}：${session.error}`} onRetry={() => void session.reload()}>
        {data && (
          <View>
            <Text className="page-title">{waitlist ? T.waitTitle : T.title}</Text>
            <View className="card">
              <Text className="rooms__name">{`${data.date} ${data.start}–${data.end}`}</Text>
              <Text className="block">{data.activity}</Text>
              <Text className="text-secondary block">{data.roomName}</Text>
              <Text className="text-secondary block">{`${ROOM_TEXTS.ages(data.ageMin, data.ageMax)} · ${ROOM_TEXTS.placesLeft(data.placesLeft, data.capacity)}`}</Text>
              <Text className="text-secondary block">{closingText(data)}</Text>
            </View>
            {waitlist && <Notice tone="info" message={T.waitHint} />}
            {submit.error && submit.error.code !== 'VALIDATION' && (
              <Notice tone="error" message={T.failed(submit.error.message)} actions={[{ label: T.retry, onClick: () => void confirm() }]} />
            )}
            {data.state === 'cancelled' ? (
              <Notice tone="info" message={ROOM_TEXTS.cancelled(data.cancelReason ?? '')} />
            ) : data.state === 'booked' || data.state === 'waitlisted' || data.state === 'closed' ? (
              <Notice tone="info" message={data.state === 'closed' ? '这场活动已截止预约' : '您已预约或候补这场活动'} />
            ) : children.length === 0 ? (
              <Notice tone="info" message={T.noChildren} actions={[{ label: T.addChild, onClick: () => openPage(ROUTES.family) }]} />
            ) : (
              <View className="card">
                <FormField label={T.child} error={childError} required>
                  <ChoiceGroup
                    label={T.child}
                    value={form.childId}
                    options={children.map((child) => ({ value: child.id, label: child.name }))}
                    onChange={(childId) => {
                      const child = children.find((candidate) => candidate.id === childId)!
                      setChildError(childAgeReason(child.birthDate, data.date, data.ageMin, data.ageMax) ?? undefined)
                      setDraft({ ...form, childId })
                    }}
                  />
                </FormField>
                <FormField label={T.carers} required>
                  <ChoiceGroup<'1' | '2'>
                    label={T.carers}
                    value={String(form.carers) as '1' | '2'}
                    options={[
                      { value: '1', label: T.one },
                      { value: '2', label: T.two },
                    ]}
                    onChange={(carers) => setDraft({ ...form, carers: carers === '2' ? 2 : 1 })}
                  />
                </FormField>
                <Button className="btn btn--primary btn--block" disabled={submit.pending || Boolean(childError)} onClick={() => void confirm()}>
                  {submit.pending ? T.submitting : waitlist ? T.confirmWait : T.confirm}
                </Button>
              </View>
            )}
          </View>
        )}
      </ListState>
    </PageShell>
  )
}
