import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { useToday } from '@/app/clock'
import { useFamilyStore } from '@/stores/family-store'
import { useSessionStore } from '@/stores/session-store'
import { forWhomChips, stageOfChip, topicOfChip, whoOfChip } from './feed-filter'
import { useFeedPages } from './use-feed-pages'

/**
 * 优生优育's feed for a search (`query`, looked up through every stage): for whom (a parent's
 * own family first) and by topic.
 */
export function useGuidanceFeed(query: string) {
  const user = useSessionStore((state) => state.session?.user ?? null)
  const profile = useFamilyStore((state) => state.profile)
  const loadFamily = useFamilyStore((state) => state.load)
  const today = useToday()
  const family = user && user.role === 'parent' ? profile?.family ?? null : null
  const { chips, choices } = forWhomChips(family, today)
  const [forWhom, setForWhom] = useState<string | null>(null)
  const [topic, setTopic] = useState('all')

  useDidShow(() => {
    if (user && !profile) void loadFamily()
  })

  // Until the user picks, the feed is for the first family member, or all stages for guests.
  const selected = forWhom ?? (choices.length > 0 ? chips[0].value : 'all')
  const feed = useFeedPages({ stage: stageOfChip(selected, choices), topic: topicOfChip(topic), query })

  return {
    isInstructor: user?.role === 'instructor',
    chips,
    selected,
    setForWhom,
    topic,
    setTopic,
    /** Whom the chosen chip stands for, as a sentence names them; null for 全部阶段. */
    who: whoOfChip(selected, choices, family),
    feed,
  }
}
