import { Text } from '@tarojs/components'
import { Button } from '@/components/button'
import { ListState } from '@/components/list-state'
import { Notice } from '@/components/notice'
import { NotForThisRole, SignedIn } from '@/components/page-gates'
import { PageShell } from '@/components/page-shell'
import { FAMILY_HEALTH_CONSENT_POINTS } from '@/consent-texts'
import { SituationFields } from '../../components/situation-fields'
import { useSituationForm } from '../../model/use-situation-form'
import { SITUATION_TEXTS as T, SUPPORT_TEXTS } from '../../texts'
import '../../support.scss'

export default function SituationPage() {
  return (
    <SignedIn message={SUPPORT_TEXTS.signInHint}>
      {(user) => (user.role === 'parent' ? <Situation key={user.id} userId={user.id} /> : <NotForThisRole message={SUPPORT_TEXTS.notForRole} />)}
    </SignedIn>
  )
}

function Situation({ userId }: { userId: string }) {
  const situation = useSituationForm(userId)
  const { form } = situation

  return (
    <PageShell>
      <Text className="page-title">{T.title}</Text>
      <Text className="text-secondary block">{T.intro}</Text>
      <ListState {...situation.mine.listState} status={form ? 'ready' : situation.mine.status}>
        {situation.restored && <Notice tone="info" message={T.restored} actions={[{ label: T.discard, onClick: situation.discard }]} />}
        {situation.failure !== null && <Notice tone="error" message={T.failed(situation.failure)} actions={[{ label: T.retry, onClick: situation.save }]} />}
        {situation.consentRefused && <Notice tone="info" message={T.consentRefused} />}
        {form && (
          <SituationFields form={form} errors={situation.errors} expecting={situation.expecting} born={situation.born} onChange={situation.change} />
        )}
        {form && (
          <Button className="btn btn--primary btn--block" disabled={situation.pending || undefined} onClick={situation.save}>
            {situation.pending ? T.saving : T.save}
          </Button>
        )}
      </ListState>
      {situation.consentSheet({ title: T.consentTitle, points: FAMILY_HEALTH_CONSENT_POINTS })}
    </PageShell>
  )
}
