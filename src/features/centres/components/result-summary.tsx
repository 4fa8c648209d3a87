import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { CENTRES_TEXTS as T } from '../texts'

interface Props {
  /** The count of the search on screen; none while a new search has not answered. */
  total: number | null
  canClear: boolean
  onClear: () => void
  parent: boolean
}

/** 共 N 家, with 清除全部筛选 while anything narrows the search and, for a parent, 我的收藏与参观. */
export function ResultSummary({ total, canClear, onClear, parent }: Props) {
  return (
    <View className="centres__summary">
      <Text className="text-secondary centres__total">{total === null ? '' : T.total(total)}</Text>
      {canClear && (
        <Button className="btn btn--secondary centres__small" onClick={onClear}>
          {T.clearAll}
        </Button>
      )}
      {parent && (
        <Button className="btn btn--secondary centres__small" onClick={() => openPage(ROUTES.centresMine)}>
          {T.mine}
        </Button>
      )}
    </View>
  )
}
