import { consentsToList, isConsentScope } from '../../../src/domain/consents'
import { holdsSensitiveData, validateFamilyProfile, type Child, type FamilyProfile } from '../../../src/domain/family'
import { pregnancyEndConflict, pregnancyEndErrors, type PregnancyEnd } from '../../../src/domain/pregnancy-outcome'
import { hasErrors } from '../../../src/domain/validation'
import type { ProfileApi } from '../../../src/services/api'
import { ServiceError } from '../../../src/services/errors'
import type { ChildInput, FamilyInput } from '../../../src/services/types'
import type { HandlerMap } from '../../core/area'
import { CONSENT_KEYS, consentFacts, grantConsent, withdrawConsent } from '../../core/consents'
import type { CoreState, UserRecord } from '../../core/core-state'
import { toProfileDto } from '../../core/dto'

/** The consents a person can give here; sharing help requests is agreed to in 暖心服务 itself (help.consent). */
const GRANTED_HERE = ['family-health', 'checkup-answers'] as const

const listFor = (user: UserRecord) => consentsToList(user.role, consentFacts(user))

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
      const scope = payload?.scope
      if (!GRANTED_HERE.some((candidate) => candidate === scope)) throw new ServiceError('VALIDATION', '未知的授权范围')
      grantConsent(user!, scope!, now)
      return { ...user!.consents }
    },
  },
  'profile.consents': {
    access: 'signed-in',
    handle: ({ user }) => listFor(user!),
  },
  'profile.withdrawConsent': {
    access: 'signed-in',
    write: true,
    requireIdempotencyKey: true,
    handle: ({ user, now }, payload) => {
      const scope = payload?.scope
      if (!isConsentScope(scope)) throw new ServiceError('VALIDATION', '未知的授权范围')
      if (!user!.consents[CONSENT_KEYS[scope]]) throw new ServiceError('CONFLICT', '这项授权目前没有同意，无需撤回')
      withdrawConsent(user!, scope, now)
      // The family record lives here and goes at once. The guided-check answers, the pregnancy's
      // checkup records and shared help requests live in their areas, which delete them before
      // their next call (MockArea.forget): the new epoch no longer covers them.
      if (scope === 'family-health') user!.family = { children: [], pregnancy: null }
      return listFor(user!)
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
