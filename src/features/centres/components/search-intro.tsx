import { Text } from '@tarojs/components'
import { memo } from 'react'
import { CENTRES_TEXTS as T } from '../texts'
import { AnswerLink } from './answer-link'

/** The title and intro, and for a parent the line about new answers; drawn again only for another account. */
export const SearchIntro = memo(function SearchIntro({ userId, parent }: { userId: string | null; parent: boolean }) {
  return (
    <>
      <Text className="page-title">{T.title}</Text>
      <Text className="text-secondary block centres__intro">{T.intro}</Text>
      {userId && parent && <AnswerLink userId={userId} />}
    </>
  )
})
