import { Text, View } from '@tarojs/components'
import { Input } from '@/components/taro/input'
import { Textarea } from '@/components/taro/textarea'
import { Button } from '@/components/button'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { ChoiceGroup } from '@/components/choice-group'
import { DateField } from '@/components/date-field'
import { FormField } from '@/components/form-field'
import { ListState } from '@/components/list-state'
import { Notice } from '@/components/notice'
import { PageShell } from '@/components/page-shell'
import { addDays } from '@/domain/dates'
import { HELP_TYPES, helpFormErrors, type HalfDay, NEED_MAX, VOLUNTEER_LABELS, type HelpField, type HelpForm, type HelpType, type VolunteerKind } from '@/domain/help'
import { hasErrors } from '@/domain/validation'
import { useDraft } from '@/hooks/use-draft'
import { useLoader } from '@/hooks/use-loader'
import { useSubmit } from '@/hooks/use-submit'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import type { HelpOverview } from '@/contract/help'
import { useSessionStore } from '@/stores/session-store'
import { helpApi } from '../../service'
import { HELP_TEXTS, REQUEST_TEXTS as T } from '../../texts'
import '../../help.scss'
import { NotForThisRole } from '@/components/page-gates'
import { useToday } from '@/app/clock'

export default function RequestPage() {
  const user = useSessionStore((state) => state.session?.user ?? null)
  if (user?.role !== 'special_family') {
    return (
      <NotForThisRole message={HELP_TEXTS.notForYou} />
    )
  }
  return <RequestForm key={user.id} userId={user.id} />
}

type Draft = HelpForm & { consentTicked: boolean }

function emptyForm(overview: HelpOverview, today: string): Draft {
  return {
    type: '',
    volunteerKind: '',
    need: '',
    preferredDate: addDays(today, 1),
    halfDay: '',
    address: overview.address,
    phone: overview.phone,
    urgent: false,
    callOnly: false,
    consentTicked: false,
  }
}

function RequestForm({ userId }: { userId: string }) {
  const today = useToday()
  const overview = useLoader(() => helpApi().call('help.overview'))
  // Everything typed is kept on this phone until it is sent: a failed send or a reload loses nothing.
  const { draft, setDraft, clearDraft, restoredAtOpen } = useDraft<Draft>(`help-request:${userId}`)
  const [errors, setErrors] = useState<Partial<Record<HelpField | 'consent', string>>>({})
  const submit = useSubmit(async (key: string, form: HelpForm, needsConsent: boolean) => {
    if (needsConsent) await helpApi().call('help.consent')
    // helpFormErrors has passed, so the choices are made; the backend checks them again.
    const request = { ...form, type: form.type as HelpType, halfDay: form.halfDay as HalfDay, volunteerKind: form.type === 'volunteer' ? (form.volunteerKind as VolunteerKind) : null }
    return helpApi().call('help.submit', { request }, { idempotencyKey: key })
  })

  if (!overview.data) {
    return (
      <PageShell>
        <ListState status={overview.status} errorMessage={`${HELP_TEXTS.loadFailed}：${overview.error}`} onRetry={() => void overview.reload()} />
      </PageShell>
    )
  }
  const data = overview.data
  const form = draft ?? emptyForm(data, today)
  const needsConsent = data.consentedAt === null
  // Editing a field takes its old message away; the live length check still speaks for itself.
  const change = (patch: Partial<Draft>) => {
    setDraft({ ...form, ...patch })
    setErrors((current) => {
      const next = { ...current }
      for (const key of Object.keys(patch)) delete next[(key === 'consentTicked' ? 'consent' : key) as keyof typeof next]
      return next
    })
    submit.clearError()
  }

  async function send() {
    const found: Partial<Record<HelpField | 'consent', string>> = helpFormErrors(form, today)
    if (needsConsent && !form.consentTicked) found.consent = T.consentRequired
    setErrors(found)
    if (hasErrors(found)) {
      void Taro.showToast({ title: T.fixErrors, icon: 'none' })
      return
    }
    const result = await submit.submit(form, needsConsent)
    if (result.ok) {
      clearDraft()
      void Taro.showToast({ title: T.done, icon: 'none', duration: 2500 })
      openPage(ROUTES.helpDetail, { id: result.value.id })
      return
    }
    if (result.error.fieldErrors) setErrors(result.error.fieldErrors as Partial<Record<HelpField, string>>)
  }

  const failure = submit.error && submit.error.code !== 'VALIDATION'
  return (
    <PageShell>
      {restoredAtOpen && draft && <Notice tone="info" message={T.restored} />}
      {failure && <Notice tone="error" message={T.failed(submit.error!.message)} actions={[{ label: T.retry, onClick: () => void send() }]} />}
      <View className="card">
        <FormField label={T.type} error={errors.type} required>
          <ChoiceGroup label={T.type} value={form.type} options={HELP_TYPES.map((type) => ({ value: type.id, label: type.label }))} onChange={(type) => change({ type })} />
        </FormField>
        {form.type === 'volunteer' && (
          <FormField label={T.volunteerKind} error={errors.volunteerKind} required>
            <ChoiceGroup
              label={T.volunteerKind}
              value={form.volunteerKind}
              options={Object.entries(VOLUNTEER_LABELS).map(([value, label]) => ({ value: value as VolunteerKind, label }))}
              onChange={(volunteerKind) => change({ volunteerKind })}
            />
          </FormField>
        )}
        <FormField label={T.need} error={errors.need} count={{ length: form.need.trim().length, max: NEED_MAX }} required>
          <Textarea className="field__textarea help__need" value={form.need} maxlength={-1} placeholder={T.needPlaceholder} ariaLabel={T.need} onInput={(e) => change({ need: e.detail.value })} />
        </FormField>
        <FormField label={T.date} error={errors.preferredDate} required>
          <DateField value={form.preferredDate} label={T.date} start={today} end={addDays(today, 30)} onChange={(preferredDate) => change({ preferredDate })} />
        </FormField>
        <FormField label={T.halfDay} error={errors.halfDay} required>
          <ChoiceGroup<'am' | 'pm'>
            label={T.halfDay}
            value={form.halfDay}
            options={[
              { value: 'am', label: '上午' },
              { value: 'pm', label: '下午' },
            ]}
            onChange={(halfDay) => change({ halfDay })}
          />
        </FormField>
        <View className="help__check" role="checkbox" ariaLabel={T.callOnly} aria-checked={form.callOnly ? 'true' : 'false'} onClick={() => change({ callOnly: !form.callOnly })}>
          <View className={`help__box${form.callOnly ? ' help__box--on' : ''}`}>{form.callOnly ? '✓' : ''}</View>
          <Text>{T.callOnly}</Text>
        </View>
        <View className="row-gap" />
        {!form.callOnly && (
          <FormField label={T.address} error={errors.address} required>
            <Input className="field__input" value={form.address} ariaLabel={T.address} onInput={(e) => change({ address: e.detail.value })} />
          </FormField>
        )}
        <FormField label={T.phone} error={errors.phone} hint={T.phoneHint} required>
          {/* Text, not number: a landline is written with its area code, 0571-88912345. */}
          <Input className="field__input" type="text" maxlength={-1} value={form.phone} ariaLabel={T.phone} onInput={(e) => change({ phone: e.detail.value })} />
        </FormField>
        <FormField label={T.urgent} required>
          <ChoiceGroup<'normal' | 'urgent'>
            label={T.urgent}
            value={form.urgent ? 'urgent' : 'normal'}
            options={[
              { value: 'normal', label: T.normal },
              { value: 'urgent', label: T.urgentLabel },
            ]}
            onChange={(value) => change({ urgent: value === 'urgent' })}
          />
        </FormField>
        {needsConsent && (
          <FormField label={T.consentTitle} error={errors.consent}>
            <View className="help__check" role="checkbox" ariaLabel={T.consentTitle} aria-checked={form.consentTicked ? 'true' : 'false'} onClick={() => change({ consentTicked: !form.consentTicked })}>
              <View className={`help__box${form.consentTicked ? ' help__box--on' : ''}`}>{form.consentTicked ? '✓' : ''}</View>
              <Text>{T.consentText(data.contacts.map((c) => c.name).join('、'))}</Text>
            </View>
          </FormField>
        )}
        <Button className="btn btn--primary btn--block help__big" disabled={submit.pending} onClick={() => void send()}>
          {submit.pending ? T.submitting : T.submit}
        </Button>
      </View>
    </PageShell>
  )
}
