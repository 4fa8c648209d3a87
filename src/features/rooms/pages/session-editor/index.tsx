import { Input, Picker, Text, View } from '@tarojs/components'
import { Button } from '../../../../components/button'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { DateField } from '../../../../components/date-field'
import { FormField } from '../../../../components/form-field'
import { ListState } from '../../../../components/list-state'
import { Notice } from '../../../../components/notice'
import { PageShell } from '../../../../components/page-shell'
import type { SessionField, SessionInput } from '../../../../domain/booking'
import { addDays, chinaDate } from '../../../../domain/dates'
import { useDraft } from '../../../../hooks/use-draft'
import { useLoader } from '../../../../hooks/use-loader'
import { useSubmit } from '../../../../hooks/use-submit'
import { goBack } from '../../../../navigation'
import { useSessionStore } from '../../../../stores/session-store'
import { roomsService } from '../../service'
import { INSTRUCTOR_TEXTS as T, ROOMS_TEXTS } from '../../texts'
import '../../rooms.scss'
import { NotForThisRole } from '../../../../components/page-gates'

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
  date: draft.date,
  start: draft.start,
  end: draft.end,
  activity: draft.activity.trim(),
  ageMin: Number(draft.ageMin),
  ageMax: Number(draft.ageMax),
  capacity: Number(draft.capacity),
})

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

function Editor({ roomId, id }: { roomId: string; id?: string }) {
  const existing = useLoader(() => (id ? roomsService().session(id) : Promise.resolve(null)), [id])
  const { draft, setDraft, clearDraft } = useDraft<SessionDraft>(`rooms-session:${roomId}:${id ?? 'new'}`)
  const [errors, setErrors] = useState<Partial<Record<SessionField, string>>>({})
  const save = useSubmit((key: string, input: SessionInput) => roomsService().saveSession(roomId, input, key, id))
  const today = chinaDate(Date.now())
  const loaded = existing.data
  const form: SessionDraft = draft ??
    (loaded
      ? { ...loaded, ageMin: String(loaded.ageMin), ageMax: String(loaded.ageMax), capacity: String(loaded.capacity) }
      : { date: addDays(today, 1), start: '10:00', end: '11:00', activity: '', ageMin: '0', ageMax: '36', capacity: '8' })

  const change = (patch: Partial<SessionDraft>) => setDraft({ ...form, ...patch })

  async function submit() {
    const result = await save.submit(toInput(form))
    if (result.ok) {
      clearDraft()
      setErrors({})
      void Taro.showToast({ title: T.saved, icon: 'success' })
      goBack()
      return
    }
    setErrors((result.error.fieldErrors ?? {}) as Partial<Record<SessionField, string>>)
  }

  const failure = save.error && save.error.code !== 'VALIDATION'
  return (
    <PageShell>
      <ListState status={existing.status} errorMessage={`${ROOMS_TEXTS.loadFailed}：${existing.error}`} onRetry={() => void existing.reload()}>
        {loaded && <Text className="page-title">{loaded.roomName}</Text>}
        {failure && <Notice tone="error" message={T.saveFailed(save.error!.message)} actions={[{ label: '重试', onClick: () => void submit() }]} />}
        <View className="card">
          <FormField label={T.date} error={errors.date} required>
            <DateField value={form.date} label={T.date} start={today} end={addDays(today, 60)} onChange={(date) => change({ date })} />
          </FormField>
          <FormField label={T.start} error={errors.start} required>
            <Picker mode="time" value={form.start} onChange={(event) => change({ start: String(event.detail.value) })}>
              <View className="field__input" role="button" ariaLabel={`${T.start} ${form.start}`}>
                <Text>{form.start}</Text>
              </View>
            </Picker>
          </FormField>
          <FormField label={T.end} error={errors.end} required>
            <Picker mode="time" value={form.end} onChange={(event) => change({ end: String(event.detail.value) })}>
              <View className="field__input" role="button" ariaLabel={`${T.end} ${form.end}`}>
                <Text>{form.end}</Text>
              </View>
            </Picker>
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
      </ListState>
    </PageShell>
  )
}
