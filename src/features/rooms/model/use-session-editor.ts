import type { LoadStatus } from '@/hooks/use-loader'
import { LOAD_FAILED, useQuery } from '@/hooks/use-query'
import { roomsApi } from '../service'

function statusOf(...statuses: LoadStatus[]): LoadStatus {
  if (statuses.includes('error')) return 'error'
  return statuses.every((status) => status === 'ready') ? 'ready' : 'loading'
}

/**
 * What the session editor needs before it can show the form: the room's schedule (hours and the
 * sessions it must not overlap) and, when editing, the session as saved. Not refreshed on show:
 * a reload would replace the form being typed in.
 */
export function useSessionEditor(roomId: string, id: string | undefined) {
  const schedule = useQuery(() => roomsApi().call('rooms.schedule', { roomId }), [roomId], { refreshOnShow: false })
  const existing = useQuery(() => (id ? roomsApi().call('rooms.session', { id }) : Promise.resolve(null)), [id], { refreshOnShow: false })
  const status = statusOf(schedule.status, existing.status)
  const retry = () => {
    if (schedule.status === 'error') void schedule.reload()
    if (existing.status === 'error') void existing.reload()
  }
  return {
    schedule: status === 'ready' ? schedule.data : null,
    existing: existing.data,
    listState: { status, errorMessage: `${LOAD_FAILED}：${schedule.error || existing.error}`, onRetry: retry },
  }
}
