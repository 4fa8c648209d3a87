import type { helpMethods } from '@/contract/help'
import { keptUnderConsent } from '@/domain/consents'
import { ownValue } from '@/domain/own'
import { ENTRY_ROLES, type Role } from '@/domain/roles'
import { ServiceError } from '@/contract/errors'
import type { ContractHandlers } from '../../core/area'
import { consentEpoch, grantConsent } from '../../core/consents'
import type { CoreState } from '../../core/core-state'
import { actorFor, requestFor } from './access'
import { actOn } from './act'
import { newRequest } from './new-request'
import type { HelpState } from './state'
import { contactsOf, detail, HOTLINE, summary } from './views'
import { compareIso } from '@/domain/dates'

/** Typed as roles, so each handler below is read as a signed-in one (its user is known). */
const FAMILIES: readonly Role[] = ['special_family']

/**
 * A family that withdraws its consent to share requests with its contacts has every request it
 * shared deleted: the contacts no longer see the need, address or phone, and open ones end with
 * them. Requests made after agreeing again are kept.
 */
export function forgetWithdrawn(state: HelpState, core: CoreState): boolean {
  let removed = false
  for (const request of Object.values(state.requests)) {
    if (!keptUnderConsent(request.consentEpoch, consentEpoch(ownValue(core.users, request.familyId), 'help-sharing'))) {
      delete state.requests[request.id]
      removed = true
    }
  }
  return removed
}

export const helpHandlers: ContractHandlers<typeof helpMethods, HelpState> = {
  'help.overview': {
    access: FAMILIES,
    handle: ({ core, user }) => ({
      contacts: contactsOf(core, user),
      hotline: HOTLINE,
      consentedAt: user.consents.helpSharing ?? null,
      address: user.specialFamily?.address ?? '',
      phone: user.phone,
    }),
  },
  'help.consent': {
    access: FAMILIES,
    write: true,
    handle: ({ user, now }) => {
      // Recorded with the account (core), where 我的 → 隐私与授权 lists it and can withdraw it.
      grantConsent(user, 'help-sharing', now)
      return { consentedAt: user.consents.helpSharing ?? new Date(now).toISOString() }
    },
  },
  'help.submit': {
    access: FAMILIES,
    write: true,
    requireIdempotencyKey: true,
    handle: (ctx, { request: input }) => {
      const { user } = ctx
      if (!user.consents.helpSharing) {
        throw new ServiceError('CONSENT_REQUIRED', '提交求助前，请先同意把求助内容告知您的两位联系人')
      }
      const request = newRequest(ctx, user, input)
      return detail(ctx, request, 'family')
    },
  },
  'help.mine': {
    access: ENTRY_ROLES.helpMine,
    handle: (ctx) =>
      Object.values(ctx.state.requests)
        .filter((request) => request.familyId === ctx.user.id)
        .sort((a, b) => b.createdAt - a.createdAt)
        .map((request) => summary(ctx, request)),
  },
  'help.queue': {
    access: ENTRY_ROLES.helpQueue,
    handle: (ctx, query) => {
      const status = query?.status
      return Object.values(ctx.state.requests)
        .filter((request) => actorFor(ctx, request) === 'contact')
        .filter((request) => (!status || request.status === status) && (!query?.urgentOnly || request.urgent))
        .map((request) => summary(ctx, request))
        .sort(
          (a, b) =>
            Number(b.overdue) - Number(a.overdue) ||
            Number(b.urgent) - Number(a.urgent) ||
            compareIso(a.createdAt, b.createdAt),
        )
    },
  },
  'help.detail': {
    access: 'signed-in',
    handle: (ctx, { id }) => {
      const { request, actor } = requestFor(ctx, id)
      return detail(ctx, request, actor)
    },
  },
  'help.act': {
    access: 'signed-in',
    write: true,
    requireIdempotencyKey: true,
    handle: actOn,
  },
}
