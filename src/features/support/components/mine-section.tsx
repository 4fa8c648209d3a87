import { Text, View } from '@tarojs/components'
import { EntryRow } from '@/components/entry-row'
import { ListState } from '@/components/list-state'
import { Notice } from '@/components/notice'
import type { ClaimDto, MineDto } from '@/contract/support'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { SUPPORT_TEXTS as T } from '../texts'
import { ClaimCard } from './claim-card'

interface Props {
  mine: MineDto | null
  listState: { status: 'idle' | 'loading' | 'ready' | 'error'; errorMessage: string; onRetry: () => void }
  hasFamily: boolean
  now: ClaimDto[]
  soon: ClaimDto[]
}

function Claims({ title, claims }: { title: string; claims: ClaimDto[] }) {
  if (claims.length === 0) return null
  return (
    <View ariaLabel={title}>
      <Text className="heading">{title}</Text>
      {claims.map((claim) => (
        <ClaimCard key={`${claim.kind}-${claim.who}-${claim.start}`} claim={claim} />
      ))}
    </View>
  )
}

/** 我家能享受的: the family's own figures, its leave calendar and each child's 出生一件事. */
export function MineSection({ mine, listState, hasFamily, now, soon }: Props) {
  return (
    <View ariaLabel={T.mineTitle}>
      <Text className="page-title">{T.mineTitle}</Text>
      <ListState {...listState}>
        {mine && !hasFamily && (
          <Notice tone="info" message={T.noFamily} actions={[{ label: T.fillFamily, onClick: () => openPage(ROUTES.family) }]} />
        )}
        {mine && hasFamily && !mine.situation && (
          <Notice tone="info" message={T.noSituation} actions={[{ label: T.fillSituation, onClick: () => openPage(ROUTES.supportSituation) }]} />
        )}
        {mine && hasFamily && (
          <View className="card">
            <EntryRow
              label={T.situationRow}
              value={mine.situation ? T.situationValue(mine.regionName, mine.situation.motherInsured) : T.situationUnset}
              onClick={() => openPage(ROUTES.supportSituation)}
            />
            {mine.calendar && (
              <EntryRow
                label={T.calendarTitle}
                value={T.calendarFrom(mine.calendar.from, mine.calendar.estimated)}
                onClick={() => openPage(ROUTES.supportLeave)}
              />
            )}
            {mine.checklists.map((list) => (
              <EntryRow
                key={list.childId}
                label={T.checklistRow(list.name)}
                value={T.checklistValue(list.done, list.total, list.overdue)}
                onClick={() => openPage(ROUTES.supportChecklist, { childId: list.childId })}
              />
            ))}
          </View>
        )}
        {mine && hasFamily && now.length + soon.length === 0 && <Text className="text-secondary block">{T.nothingNow}</Text>}
        <Claims title={T.now} claims={now} />
        <Claims title={T.soon} claims={soon} />
      </ListState>
    </View>
  )
}
