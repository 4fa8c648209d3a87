import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ChipRow } from '@/components/chip-row'
import { ListState } from '@/components/list-state'
import type { ExplainerDto } from '@/contract/support'
import { isSupportRegion, type SupportRegion } from '@/domain/birth-support-rules'
import { SUPPORT_TEXTS as T } from '../texts'
import { RuleCard } from './rule-card'

interface Props {
  /** False: only a button that asks for it (a parent's page leads with the family's own figures). */
  shown: boolean
  onShow: () => void
  explainer: ExplainerDto | null
  listState: { status: 'idle' | 'loading' | 'ready' | 'error'; errorMessage: string; onRetry: () => void }
  region: SupportRegion
  onRegion: (region: SupportRegion) => void
}

/** 政策说明: every benefit and leave, by 参保地, readable by anyone (no family needed). */
export function ExplainerSection({ shown, onShow, explainer, listState, region, onRegion }: Props) {
  if (!shown) {
    return (
      <Button className="btn btn--secondary btn--block" onClick={onShow}>
        {T.showExplainer}
      </Button>
    )
  }
  return (
    <View ariaLabel={T.explainerTitle}>
      <Text className="page-title">{T.explainerTitle}</Text>
      <ChipRow
        label={T.regionChips}
        value={region}
        wrap
        chips={(explainer?.regions ?? []).map((choice) => ({ value: choice.id, label: choice.name }))}
        onChange={(value) => isSupportRegion(value) && onRegion(value)}
      />
      <ListState {...listState}>
        {explainer?.items.map((rule) => (
          <RuleCard key={rule.id} rule={rule} />
        ))}
      </ListState>
    </View>
  )
}
