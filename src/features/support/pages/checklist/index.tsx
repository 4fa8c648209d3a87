import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { ChipRow } from '@/components/chip-row'
import { ListState } from '@/components/list-state'
import { NoBreakText } from '@/components/no-break-text'
import { NotForThisRole, SignedIn } from '@/components/page-gates'
import { PageShell } from '@/components/page-shell'
import { ChecklistItem } from '../../components/checklist-item'
import { useChecklist } from '../../model/use-checklist'
import { CHECKLIST_TEXTS as T, SUPPORT_TEXTS } from '../../texts'
import '../../support.scss'

/** Children in the order they were added (child-9 before child-10), whichever twin is shown. */
const idOrder = (id: string) => Number(id.replace(/\D/g, '')) || 0

export default function ChecklistPage() {
  const childId = useRouter().params.childId ?? ''
  return (
    <SignedIn message={SUPPORT_TEXTS.signInHint}>
      {(user) =>
        user.role === 'parent' ? <Checklist key={`${user.id}:${childId}`} userId={user.id} childId={childId} /> : <NotForThisRole message={SUPPORT_TEXTS.notForRole} />
      }
    </SignedIn>
  )
}

/** 出生一件事 for one child (twins switch between theirs): each item, its deadline and its tick. */
function Checklist({ userId, childId }: { userId: string; childId: string }) {
  const list = useChecklist(userId, childId)
  const data = list.checklist.data

  return (
    <PageShell>
      <ListState {...list.checklist.listState}>
        {data && (
          <View>
            <Text className="page-title">{T.title(data.child.name)}</Text>
            <NoBreakText className="text-secondary block" text={`${T.birthDate(data.child.birthDate)} · ${T.progress(data.progress.done, data.progress.total)}`} />
            {data.twins.length > 0 && (
              <ChipRow
                label={T.twins}
                value={list.childId}
                wrap
                chips={[data.child, ...data.twins].map((child) => ({ value: child.id, label: child.name })).sort((a, b) => idOrder(a.value) - idOrder(b.value))}
                onChange={list.showChild}
              />
            )}
            <Text className="support__local-check">{SUPPORT_TEXTS.localCheck}</Text>
            {data.items.map((item) => (
              <ChecklistItem key={item.id} item={item} pending={list.ticking} onTick={(done) => list.tick(item.id, done)} />
            ))}
          </View>
        )}
      </ListState>
    </PageShell>
  )
}
