import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { ChecklistItemId } from '@/domain/birth-checklist'
import { useQuery } from '@/hooks/use-query'
import { useSubmit } from '@/hooks/use-submit'
import { supportApi } from '../service'
import { CHECKLIST_TEXTS as T } from '../texts'

/**
 * One child's 出生一件事: the items with their deadlines, and a tick per item that the backend
 * keeps (so it is there after a reload, on another phone, after signing out and in again).
 * Twins switch between their own lists on the same page.
 */
export function useChecklist(userId: string, firstChildId: string) {
  const [childId, setChildId] = useState(firstChildId)
  const checklist = useQuery(() => supportApi().call('support.checklist', { childId }), [userId, childId], { failedText: T.loadFailed })
  const ticking = useSubmit((key: string, itemId: ChecklistItemId, done: boolean) =>
    supportApi().call('support.tick', { childId, itemId, done }, { idempotencyKey: key }),
  )

  async function tick(itemId: ChecklistItemId, done: boolean) {
    const result = await ticking.submit(itemId, done)
    // A twin chosen meanwhile keeps its own list: the answer is for the child ticked.
    if (result.ok) checklist.setData((shown) => (shown && shown.child.id !== result.value.child.id ? shown : result.value))
    else void Taro.showToast({ title: T.failed(result.error.message), icon: 'none' })
  }

  return {
    childId,
    showChild: setChildId,
    checklist,
    ticking: ticking.pending,
    tick: (itemId: ChecklistItemId, done: boolean) => void tick(itemId, done),
  }
}
