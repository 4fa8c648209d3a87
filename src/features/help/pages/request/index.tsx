import { View } from '@tarojs/components'
import { Button } from '@/components/button'
import { FormField } from '@/components/form-field'
import { ListState } from '@/components/list-state'
import { Notice } from '@/components/notice'
import { NotForThisRole } from '@/components/page-gates'
import { PageShell } from '@/components/page-shell'
import type { HelpOverview } from '@/contract/help'
import { useSessionStore } from '@/stores/session-store'
import { HelpCheck } from '../../components/help-check'
import { RequestFields } from '../../components/request-fields'
import { useHelpOverview } from '../../model/use-help-overview'
import { useHelpRequest } from '../../model/use-help-request'
import { HELP_TEXTS, REQUEST_TEXTS as T } from '../../texts'
import '../../help.scss'

export default function RequestPage() {
  const user = useSessionStore((state) => state.session?.user ?? null)
  if (user?.role !== 'special_family') {
    return <NotForThisRole message={HELP_TEXTS.notForYou} />
  }
  return <RequestBody key={user.id} userId={user.id} />
}

function RequestBody({ userId }: { userId: string }) {
  const overview = useHelpOverview()
  return <PageShell>{overview.data ? <RequestForm userId={userId} overview={overview.data} /> : <ListState {...overview.listState} />}</PageShell>
}

function RequestForm({ userId, overview }: { userId: string; overview: HelpOverview }) {
  const request = useHelpRequest(userId, overview)
  const { form, errors, change } = request
  return (
    <>
      {request.restored && <Notice tone="info" message={T.restored} />}
      {request.failure && <Notice tone="error" message={T.failed(request.failure)} actions={[{ label: T.retry, onClick: () => void request.send() }]} />}
      <View className="card">
        <RequestFields form={form} errors={errors} today={request.today} onChange={change} />
        {request.needsConsent && (
          <FormField label={T.consentTitle} error={errors.consent}>
            <HelpCheck label={T.consentTitle} text={T.consentText(request.contactNames)} checked={form.consentTicked} onToggle={() => change({ consentTicked: !form.consentTicked })} />
          </FormField>
        )}
        <Button className="btn btn--primary btn--block help__big" disabled={request.pending} onClick={() => void request.send()}>
          {request.pending ? T.submitting : T.submit}
        </Button>
      </View>
    </>
  )
}
