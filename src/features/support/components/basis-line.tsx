import { Text } from '@tarojs/components'
import { NoBreakText } from '@/components/no-break-text'
import { SUPPORT_TEXTS as T } from '../texts'

/** Where a figure comes from and when it was last checked: shown under every figure. */
export function BasisLine({ basis, checkedOn, note }: { basis: string; checkedOn: string; note?: string }) {
  return (
    <>
      {note && <Text className="text-secondary block">{note}</Text>}
      <NoBreakText className="support__basis" text={T.basis(basis, checkedOn)} />
    </>
  )
}
