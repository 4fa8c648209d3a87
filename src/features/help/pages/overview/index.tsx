import { Text } from '@tarojs/components'
import { ListState } from '@/components/list-state'
import { NoBreakText } from '@/components/no-break-text'
import { NotForThisRole, SignedIn } from '@/components/page-gates'
import { PageShell } from '@/components/page-shell'
import { chinaDateTime } from '@/domain/dates'
import { CommunityChart } from '../../components/community-chart'
import { CommunityFigures } from '../../components/community-figures'
import { HandoverForm } from '../../components/handover-form'
import { useCareOverview } from '../../model/use-care-overview'
import { OVERVIEW_TEXTS as T } from '../../overview-texts'
import '../../help.scss'
import '../../overview.scss'

export default function CareOverviewPage() {
  return (
    <SignedIn message={T.signIn}>
      {(user) => (user.role === 'association' ? <CareOverview key={user.id} userId={user.id} /> : <NotForThisRole message={T.notForRole} />)}
    </SignedIn>
  )
}

/** 暖心服务概况: the numbers per community, a chart of open requests, and the handover of families. */
function CareOverview({ userId }: { userId: string }) {
  const { overview, handover, errors, pending, change, confirmHandover } = useCareOverview(userId)
  const data = overview.data
  return (
    <PageShell>
      <Text className="page-title">{T.title}</Text>
      <Text className="text-secondary block">{T.intro}</Text>
      <ListState {...overview.listState}>
        {data && <NoBreakText className="text-secondary block" text={T.at(chinaDateTime(Date.parse(data.at)))} />}
        {data && <CommunityChart communities={data.communities} />}
        {data?.communities.map((row) => <CommunityFigures key={row.community} row={row} />)}
        {data && <HandoverForm contacts={data.contacts} value={handover} errors={errors} pending={pending} onChange={change} onConfirm={confirmHandover} />}
      </ListState>
    </PageShell>
  )
}
