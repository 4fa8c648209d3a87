import { Text, View } from '@tarojs/components'
import { Input } from '@/components/taro/input'
import { Button } from '@/components/button'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { DateField } from '@/components/date-field'
import { FormField } from '@/components/form-field'
import { ListState, type LoadStatus } from '@/components/list-state'
import { Notice } from '@/components/notice'
import { PageShell } from '@/components/page-shell'
import { sessionErrors, type SessionField, type SessionInput, type SessionTimes } from '@/domain/booking'
import { addDays } from '@/domain/dates'
import { timesChanged } from '@/domain/session-changes'
import { firstFreeSlot, lastBookableDate, normaliseTime } from '@/domain/session-schedule'
import { hasErrors, type FieldErrors } from '@/domain/validation'
import { useDraft } from '@/hooks/use-draft'
import { useLoader } from '@/hooks/use-loader'
import { useSubmit } from '@/hooks/use-submit'
import { goBack } from '@/navigation'
import type { RoomSchedule, SessionDto } from '@/contract/rooms'
import { useSessionStore } from '@/stores/session-store'
import { TimeField } from '../../components/time-field'
import { roomsApi } from '../../service'
import { INSTRUCTOR_TEXTS as T, ROOMS_TEXTS } from '../../texts'
import '../../rooms.scss'
import { NotForThisRole } from '@/components/page-gates'
import { NoBreakText } from '@/components/no-break-text'
import { now, useToday } from '@/app/clock'

interface SessionDraft {
  date: string
  start: string
  end: string
  activity: string
  ageMin: string
  ageMax: string
  capacity: string
}

const toInput = (draft: SessionDraft): SessionInput => ({
  date: draft.date.trim(),
  start: normaliseTime(draft.start),
  end: normaliseTime(draft.end),
  activity: draft.activity.trim(),
  ageMin: Number(draft.ageMin),
  ageMax: Number(draft.ageMax),
  capacity: Number(draft.capacity),
})

/** The backend names the two ages apart (ageMin, ageMax); the form shows one message for both. */
function editorErrors(fieldErrors: FieldErrors): Partial<Record<SessionField, string>> {
  const { ageMin, ageMax, ...rest } = fieldErrors
  const age = rest.age ?? ageMin ?? ageMax
  return { ...(rest as Partial<Record<SessionField, string>>), ...(age ? { age } : {}) }
}

export default function SessionEditorPage() {
  const { params } = useRouter()
  const user = useSessionStore((state) => state.session?.user ?? null)
  if (user?.role !== 'instructor') {
    return (
      <NotForThisRole message={T.onlyInstructors} />
    )
  }
  return <Editor roomId={params.roomId ?? ''} id={params.id} />
}

function statusOf(...statuses: LoadStatus[]): LoadStatus {
  if (statuses.includes('error')) return 'error'
  return statuses.every((status) => status === 'ready') ? 'ready' : 'loading'
}

/** A new session starts on the room's first free hour from tomorrow, so the first save can succeed. */
function newSessionDraft(schedule: RoomSchedule, slot: SessionTimes | null, today: string): SessionDraft {
  const times = slot ?? { date: addDays(today, 1), start: schedule.hours.open, end: schedule.hours.open }
  return { ...times, activity: '', ageMin: '0', ageMax: '36', capacity: '8' }
}

function savedDraft(session: SessionDto): SessionDraft {
  const { date, start, end, activity } = session
  return { date, start, end, activity, ageMin: String(session.ageMin), ageMax: String(session.ageMax), capacity: String(session.capacity) }
}

function Editor({ roomId, id }: { roomId: string; id?: string }) {
  const schedule = useLoader(() => roomsApi().call('rooms.schedule', { roomId }), [roomId])
  const existing = useLoader(() => (id ? roomsApi().call('rooms.session', { id }) : Promise.resolve(null)), [id])
  const status = statusOf(schedule.status, existing.status)
  const error = schedule.error || existing.error
  const retry = () => {
    if (schedule.status === 'error') void schedule.reload()
    if (existing.status === 'error') void existing.reload()
  }
  return (
    <PageShell>
      <ListState status={status} errorMessage={`${ROOMS_TEXTS.loadFailed}：${error}`} onRetry={retry}>
        {schedule.data && status === 'ready' && <Form roomId={roomId} id={id} schedule={schedule.data} loaded={existing.data} />}
      </ListState>
    </PageShell>
  )
}

function Form({ roomId, id, schedule, loaded }: { roomId: string; id?: string; schedule: RoomSchedule; loaded: SessionDto | null }) {
  const { draft, setDraft, clearDraft } = useDraft<SessionDraft>(`rooms-session:${roomId}:${id ?? 'new'}`)
  const [errors, setErrors] = useState<Partial<Record<SessionField, string>>>({})
  const save = useSubmit((key: string, session: SessionInput) =>
    roomsApi().call('rooms.saveSession', id ? { id, roomId, session } : { roomId, session }, { idempotencyKey: key }),
  )
  const today = useToday()
  const lastDay = lastBookableDate(today)
  const slot = loaded ? null : firstFreeSlot({ today, hours: schedule.hours, taken: schedule.sessions })
  const form: SessionDraft = draft ?? (loaded ? savedDraft(loaded) : newSessionDraft(schedule, slot, today))
  const others = schedule.sessions.filter((session) => session.id !== id)
  const current = schedule.sessions.find((session) => session.id === id)
  const sameDay = others.filter((session) => session.date === form.date.trim())
  const onFreeSlot = slot !== null && form.date === slot.date && form.start === slot.start && form.end === slot.end

  const change = (patch: Partial<SessionDraft>) => setDraft({ ...form, ...patch })

  /** Families holding or waiting for a place, who are told when the time changes. */
  const affected = current ? current.confirmed - current.checkedIn + current.waitlist : 0

  async function submit() {
    const input = toInput(form)
    // The same rules the backend applies, so a mistake is shown at once and nothing is sent.
    const found = sessionErrors(input, { now: now(), hours: schedule.hours, others, confirmed: current?.confirmed ?? 0 })
    setErrors(found)
    if (hasErrors(found)) return
    if (loaded && affected > 0 && timesChanged(loaded, input)) {
      const { confirm } = await Taro.showModal({ title: T.editTitle, content: T.moveAsk(affected) })
      if (!confirm) return
    }
    const result = await save.submit(input)
    if (result.ok) {
      clearDraft()
      setErrors({})
      const notified = result.value.notified
      void Taro.showToast(notified > 0 ? { title: T.savedNotified(notified), icon: 'none' } : { title: T.saved, icon: 'success' })
      goBack()
      return
    }
    setErrors(editorErrors(result.error.fieldErrors ?? {}))
  }

  const failure = save.error && save.error.code !== 'VALIDATION'
  return (
    <View>
      <Text className="page-title">{loaded ? T.editTitle : T.newTitle}</Text>
      <Text className="rooms__name">{schedule.roomName}</Text>
      <NoBreakText className="text-secondary block" text={T.hoursLine(schedule.hoursText)} />
      {failure && <Notice tone="error" message={T.saveFailed(save.error!.message)} actions={[{ label: '重试', onClick: () => void submit() }]} />}
      <View className="card">
        <FormField label={T.date} error={errors.date} hint={T.dateHint(lastDay)} required>
          <DateField value={form.date} label={T.date} start={today} end={lastDay} onChange={(date) => change({ date })} />
        </FormField>
        <Text className="text-secondary block">
          {sameDay.length > 0 ? T.dayTaken(sameDay.map((s) => `${s.start}–${s.end} ${s.activity}`).join('、')) : T.dayFree}
        </Text>
        <FormField label={T.start} error={errors.start} hint={onFreeSlot ? T.freeSlot : !loaded && !slot ? T.noFreeSlot : undefined} required>
          <TimeField value={form.start} label={T.start} onChange={(start) => change({ start })} />
        </FormField>
        <FormField label={T.end} error={errors.end} required>
          <TimeField value={form.end} label={T.end} onChange={(end) => change({ end })} />
        </FormField>
        <FormField label={T.activity} error={errors.activity} required>
          <Input className="field__input" value={form.activity} placeholder={T.activityPlaceholder} ariaLabel={T.activity} onInput={(event) => change({ activity: event.detail.value })} />
        </FormField>
        <FormField label={`${T.ageMin} / ${T.ageMax}`} error={errors.age} required>
          <View className="rooms__checkin">
            <Input className="field__input" type="number" value={form.ageMin} ariaLabel={T.ageMin} onInput={(event) => change({ ageMin: event.detail.value })} />
            <Input className="field__input" type="number" value={form.ageMax} ariaLabel={T.ageMax} onInput={(event) => change({ ageMax: event.detail.value })} />
          </View>
        </FormField>
        <FormField label={T.capacity} error={errors.capacity} required>
          <Input className="field__input" type="number" value={form.capacity} ariaLabel={T.capacity} onInput={(event) => change({ capacity: event.detail.value })} />
        </FormField>
        <Button className="btn btn--primary btn--block" disabled={save.pending} onClick={() => void submit()}>
          {T.save}
        </Button>
      </View>
    </View>
  )
}
