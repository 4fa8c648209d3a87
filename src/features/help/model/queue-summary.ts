import type { HelpSummary } from '@/contract/help'
import type { HelpStatus } from '@/domain/help'

/** Requests still waiting on a contact: neither followed up, returned nor cancelled. */
const OPEN_STATUSES: readonly HelpStatus[] = ['submitted', 'accepted', 'scheduled', 'completed']

/** What 求助待办 says on 暖心服务's first page: how many are open, and how many of those overdue. */
export function queueSummary(requests: HelpSummary[]): { open: number; overdue: number } {
  const open = requests.filter((request) => OPEN_STATUSES.includes(request.status))
  return { open: open.length, overdue: open.filter((request) => request.overdue).length }
}
