import { Input, Text, View } from '@tarojs/components'
import { Button } from '../../../../components/button'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { ChoiceGroup } from '../../../../components/choice-group'
import { DateField } from '../../../../components/date-field'
import { FormField } from '../../../../components/form-field'
import { ListState } from '../../../../components/list-state'
import { Notice } from '../../../../components/notice'
import { PageShell } from '../../../../components/page-shell'
import { visitErrors, type VisitField } from '../../../../domain/centres'
import { addDays, ageInMonths, chinaDate } from '../../../../domain/dates'
import { hasErrors } from '../../../../domain/validation'
import { useDraft } from '../../../../hooks/use-draft'
import { useLoader } from '../../../../hooks/use-loader'
import { useSubmit } from '../../../../hooks/use-submit'
import { openPage } from '../../../../navigation'
import { ROUTES } from '../../../../routes'
import type { VisitSlot } from '../../../../services/centres-api'
import { useFamilyStore } from '../../../../stores/family-store'
import { useSessionStore } from '../../../../stores/session-store'
import { centresService } from '../../service'
import { CENTRES_TEXTS, VISIT_TEXTS as T } from '../../texts'
import '../../centres.scss'
import { SignInFirst } from '../../../../components/page-gates'

interface VisitDraft {
  date: string
  slot: VisitSlot | ''
  phone: string
  childAge: string
}

export default function VisitPage() {
  const id = useRouter().params.id ?? ''
  const userId = useSessionStore((state) => state.session?.user.id ?? null)
  if (!userId) {
    return (
      <SignInFirst message={T.signIn} />
    )
  }
  return <VisitForm key={userId} centreId={id} />
}

function VisitForm({ centreId }: { centreId: string }) {
  const today = chinaDate(Date.now())
  const centre = useLoader(() => centresService().centre(centreId), [centreId])
  const profile = useFamilyStore((state) => state.profile)
  const child = profile?.family.children.find((candidate) => ageInMonths(candidate.birthDate, today) <= 36)
  const { draft, setDraft, clearDraft } = useDraft<VisitDraft>(`centres-visit:${centreId}`)
  const form: VisitDraft = draft ?? { date: '', slot: '', phone: '', childAge: child ? String(ageInMonths(child.birthDate, today)) : '' }
  const [errors, setErrors] = useState<Partial<Record<VisitField, string>>>({})
  const submit = useSubmit((key: string) =>
    centresService().requestVisit(
      { centreId, date: form.date, slot: form.slot as VisitSlot, phone: form.phone, childAgeMonths: Number(form.childAge) },
      key,
    ),
  )

  const change = (patch: Partial<VisitDraft>) => setDraft({ ...form, ...patch })

  async function send() {
    if (!centre.data) return
    const found = visitErrors({ ...form, childAgeMonths: form.childAge === '' ? null : Number(form.childAge) }, today, centre.data)
    setErrors(found)
    if (hasErrors(found)) return
    const result = await submit.submit()
    if (result.ok) {
      clearDraft()
      void Taro.showToast({ title: T.done, icon: 'none', duration: 2500 })
      openPage(ROUTES.centresMine, { tab: 'visits' })
      return
    }
    if (result.error.fieldErrors) setErrors(result.error.fieldErrors as Partial<Record<VisitField, string>>)
  }

  return (
    <PageShell>
      <ListState status={centre.status} errorMessage={`${CENTRES_TEXTS.loadFailed}：${centre.error}`} onRetry={() => void centre.reload()}>
        {centre.data && <Text className="page-title">{centre.data.name}</Text>}
        {submit.error && submit.error.code !== 'VALIDATION' && (
          <Notice tone="error" message={T.failed(submit.error.message)} actions={[{ label: T.retry, onClick: () => void send() }]} />
        )}
        <View className="card">
          <FormField label={T.date} error={errors.date} required>
            <DateField value={form.date} label={T.date} start={addDays(today, 1)} end={addDays(today, 30)} onChange={(date) => change({ date })} />
          </FormField>
          <FormField label={T.slot} error={errors.slot} required>
            <ChoiceGroup<VisitSlot>
              label={T.slot}
              value={form.slot}
              options={[
                { value: 'morning', label: T.morning },
                { value: 'afternoon', label: T.afternoon },
              ]}
              onChange={(slot) => change({ slot })}
            />
          </FormField>
          <FormField label={T.phone} error={errors.phone} required>
            <Input className="field__input" type="number" maxlength={11} value={form.phone} placeholder={T.phonePlaceholder} ariaLabel={T.phone} onInput={(e) => change({ phone: e.detail.value })} />
          </FormField>
          <FormField label={T.childAge} error={errors.childAgeMonths} required>
            <Input className="field__input" type="number" maxlength={2} value={form.childAge} ariaLabel={T.childAge} onInput={(e) => change({ childAge: e.detail.value })} />
          </FormField>
          <Button className="btn btn--primary btn--block" disabled={submit.pending} onClick={() => void send()}>
            {submit.pending ? T.submitting : T.submit}
          </Button>
        </View>
      </ListState>
    </PageShell>
  )
}
