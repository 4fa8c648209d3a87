import Taro from '@tarojs/taro'
import { useQuery } from '@/hooks/use-query'
import { useSubmit } from '@/hooks/use-submit'
import { centresApi } from '../service'
import { VISIT_TEXTS as T } from '../texts'

/**
 * 我的托育: the parent's favourite centres and visit requests (fresh whenever the page is shown
 * again), cancelling a visit after asking, and marking the centres' answers read (知道了).
 */
export function useMyCentres(userId: string) {
  const favourites = useQuery(() => centresApi().call('centres.favourites'), [userId])
  const visits = useQuery(() => centresApi().call('centres.myVisits'), [userId])
  const cancel = useSubmit((key: string, id: string) => centresApi().call('centres.cancelVisit', { id }, { idempotencyKey: key }))
  const read = useSubmit((key: string) => centresApi().call('centres.readAnswers', null, { idempotencyKey: key }))

  async function cancelVisit(id: string) {
    const { confirm } = await Taro.showModal({ title: T.cancel, content: T.cancelConfirm })
    if (!confirm) return
    const result = await cancel.submit(id)
    void Taro.showToast({ title: result.ok ? T.cancelled : result.error.message, icon: 'none' })
    void visits.reload()
  }

  async function readAnswers() {
    const result = await read.submit()
    if (result.ok) void visits.reload()
    else void Taro.showToast({ title: result.error.message, icon: 'none' })
  }

  return {
    favourites,
    visits,
    cancelling: cancel.pending,
    cancelVisit: (id: string) => void cancelVisit(id),
    readAnswers: () => void readAnswers(),
  }
}
