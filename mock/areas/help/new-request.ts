import type { HelpInput } from '@/contract/help'
import { helpFormErrors, type HelpForm } from '@/domain/help'
import { hasErrors, normaliseContactPhone } from '@/domain/validation'
import { ServiceError } from '@/contract/errors'
import type { HandlerContext } from '../../core/area'
import { consentEpoch } from '../../core/consents'
import type { UserRecord } from '../../core/core-state'
import type { HelpRecord, HelpState } from './state'

type Input = Omit<HelpInput, 'volunteerKind'> & { volunteerKind?: HelpInput['volunteerKind'] }

/** Who filed a request for the family: a contact after a phone call (电话代录), or on finding need during a contact. */
export interface FiledBy {
  contact: UserRecord
  /** The first timeline line; 电话代录 when the family asked on the phone. */
  note: string
  byPhone: boolean
}

/**
 * A new request of `family`, checked by the form's rules (helpFormErrors), as the family files it
 * (help.submit) or a contact files it for them (care.phoneIn, or 需紧急帮助 found on a contact).
 */
export function newRequest(ctx: HandlerContext<HelpState>, family: UserRecord, input: Input, filedBy?: FiledBy): HelpRecord {
  const form: HelpForm = { ...input, volunteerKind: input.volunteerKind ?? '', phone: normaliseContactPhone(input.phone) }
  const errors = helpFormErrors(form, ctx.today)
  if (hasErrors(errors)) throw new ServiceError('VALIDATION', '求助信息有误，请按提示修改', errors)
  const request: HelpRecord = {
    id: `help-${ctx.state.nextId++}`,
    familyId: family.id,
    type: input.type,
    volunteerKind: input.type === 'volunteer' ? (input.volunteerKind ?? null) : null,
    need: input.need,
    preferredDate: input.preferredDate,
    halfDay: input.halfDay,
    address: input.callOnly ? input.address || (family.specialFamily?.address ?? '') : input.address,
    phone: form.phone,
    urgent: input.urgent,
    callOnly: input.callOnly,
    status: 'submitted',
    createdAt: ctx.now,
    updatedAt: ctx.now,
    visit: null,
    rating: null,
    timeline: [
      {
        at: ctx.now,
        actorId: filedBy?.contact.id ?? family.id,
        action: '已提交',
        note: [filedBy?.note ?? '', input.urgent ? '紧急' : ''].filter(Boolean).join(' · '),
      },
    ],
    consentEpoch: consentEpoch(family, 'help-sharing'),
    ...(filedBy?.byPhone ? { phoneIn: { takenBy: filedBy.contact.id } } : {}),
  }
  ctx.state.requests[request.id] = request
  return request
}
