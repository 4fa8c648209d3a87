import { useDidShow } from '@tarojs/taro'
import { ListState } from '@/components/list-state'
import { PageShell } from '@/components/page-shell'
import { useLoader } from '@/hooks/use-loader'
import { useSessionStore } from '@/stores/session-store'
import { RequestCard } from '../../components/request-card'
import { helpApi } from '../../service'
import { HELP_TEXTS as T } from '../../texts'
import '../../help.scss'
import { NotForThisRole } from '@/components/page-gates'

export default function MyRequestsPage() {
  const role = useSessionStore((state) => state.session?.user.role ?? null)
  if (role !== 'special_family') {
    return (
      <NotForThisRole message={T.notForYou} />
    )
  }
  return <MyRequests />
}

function MyRequests() {
  const mine = useLoader(() => helpApi().call('help.mine'))
  useDidShow(() => {
    if (mine.status === 'ready') void mine.reload()
  })
  return (
    <PageShell>
      <ListState status={mine.status} errorMessage={`${T.loadFailed}：${mine.error}`} onRetry={() => void mine.reload()} empty={mine.data?.length === 0} emptyTitle="还没有求助记录">
        {mine.data?.map((request) => <RequestCard key={request.id} request={request} showFamily={false} />)}
      </ListState>
    </PageShell>
  )
}
