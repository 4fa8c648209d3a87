import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { NoBreakText } from '@/components/no-break-text'
import type { ChecklistItemDto } from '@/contract/support'
import { CHECKLIST_TEXTS as T } from '../texts'
import { BasisLine } from './basis-line'

function StateTag({ item }: { item: ChecklistItemDto }) {
  if (item.done) return <Text className="support__tag support__tag--done">{T.done}</Text>
  if (item.daysLeft === null) return <Text className="support__tag support__tag--muted">{T.noDeadline}</Text>
  if (item.daysLeft < 0) return <Text className="support__tag support__tag--overdue">{T.overdue(-item.daysLeft)}</Text>
  return <Text className={`support__tag${item.state === 'due-soon' ? ' support__tag--overdue' : ''}`}>{T.daysLeft(item.daysLeft)}</Text>
}

interface Props {
  item: ChecklistItemDto
  pending: boolean
  onTick: (done: boolean) => void
}

/** One thing to do after the birth: what, where, what to bring, by when, and its tick. */
export function ChecklistItem({ item, pending, onTick }: Props) {
  const state = item.done ? ' support__item--done' : item.state === 'overdue' ? ' support__item--overdue' : ''
  return (
    <View className={`card${state}`} ariaLabel={item.done ? T.itemDone(item.title) : item.title}>
      <Text className="support__title">{item.title}</Text>
      <StateTag item={item} />
      <Text className="block">{item.what}</Text>
      {item.deadline && item.deadlineLabel && <NoBreakText className="text-secondary block" text={T.deadline(item.deadline, item.deadlineLabel)} />}
      {item.online && <Text className="support__step">{`${T.online}：${item.online}`}</Text>}
      {item.inPerson && <Text className="support__step">{`${T.inPerson}：${item.inPerson}`}</Text>}
      {item.jointService && <Text className="support__step">{`${T.joint}：${item.jointService}`}</Text>}
      {item.documents.length > 0 && <Text className="text-secondary block">{`${T.documents}：${item.documents.join('、')}`}</Text>}
      <BasisLine basis={item.basis} checkedOn={item.checkedOn} note={item.note} />
      <View className="row-gap" />
      <Button
        className={`btn ${item.done ? 'btn--secondary' : 'btn--primary'} btn--block`}
        disabled={pending || undefined}
        onClick={() => onTick(!item.done)}
      >
        {item.done ? T.markUndone : T.markDone}
      </Button>
    </View>
  )
}
