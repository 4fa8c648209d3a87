import Taro from '@tarojs/taro'
import { useSubmit } from '@/hooks/use-submit'
import { roomsApi } from '../service'
import { INSTRUCTOR_TEXTS as T } from '../texts'

/** After the start, the instructor marks every family not checked in as 未到场, once confirmed; `onDone` refreshes the roster. */
export function useMarkNoShows(sessionId: string, onDone: () => void) {
  const noShows = useSubmit((key: string) => roomsApi().call('rooms.markNoShows', { sessionId }, { idempotencyKey: key }))

  async function markRest() {
    const { confirm } = await Taro.showModal({ title: T.markNoShows, content: T.markNoShowsConfirm })
    if (!confirm) return
    const result = await noShows.submit()
    void Taro.showToast({ title: result.ok ? T.marked(result.value.marked) : result.error.message, icon: 'none' })
    onDone()
  }

  return { markRest, pending: noShows.pending }
}
