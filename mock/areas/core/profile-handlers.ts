import { holdsSensitiveData, validateFamilyProfile, type Child, type FamilyProfile } from '../../../src/domain/family'
import { pregnancyEndConflict, pregnancyEndErrors, type PregnancyEnd } from '../../../src/domain/pregnancy-outcome'
import { hasErrors } from '../../../src/domain/validation'
import type { ProfileApi } from '../../../src/services/api'
import { ServiceError } from '../../../src/services/errors'
import type { ChildInput, FamilyInput } from '../../../src/services/types'
import type { HandlerMap } from '../../core/area'
import type { CoreState } from '../../core/core-state'
import { toProfileDto } from '../../core/dto'

function readChild(child: Partial<ChildInput>): Omit<Child, 'id'> {
  return { name: String(child.name ?? '').trim(), birthDate: String(child.birthDate ?? ''), gender: child.gender as Child['gender'] }
}

function readFamily(input: FamilyInput | undefined): FamilyProfile {
  if (!input || !Array.isArray(input.children)) throw new ServiceError('VALIDATION', '家庭信息格式不正确')
  return {
    children: input.children.map((child) => ({ id: typeof child.id === 'string' ? child.id : '', ...readChild(child) })),
    pregnancy: input.pregnancy ? { lmp: String(input.pregnancy.lmp ?? '') } : null,
  }
}

function readEnd(raw: unknown): PregnancyEnd {
  const input = (raw ?? {}) as { lmp?: unknown; outcome?: unknown; child?: unknown }
  const child = input.child && typeof input.child === 'object' ? readChild(input.child as Partial<ChildInput>) : undefined
  return { lmp: String(input.lmp ?? ''), outcome: input.outcome as PregnancyEnd['outcome'], ...(child ? { child } : {}) }
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
      // The LMP already on record is not re-checked: time passing must not make a profile unsaveable.
      const errors = validateFamilyProfile(family, today, user!.family)
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
  'profile.endPregnancy': {
    access: 'signed-in',
    write: true,
    requireIdempotencyKey: true,
    handle: ({ user, state, today }, payload) => {
      const end = readEnd(payload?.end)
      const conflict = pregnancyEndConflict(end, user!.family.pregnancy)
      if (conflict) throw new ServiceError('CONFLICT', conflict)
      const errors = pregnancyEndErrors(end, user!.family.children.length, today)
      if (hasErrors(errors)) throw new ServiceError('VALIDATION', errors.outcome ?? errors.child ?? '宝宝的信息有误，请按提示修改', errors)
      // A pregnancy on record means consent was given; it may since have been withdrawn elsewhere.
      if (end.child && !user!.consents.familyHealth) {
        throw new ServiceError('CONSENT_REQUIRED', '保存孩子的信息前，需要您同意敏感个人信息处理规则')
      }
      const children = end.child ? [...user!.family.children, { ...end.child, id: `child-${state.nextId++}` }] : user!.family.children
      user!.family = { children, pregnancy: null }
      return toProfileDto(user!)
    },
  },
}
