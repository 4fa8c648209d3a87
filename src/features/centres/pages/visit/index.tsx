import { Text, View } from '@tarojs/components'
import { Input } from '@/components/taro/input'
import { Button } from '@/components/button'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { ChoiceGroup } from '@/components/choice-group'
import { DateField } from '@/components/date-field'
import { FormField } from '@/components/form-field'
import { ListState, type LoadStatus } from '@/components/list-state'
import { Notice } from '@/components/notice'
import { PageShell } from '@/components/page-shell'
import { visitErrors, type VisitField } from '@/domain/centres'
import { addDays } from '@/domain/dates'
import { firstChildUnderThree } from '@/domain/under-three'
import { hasErrors, normaliseMobile } from '@/domain/validation'
import { useDraft } from '@/hooks/use-draft'
import { useLoader } from '@/hooks/use-loader'
import { useSubmit } from '@/hooks/use-submit'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import type { ProfileDto } from '@/services'
import type { CentreDto } from '@/contract/centres'
import type { VisitSlot } from '@/domain/centre-visits'
import { useFamilyStore } from '@/stores/family-store'
import { useSessionStore } from '@/stores/session-store'
import { centresApi } from '../../service'
import { CENTRES_TEXTS, VISIT_TEXTS as T } from '../../texts'
import '../../centres.scss'
import { SignInFirst } from '@/components/page-gates'
import { todayInChina, useToday } from '@/app/clock'

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
  return (
    <PageShell>
      <VisitForm key={userId} centreId={id} />
    </PageShell>
  )
}

function VisitForm({ centreId }: { centreId: string }) {
  const centre = useLoader(() => centresApi().call('centres.centre', { id: centreId }), [centreId])
  const profile = useFamilyStore((state) => state.profile)
  const profileFailed = useFamilyStore((state) => state.status === 'error')
  useEffect(() => {
    if (!useFamilyStore.getState().profile) void useFamilyStore.getState().load()
  }, [])
  // The form waits for the profile, so the account's phone and the child's age are there when the
  // fields first draw (an H5 Input changed just after it mounts can miss the value). Without a
  // profile the form still opens, empty.
  const status: LoadStatus = centre.status === 'ready' && !profile && !profileFailed ? 'loading' : centre.status
  return (
    <ListState status={status} errorMessage={`${CENTRES_TEXTS.loadFailed}：${centre.error}`} onRetry={() => void centre.reload()}>
      {centre.data && <FilledForm centreId={centreId} centre={centre.data} known={knownFrom(profile)} />}
    </ListState>
  )
}

interface Known {
  phone: string
  child: { name: string; months: number } | null
}

/** What the account already knows for this form: its phone, and a child under three with their age. */
function knownFrom(profile: ProfileDto | null): Known {
  return { phone: profile?.phone ?? '', child: firstChildUnderThree(profile?.family.children ?? [], todayInChina()) }
}

function FilledForm({ centreId, centre, known }: { centreId: string; centre: CentreDto; known: Known }) {
  const today = useToday()
  const { draft, setDraft, clearDraft } = useDraft<VisitDraft>(`centres-visit:${centreId}`)
  const form: VisitDraft = draft ?? { date: '', slot: '', phone: known.phone, childAge: known.child ? String(known.child.months) : '' }
  const [errors, setErrors] = useState<Partial<Record<VisitField, string>>>({})
  const submit = useSubmit((key: string) =>
    centresApi().call(
      'centres.requestVisit',
      { centreId, date: form.date, slot: form.slot as VisitSlot, phone: form.phone, childAgeMonths: Number(form.childAge) },
      { idempotencyKey: key },
    ),
  )

  const change = (patch: Partial<VisitDraft>) => setDraft({ ...form, ...patch })

  async function send() {
    const found = visitErrors({ ...form, childAgeMonths: form.childAge === '' ? null : Number(form.childAge) }, today, centre)
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

  const phoneIsAccounts = known.phone !== '' && normaliseMobile(form.phone) === known.phone
  const ageIsChilds = known.child !== null && form.childAge === String(known.child.months)
  return (
    <>
      <Text className="page-title">{centre.name}</Text>
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
        <FormField label={T.phone} error={errors.phone} hint={phoneIsAccounts ? T.phoneFromAccount : T.phoneHint} required>
          <Input className="field__input" type="number" maxlength={11} value={form.phone} placeholder={T.phonePlaceholder} ariaLabel={T.phone} onInput={(e) => change({ phone: e.detail.value })} />
        </FormField>
        <FormField label={T.childAge} error={errors.childAgeMonths} hint={ageIsChilds && known.child ? T.ageFromProfile(known.child.name) : undefined} required>
          <Input className="field__input" type="number" maxlength={2} value={form.childAge} ariaLabel={T.childAge} onInput={(e) => change({ childAge: e.detail.value })} />
        </FormField>
        <Button className="btn btn--primary btn--block" disabled={submit.pending} onClick={() => void send()}>
          {submit.pending ? T.submitting : T.submit}
        </Button>
      </View>
    </>
  )
}
