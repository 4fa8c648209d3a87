import Taro from '@tarojs/taro'
import { useState } from 'react'
import { now, useToday } from '@/app/clock'
import { sessionErrors, type SessionInput } from '@/domain/booking'
import { timesChanged } from '@/domain/session-changes'
import { firstFreeSlot, lastBookableDate } from '@/domain/session-schedule'
import { hasErrors } from '@/domain/validation'
import type { RoomSchedule, SessionDto } from '@/contract/rooms'
import { useDraft } from '@/hooks/use-draft'
import { useSubmit } from '@/hooks/use-submit'
import { goBack } from '@/navigation'
import { roomsApi } from '../service'
import { INSTRUCTOR_TEXTS as T } from '../texts'
import { editorErrors, newSessionDraft, savedDraft, toInput, type SessionDraft, type SessionErrors } from './session-draft'

interface Args {
  roomId: string
  id?: string
  schedule: RoomSchedule
  /** The session as saved, when editing one. */
  loaded: SessionDto | null
}

/**
 * The instructor arranges a new session or changes one. What is typed is a draft until saved;
 * the backend's rules are applied before sending, and moving a session that families hold or
 * wait for is confirmed first, because each of them is then asked to keep or release the place.
 */
export function useSessionForm({ roomId, id, schedule, loaded }: Args) {
  const { draft, setDraft, clearDraft } = useDraft<SessionDraft>(`rooms-session:${roomId}:${id ?? 'new'}`)
  const [errors, setErrors] = useState<SessionErrors>({})
  const save = useSubmit((key: string, session: SessionInput) =>
    roomsApi().call('rooms.saveSession', id ? { id, roomId, session } : { roomId, session }, { idempotencyKey: key }),
  )
  const today = useToday()
  const slot = loaded ? null : firstFreeSlot({ today, hours: schedule.hours, taken: schedule.sessions })
  const form: SessionDraft = draft ?? (loaded ? savedDraft(loaded) : newSessionDraft(schedule, slot, today))
  const others = schedule.sessions.filter((session) => session.id !== id)
  const current = schedule.sessions.find((session) => session.id === id)
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

  return {
    form,
    change: (patch: Partial<SessionDraft>) => setDraft({ ...form, ...patch }),
    errors,
    today,
    lastDay: lastBookableDate(today),
    /** The room's other sessions on the chosen day, so a clash is seen before saving. */
    sameDay: others.filter((session) => session.date === form.date.trim()),
    /** Whether the form still holds the first free slot it started with. */
    onFreeSlot: slot !== null && form.date === slot.date && form.start === slot.start && form.end === slot.end,
    /** A new session for which no free slot was found within the horizon. */
    noFreeSlot: !loaded && !slot,
    pending: save.pending,
    /** A failure other than the fields', shown above the form with a retry. */
    failure: save.error && save.error.code !== 'VALIDATION' ? save.error.message : null,
    submit,
  }
}
