import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Button } from '@/components/button'
import { FormField } from '@/components/form-field'
import { ListState } from '@/components/list-state'
import { Notice } from '@/components/notice'
import { PageShell } from '@/components/page-shell'
import type { FamilyCareDto } from '@/contract/care'
import { PHONE_IN_TEXTS as T } from '../../care-texts'
import { ContactOnly } from '../../components/contact-only'
import { HelpCheck } from '../../components/help-check'
import { RequestFields } from '../../components/request-fields'
import { useFamilyCare } from '../../model/use-family-care'
import { usePhoneIn } from '../../model/use-phone-in'
import { REQUEST_TEXTS } from '../../texts'
import '../../help.scss'

export default function CarePhoneInPage() {
  const familyId = useRouter().params.familyId ?? ''
  return <ContactOnly>{(user) => <PhoneInBody key={user.id} familyId={familyId} userId={user.id} />}</ContactOnly>
}

/** The family's address and phone prefill the form: read once, so nothing reloads under what is typed. */
function PhoneInBody({ familyId, userId }: { familyId: string; userId: string }) {
  const family = useFamilyCare(familyId, userId, { refreshOnShow: false })
  return <PageShell>{family.data ? <PhoneInForm userId={userId} family={family.data} /> : <ListState {...family.listState} />}</PageShell>
}

function PhoneInForm({ userId, family }: { userId: string; family: FamilyCareDto }) {
  const phoneIn = usePhoneIn(userId, family)
  const { form, errors, change } = phoneIn
  return (
    <>
      <Text className="page-title">{T.title(family.name)}</Text>
      {phoneIn.restored && <Notice tone="info" message={REQUEST_TEXTS.restored} />}
      {phoneIn.failure && <Notice tone="error" message={REQUEST_TEXTS.failed(phoneIn.failure)} actions={[{ label: REQUEST_TEXTS.retry, onClick: phoneIn.send }]} />}
      <View className="card">
        <RequestFields form={form} errors={errors} today={phoneIn.today} onChange={change} />
        <FormField label={T.agreeTitle} error={errors.familyAgreed} required>
          <HelpCheck label={T.agreeText} checked={form.familyAgreed} onToggle={() => change({ familyAgreed: !form.familyAgreed })} />
        </FormField>
        <Text className="text-secondary block">{T.shownAs(family.name)}</Text>
        <View className="row-gap" />
        <Button className="btn btn--primary btn--block help__big" disabled={phoneIn.pending || undefined} onClick={phoneIn.send}>
          {phoneIn.pending ? T.submitting : T.submit}
        </Button>
      </View>
    </>
  )
}
