import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useLoader } from '@/hooks/use-loader'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { centresApi } from '../service'
import { VISIT_TEXTS as T } from '../texts'

/** One line on the search page when a centre has answered a visit request the parent has not seen. */
export function AnswerLink({ userId }: { userId: string }) {
  const visits = useLoader(() => centresApi().call('centres.myVisits'), [userId])
  useDidShow(() => {
    if (visits.status === 'ready') void visits.reload()
  })
  const unread = (visits.data ?? []).filter((visit) => visit.unread).length
  if (unread === 0) return null
  return (
    <View className="centres__answer-link" role="link" onClick={() => openPage(ROUTES.centresMine, { tab: 'visits' })}>
      <Text>{T.newAnswersLink(unread)}</Text>
      <Text>›</Text>
    </View>
  )
}
