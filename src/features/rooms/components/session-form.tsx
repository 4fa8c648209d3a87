import { Text, View } from '@tarojs/components'
import { Input } from '@/components/taro/input'
import { Button } from '@/components/button'
import { DateField } from '@/components/date-field'
import { FormField } from '@/components/form-field'
import { NoBreakText } from '@/components/no-break-text'
import { Notice } from '@/components/notice'
import type { RoomSchedule, SessionDto } from '@/contract/rooms'
import { useSessionForm } from '../model/use-session-form'
import { INSTRUCTOR_TEXTS as T } from '../texts'
import { TimeField } from './time-field'

/** The session editor's form, once the room's schedule (and the session being edited) are loaded. */
export function SessionForm({ roomId, id, schedule, loaded }: { roomId: string; id?: string; schedule: RoomSchedule; loaded: SessionDto | null }) {
  const { form, change, errors, today, lastDay, sameDay, onFreeSlot, noFreeSlot, pending, failure, submit } = useSessionForm({ roomId, id, schedule, loaded })
  return (
    <View>
      <Text className="page-title">{loaded ? T.editTitle : T.newTitle}</Text>
      <Text className="rooms__name">{schedule.roomName}</Text>
      <NoBreakText className="text-secondary block" text={T.hoursLine(schedule.hoursText)} />
      {failure && <Notice tone="error" message={T.saveFailed(failure)} actions={[{ label: T.retry, onClick: () => void submit() }]} />}
      <View className="card">
        <FormField label={T.date} error={errors.date} hint={T.dateHint(lastDay)} required>
          <DateField value={form.date} label={T.date} start={today} end={lastDay} onChange={(date) => change({ date })} />
        </FormField>
        <Text className="text-secondary block">{sameDay.length > 0 ? T.dayTaken(sameDay.map((s) => `${s.start}–${s.end} ${s.activity}`).join('、')) : T.dayFree}</Text>
        <FormField label={T.start} error={errors.start} hint={onFreeSlot ? T.freeSlot : noFreeSlot ? T.noFreeSlot : undefined} required>
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
        <Button className="btn btn--primary btn--block" disabled={pending} onClick={() => void submit()}>
          {T.save}
        </Button>
      </View>
    </View>
  )
}
