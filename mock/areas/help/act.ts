import type { PayloadOut } from '@/contract/method'
import type { helpMethods } from '@/contract/help'
import { helpFacts, transition, visitDateError, type HelpAction } from '@/domain/help'
import { ServiceError } from '@/contract/errors'
import type { AuthedContext } from '../../core/area'
import { requestFor } from './access'
import { detail } from './views'
import type { HelpRecord, HelpState } from './state'

type Act = PayloadOut<(typeof helpMethods)['help.act']>

const TIMELINE_ACTIONS: Record<HelpAction, string> = {
  accept: '已受理',
  schedule: '已安排上门',
  complete: '已完成',
  'follow-up': '已回访',
  return: '已退回',
  cancel: '已取消',
  rate: '已评价',
}

/**
 * Writes what the action carries onto the request and answers the timeline's note. The payload has
 * passed the contract, so each action arrives with exactly its own fields; only the rules that
 * need today (the visit's date range) are left to check.
 */
function apply(request: HelpRecord, act: Act, today: string): string {
  switch (act.action) {
    case 'schedule': {
      const dateError = visitDateError(act.visit.date, today)
      if (dateError) throw new ServiceError('VALIDATION', '上门安排有误，请按提示修改', { date: dateError })
      request.visit = { ...act.visit }
      return `${act.visit.date} ${act.visit.time}，${act.visit.visitor}`
    }
    case 'follow-up':
      return `满意度 ${act.satisfaction} 分${act.note ? `，${act.note}` : ''}`
    case 'rate':
      request.rating = { stars: act.stars, comment: act.note }
      return `${act.stars}星${act.note ? `：${act.note}` : ''}`
    default:
      return act.note
  }
}

/** One step of the status flow, by the family or one of its contacts (never anyone else). */
export function actOn(ctx: AuthedContext<HelpState>, act: Act) {
  const { request, actor } = requestFor(ctx, act.id)
  const result = transition(helpFacts(request), act.action, actor, ctx.now)
  if (!result.ok) throw new ServiceError('CONFLICT', result.reason)
  const note = apply(request, act, ctx.today)
  request.status = result.to
  request.updatedAt = ctx.now
  request.timeline.push({ at: ctx.now, actorId: ctx.user.id, action: TIMELINE_ACTIONS[act.action], note })
  return detail(ctx, request, actor)
}
