import { holdsSensitiveData, validateFamilyProfile, type FamilyProfile } from '../../../src/domain/family'
import { hasErrors } from '../../../src/domain/validation'
import type { ProfileApi } from '../../../src/services/api'
import { ServiceError } from '../../../src/services/errors'
import type { FamilyInput } from '../../../src/services/types'
import type { HandlerMap } from '../../core/area'
import type { CoreState } from '../../core/core-state'
import { toProfileDto } from '../../core/dto'

function readFamily(input: FamilyInput | undefined): FamilyProfile {
  if (!input || !Array.isArray(input.children)) throw new ServiceError('VALIDATION', '家庭信息格式不正确')
  return {
    children: input.children.map((child) => ({
      id: typeof child.id === 'string' ? child.id : '',
      name: String(child.name ?? '').trim(),
      birthDate: String(child.birthDate ?? ''),
      gender: child.gender,
    })),
    pregnancy: input.pregnancy ? { lmp: String(input.pregnancy.lmp ?? '') } : null,
  }
}

export const profileHandlers: HandlerMap<ProfileApi, CoreState> = {
  'profile.get': {
    access: 'signed-in',
    handle: ({ user }) => toProfileDto(user!),
  },
  'profile.grantConsent': {
    access: 'signed-in',
    write: true,
    handle: ({ user, now }, payload) => {
      if (payload?.scope !== 'family-health') throw new ServiceError('VALIDATION', '未知的授权范围')
      user!.consents.familyHealth = user!.consents.familyHealth ?? new Date(now).toISOString()
      return { ...user!.consents }
    },
  },
  'profile.saveFamily': {
    access: 'signed-in',
    write: true,
    requireIdempotencyKey: true,
    handle: ({ user, state, today }, payload) => {
      const family = readFamily(payload?.family)
      const errors = validateFamilyProfile(family, today)
      if (hasErrors(errors)) throw new ServiceError('VALIDATION', '家庭信息有误，请按提示修改', errors)
      if (holdsSensitiveData(family) && !user!.consents.familyHealth) {
        throw new ServiceError('CONSENT_REQUIRED', '保存孩子或孕期信息前，需要您同意敏感个人信息处理规则')
      }
      const knownIds = new Set(user!.family.children.map((child) => child.id))
      family.children = family.children.map((child) =>
        knownIds.has(child.id) ? child : { ...child, id: `child-${state.nextId++}` },
      )
      user!.family = family
      return toProfileDto(user!)
    },
  },
}
