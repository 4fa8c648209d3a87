import { Text, View } from '@tarojs/components'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { useUnreadAnswers } from '../model/use-unread-answers'
import { VISIT_TEXTS as T } from '../texts'

/** One line on the search page when a centre has answered a visit request the parent has not seen. */
export function AnswerLink({ userId }: { userId: string }) {
  const unread = useUnreadAnswers(userId)
  if (unread === 0) return null
  return (
    <View className="centres__answer-link" role="link" onClick={() => openPage(ROUTES.centresMine, { tab: 'visits' })}>
      <Text>{T.newAnswersLink(unread)}</Text>
      <Text>›</Text>
    </View>
  )
}
