import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Button } from '@/components/button'
import { ListState } from '@/components/list-state'
import { Notice } from '@/components/notice'
import { PageShell } from '@/components/page-shell'
import { LOG_TEXTS as T } from '../../care-texts'
import { ContactLogFields } from '../../components/contact-log-fields'
import { ContactOnly } from '../../components/contact-only'
import { useContactLog } from '../../model/use-contact-log'
import { useFamilyCare } from '../../model/use-family-care'
import '../../help.scss'

export default function CareLogPage() {
  const familyId = useRouter().params.familyId ?? ''
  return <ContactOnly>{(user) => <LogBody key={user.id} familyId={familyId} userId={user.id} />}</ContactOnly>
}

/** The family is read once (not on show), so the form never goes back to loading under what is typed. */
function LogBody({ familyId, userId }: { familyId: string; userId: string }) {
  const family = useFamilyCare(familyId, userId, { refreshOnShow: false })
  return <PageShell>{family.data ? <LogForm familyId={familyId} userId={userId} name={family.data.name} /> : <ListState {...family.listState} />}</PageShell>
}

function LogForm({ familyId, userId, name }: { familyId: string; userId: string; name: string }) {
  const log = useContactLog(userId, familyId)
  return (
    <>
      <Text className="page-title">{T.title(name)}</Text>
      {log.restored && <Notice tone="info" message={T.restored} />}
      {log.failure && <Notice tone="error" message={T.failed(log.failure)} actions={[{ label: T.retry, onClick: log.send }]} />}
      <View className="card">
        <ContactLogFields form={log.form} errors={log.errors} today={log.today} onChange={log.change} />
        <Button className="btn btn--primary btn--block help__big" disabled={log.pending || undefined} onClick={log.send}>
          {log.pending ? T.saving : T.save}
        </Button>
      </View>
    </>
  )
}
