import { View } from '@tarojs/components'
import { ChipRow } from '@/components/chip-row'
import { ListState } from '@/components/list-state'
import { NotForThisRole } from '@/components/page-gates'
import { PageShell } from '@/components/page-shell'
import { HELP_STATUS_LABELS } from '@/domain/help'
import { useSessionStore } from '@/stores/session-store'
import { RequestCard } from '../../components/request-card'
import { QUEUE_FILTERS, useHelpQueue, type QueueFilter } from '../../model/use-help-queue'
import { HELP_TEXTS, QUEUE_TEXTS as T } from '../../texts'
import '../../help.scss'

const STATUS_CHIPS = QUEUE_FILTERS.map((value) => ({ value, label: value === 'all' ? T.all : HELP_STATUS_LABELS[value] }))

export default function QueuePage() {
  const role = useSessionStore((state) => state.session?.user.role ?? null)
  if (role !== 'contact') {
    return <NotForThisRole message={HELP_TEXTS.notForYou} />
  }
  return <Queue />
}

function Queue() {
  const { queue, status, setStatus, urgentOnly, toggleUrgentOnly } = useHelpQueue()
  return (
    <PageShell>
      <ChipRow label={T.status} wrap value={status} onChange={(value) => setStatus(value as QueueFilter)} chips={STATUS_CHIPS} />
      <ChipRow label={T.urgency} wrap multiple selected={urgentOnly ? ['urgent'] : []} onChange={toggleUrgentOnly} chips={[{ value: 'urgent', label: T.urgentOnly }]} />
      <View className="row-gap" />
      <ListState {...queue.listState} empty={queue.data?.length === 0} emptyTitle={T.empty}>
        <View ariaLabel={HELP_TEXTS.queue}>{queue.data?.map((request) => <RequestCard key={request.id} request={request} showFamily />)}</View>
      </ListState>
    </PageShell>
  )
}
