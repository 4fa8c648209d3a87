import { View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { ChipRow } from '@/components/chip-row'
import { ListState } from '@/components/list-state'
import { PageShell } from '@/components/page-shell'
import { HELP_STATUS_LABELS, type HelpStatus } from '@/domain/help'
import { useLoader } from '@/hooks/use-loader'
import { useSessionStore } from '@/stores/session-store'
import { RequestCard } from '../../components/request-card'
import { helpApi } from '../../service'
import { HELP_TEXTS as T } from '../../texts'
import '../../help.scss'
import { NotForThisRole } from '@/components/page-gates'

const FILTERS: Array<HelpStatus | 'all'> = ['all', 'submitted', 'accepted', 'scheduled', 'completed', 'followed-up', 'returned', 'cancelled']

export default function QueuePage() {
  const role = useSessionStore((state) => state.session?.user.role ?? null)
  if (role !== 'contact') {
    return (
      <NotForThisRole message={T.notForYou} />
    )
  }
  return <Queue />
}

function Queue() {
  const [status, setStatus] = useState<HelpStatus | 'all'>('all')
  const [urgentOnly, setUrgentOnly] = useState(false)
  const queue = useLoader(() => helpApi().call('help.queue', status === 'all' ? { urgentOnly } : { status, urgentOnly }), [status, urgentOnly])
  useDidShow(() => {
    if (queue.status === 'ready') void queue.reload()
  })
  return (
    <PageShell>
      <ChipRow
        label="状态"
        wrap
        value={status}
        onChange={(value) => setStatus(value as HelpStatus | 'all')}
        chips={FILTERS.map((value) => ({ value, label: value === 'all' ? '全部' : HELP_STATUS_LABELS[value] }))}
      />
      <ChipRow label="紧急程度" wrap multiple selected={urgentOnly ? ['urgent'] : []} onChange={() => setUrgentOnly(!urgentOnly)} chips={[{ value: 'urgent', label: '只看紧急' }]} />
      <View className="row-gap" />
      <ListState status={queue.status} errorMessage={`${T.loadFailed}：${queue.error}`} onRetry={() => void queue.reload()} empty={queue.data?.length === 0} emptyTitle="没有符合条件的求助">
        <View ariaLabel={T.queue}>{queue.data?.map((request) => <RequestCard key={request.id} request={request} showFamily />)}</View>
      </ListState>
    </PageShell>
  )
}
