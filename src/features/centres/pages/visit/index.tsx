import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Input } from '@/components/taro/input'
import { Button } from '@/components/button'
import { ChoiceGroup } from '@/components/choice-group'
import { DateField } from '@/components/date-field'
import { FormField } from '@/components/form-field'
import { ListState } from '@/components/list-state'
import { Notice } from '@/components/notice'
import { PageShell } from '@/components/page-shell'
import { SignedIn } from '@/components/page-gates'
import type { VisitSlot } from '@/domain/centre-visits'
import type { CentreDto } from '@/contract/centres'
import { useVisitCentre, useVisitRequest } from '../../model/use-visit-request'
import type { Known } from '../../model/visit-form'
import { VISIT_TEXTS as T } from '../../texts'
import '../../centres.scss'

export default function VisitPage() {
  const id = useRouter().params.id ?? ''
  return (
    <SignedIn message={T.signIn}>
      {(user) => (
        <PageShell>
          <VisitForm key={user.id} centreId={id} />
        </PageShell>
      )}
    </SignedIn>
  )
}

function VisitForm({ centreId }: { centreId: string }) {
  const { centre, listState, known } = useVisitCentre(centreId)
  return <ListState {...listState}>{centre && <FilledForm centreId={centreId} centre={centre} known={known} />}</ListState>
}

const SLOTS = [
  { value: 'morning' as const, label: T.morning },
  { value: 'afternoon' as const, label: T.afternoon },
]

function FilledForm({ centreId, centre, known }: { centreId: string; centre: CentreDto; known: Known }) {
  const { form, errors, change, send, pending, failure, dateRange, phoneIsAccounts, ageFromChild } = useVisitRequest(centreId, centre, known)
  return (
    <>
      <Text className="page-title">{centre.name}</Text>
      {failure !== null && <Notice tone="error" message={T.failed(failure)} actions={[{ label: T.retry, onClick: send }]} />}
      <View className="card">
        <FormField label={T.date} error={errors.date} required>
          <DateField value={form.date} label={T.date} start={dateRange.start} end={dateRange.end} onChange={(date) => change({ date })} />
        </FormField>
        <FormField label={T.slot} error={errors.slot} required>
          <ChoiceGroup<VisitSlot> label={T.slot} value={form.slot} options={SLOTS} onChange={(slot) => change({ slot })} />
        </FormField>
        <FormField label={T.phone} error={errors.phone} hint={phoneIsAccounts ? T.phoneFromAccount : T.phoneHint} required>
          <Input className="field__input" type="number" maxlength={11} value={form.phone} placeholder={T.phonePlaceholder} ariaLabel={T.phone} onInput={(e) => change({ phone: e.detail.value })} />
        </FormField>
        <FormField label={T.childAge} error={errors.childAgeMonths} hint={ageFromChild ? T.ageFromProfile(ageFromChild) : undefined} required>
          <Input className="field__input" type="number" maxlength={2} value={form.childAge} ariaLabel={T.childAge} onInput={(e) => change({ childAge: e.detail.value })} />
        </FormField>
        <Button className="btn btn--primary btn--block" disabled={pending} onClick={send}>
          {pending ? T.submitting : T.submit}
        </Button>
      </View>
    </>
  )
}
