import type { HelpActor } from '@/domain/help'
import { ownValue } from '@/domain/own'
import { ServiceError } from '@/contract/errors'
import type { AuthedContext } from '../../core/area'
import type { HelpRecord, HelpState } from './state'

type Ctx = AuthedContext<HelpState>

/** The caller's relation to a request: its family, one of its two contacts, or none at all. */
export function actorFor(ctx: Ctx, request: HelpRecord): HelpActor | null {
  const { user } = ctx
  if (request.familyId === user.id) return 'family'
  const family = ownValue(ctx.core.users, request.familyId)
  if (user.role === 'contact' && family?.specialFamily?.contactIds.includes(user.id)) return 'contact'
  return null
}

/** Unrelated callers learn nothing, not even that the request exists. */
export function requestFor(ctx: Ctx, id: string): { request: HelpRecord; actor: HelpActor } {
  const request = ownValue(ctx.state.requests, id)
  const actor = request ? actorFor(ctx, request) : null
  if (!request || !actor) throw new ServiceError('NOT_FOUND', '没有找到这条求助')
  return { request, actor }
}
