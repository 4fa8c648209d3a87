import { ListState } from '@/components/list-state'
import { NotForThisRole } from '@/components/page-gates'
import { PageShell } from '@/components/page-shell'
import { useSessionStore } from '@/stores/session-store'
import { RequestCard } from '../../components/request-card'
import { useMyRequests } from '../../model/use-my-requests'
import { HELP_TEXTS as T } from '../../texts'
import '../../help.scss'

export default function MyRequestsPage() {
  const role = useSessionStore((state) => state.session?.user.role ?? null)
  if (role !== 'special_family') {
    return <NotForThisRole message={T.notForYou} />
  }
  return <MyRequests />
}

function MyRequests() {
  const mine = useMyRequests()
  return (
    <PageShell>
      <ListState {...mine.listState} empty={mine.data?.length === 0} emptyTitle={T.noRequests}>
        {mine.data?.map((request) => <RequestCard key={request.id} request={request} showFamily={false} />)}
      </ListState>
    </PageShell>
  )
}
