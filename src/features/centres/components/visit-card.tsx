import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { VISIT_SLOT_LABELS } from '@/domain/centre-visits'
import { chinaDateTime } from '@/domain/dates'
import type { VisitDto } from '@/contract/centres'
import { VISIT_TEXTS as T } from '../texts'

const at = (iso: string) => chinaDateTime(Date.parse(iso))

/** One visit request with where it stands: when the centre will answer, or what it answered. */
export function VisitCard({ visit, cancelling, onCancel }: { visit: VisitDto; cancelling: boolean; onCancel: (id: string) => void }) {
  return (
    <View className="card" ariaLabel={visit.centreName}>
      <Text className="centres__name">{visit.centreName}</Text>
      <Text className="block">{`${visit.date} ${visit.slot === 'morning' ? T.morning : T.afternoon}`}</Text>
      <Text className={`centres__tag${visit.status === 'declined' || visit.status === 'cancelled' ? ' centres__tag--muted' : ''}`}>{T.statuses[visit.status]}</Text>
      {visit.status === 'pending' && visit.answerBy && <Text className="text-secondary block">{T.answerBy(at(visit.answerBy))}</Text>}
      {visit.status === 'confirmed' && visit.time && <Text className="block">{T.confirmedTime(visit.date, VISIT_SLOT_LABELS[visit.slot], visit.time)}</Text>}
      {visit.status === 'declined' && visit.declineReason && <Text className="block">{T.declinedReason(visit.declineReason)}</Text>}
      <Text className="centres__meta">{`${visit.centreAddress} · 联系电话 ${visit.phoneMasked} · 孩子${visit.childAgeMonths}个月`}</Text>
      {visit.cancellable && (
        <Button className="btn btn--secondary" disabled={cancelling} onClick={() => onCancel(visit.id)}>
          {T.cancel}
        </Button>
      )}
    </View>
  )
}

/** The text of an answer as a message: which centre, and what it said. */
export function answerMessage(visit: VisitDto): string {
  if (visit.status === 'confirmed') return T.confirmedMessage(visit.centreName, visit.date, VISIT_SLOT_LABELS[visit.slot], visit.time ?? '')
  return T.declinedMessage(visit.centreName, visit.declineReason ?? '')
}

/** Answers the parent has not seen yet, as the rooms waitlist message does: read, then 知道了. */
export function AnswerNews({ visits, onRead }: { visits: VisitDto[]; onRead: () => void }) {
  const unread = visits.filter((visit) => visit.unread)
  if (unread.length === 0) return null
  return (
    <View className="card centres__news" role="status" ariaLabel={T.newAnswers}>
      <Text className="heading">{T.newAnswers}</Text>
      {unread.map((visit) => (
        <Text key={visit.id} className="block">
          {answerMessage(visit)}
        </Text>
      ))}
      <Button className="btn btn--secondary" onClick={onRead}>
        {T.markRead}
      </Button>
    </View>
  )
}
