import { Text, View } from '@tarojs/components'
import { NoBreakText } from '@/components/no-break-text'
import type { ClaimDto } from '@/contract/support'
import { formatYuan } from '@/domain/benefits'
import { SUPPORT_TEXTS as T } from '../texts'
import { BasisLine } from './basis-line'

/** One benefit or leave the family can take: what, for whom, how much, when, and its basis. */
export function ClaimCard({ claim }: { claim: ClaimDto }) {
  const amount = claim.unit.startsWith('元') ? `${formatYuan(claim.amount)} ${claim.unit}` : `${claim.amount} ${claim.unit}`
  return (
    <View className="card" ariaLabel={T.claimFor(claim.kind, claim.who)}>
      <Text className="support__title">{T.claimFor(claim.kind, claim.who)}</Text>
      {claim.child && <Text className="text-secondary block">{T.forChild(claim.child)}</Text>}
      <Text className="support__figure">{amount}</Text>
      <NoBreakText className="text-secondary block" text={T.period(claim.start, claim.end)} />
      <BasisLine basis={claim.basis} checkedOn={claim.checkedOn} note={claim.note} />
    </View>
  )
}
