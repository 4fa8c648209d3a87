import { useState } from 'react'
import type { UserDto } from '@/contract/core'
import type { ClaimDto } from '@/contract/support'
import type { SupportRegion } from '@/domain/birth-support-rules'
import { useQuery } from '@/hooks/use-query'
import { supportApi } from '../service'
import { SUPPORT_TEXTS as T } from '../texts'

/**
 * 生育支持's first page: the public explainer for everyone (by region: the family's own 参保地
 * once known, or the one picked), and for a parent what the family can claim now and soon.
 */
export function useSupportOverview(user: UserDto | null) {
  const isParent = user?.role === 'parent'
  const mine = useQuery(() => (isParent ? supportApi().call('support.mine') : Promise.resolve(null)), [user?.id, isParent], {
    failedText: T.mineLoadFailed,
  })
  const [picked, setPicked] = useState<SupportRegion | null>(null)
  const region: SupportRegion = picked ?? mine.data?.situation?.region ?? 'zhejiang'
  // A parent comes for the family's own figures: the whole explainer is drawn (and fetched) on request.
  const [explainerAsked, setExplainerAsked] = useState(false)
  const explainerShown = !isParent || explainerAsked
  const explainer = useQuery(() => (explainerShown ? supportApi().call('support.explainer', { region }) : Promise.resolve(null)), [region, explainerShown], {
    failedText: T.explainerFailed,
    refreshOnShow: false,
  })

  const claims = mine.data?.claims ?? []
  const byWhen = (when: ClaimDto['when']) => claims.filter((claim) => claim.when === when)
  const hasFamily = Boolean(mine.data && (mine.data.calendar || mine.data.checklists.length > 0 || claims.length > 0))
  return {
    isParent,
    mine,
    hasFamily,
    now: byWhen('now'),
    soon: byWhen('soon'),
    explainer,
    explainerShown,
    showExplainer: () => setExplainerAsked(true),
    region,
    pickRegion: setPicked,
  }
}
