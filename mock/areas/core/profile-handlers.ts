import type { profileMethods } from '@/contract/core'
import { consentsToList } from '@/domain/consents'
import { holdsSensitiveData, validateFamilyProfile, type FamilyProfile } from '@/domain/family'
import { pregnancyEndConflict, pregnancyEndErrors } from '@/domain/pregnancy-outcome'
import { hasErrors } from '@/domain/validation'
import { ServiceError } from '@/contract/errors'
import type { ContractHandlers } from '../../core/area'
import { CONSENT_KEYS, consentFacts, grantConsent, withdrawConsent } from '../../core/consents'
import type { CoreState, UserRecord } from '../../core/core-state'
import { toProfileDto } from '../../core/dto'

/** The consents a person can give here; sharing help requests is agreed to in 暖心服务 itself (help.consent). */
const GRANTED_HERE = ['family-health', 'checkup-answers'] as const

const listFor = (user: UserRecord) => consentsToList(user.role, consentFacts(user))

export const profileHandlers: ContractHandlers<typeof profileMethods, CoreState> = {
  'profile.get': {
    access: 'signed-in',
    handle: ({ user }) => toProfileDto(user),
  },
  'profile.grantConsent': {
    access: 'signed-in',
    write: true,
    handle: ({ user, now }, { scope }) => {
      if (!GRANTED_HERE.some((candidate) => candidate === scope)) {
        throw new ServiceError('VALIDATION', '分享求助的授权请在暖心服务中同意', { scope: '分享求助的授权请在暖心服务中同意' })
      }
      grantConsent(user, scope, now)
      return { ...user.consents }
    },
  },
  'profile.consents': {
    access: 'signed-in',
    handle: ({ user }) => listFor(user),
  },
  'profile.withdrawConsent': {
    access: 'signed-in',
    write: true,
    requireIdempotencyKey: true,
    handle: ({ user, now }, { scope }) => {
      if (!user.consents[CONSENT_KEYS[scope]]) throw new ServiceError('CONFLICT', '这项授权目前没有同意，无需撤回')
      withdrawConsent(user, scope, now)
      // The family record lives here and goes at once. The guided-check answers, the pregnancy's
      // checkup records and shared help requests live in their areas, which delete them before
      // their next call (MockArea.forget): the new epoch no longer covers them.
      if (scope === 'family-health') user.family = { children: [], pregnancy: null }
      return listFor(user)
    },
  },
  'profile.saveFamily': {
    access: 'signed-in',
    write: true,
    requireIdempotencyKey: true,
    handle: ({ user, state, today }, { family: input }) => {
      const family: FamilyProfile = {
        children: input.children.map((child) => ({ ...child, id: child.id ?? '' })),
        pregnancy: input.pregnancy,
      }
      // The LMP already on record is not re-checked: time passing must not make a profile unsaveable.
      const errors = validateFamilyProfile(family, today, user.family)
      if (hasErrors(errors)) throw new ServiceError('VALIDATION', '家庭信息有误，请按提示修改', errors)
      if (holdsSensitiveData(family) && !user.consents.familyHealth) {
        throw new ServiceError('CONSENT_REQUIRED', '保存孩子或孕期信息前，需要您同意敏感个人信息处理规则')
      }
      const knownIds = new Set(user.family.children.map((child) => child.id))
      family.children = family.children.map((child) =>
        knownIds.has(child.id) ? child : { ...child, id: `child-${state.nextId++}` },
      )
      user.family = family
      return toProfileDto(user)
    },
  },
  'profile.endPregnancy': {
    access: 'signed-in',
    write: true,
    requireIdempotencyKey: true,
    handle: ({ user, state, today }, { end }) => {
      const babies = end.outcome === 'born' ? end.children ?? [] : []
      const conflict = pregnancyEndConflict(end, user.family.pregnancy)
      if (conflict) throw new ServiceError('CONFLICT', conflict)
      const errors = pregnancyEndErrors(end, user.family.children.length, today)
      if (hasErrors(errors)) throw new ServiceError('VALIDATION', errors.outcome ?? errors.children ?? '宝宝的信息有误，请按提示修改', errors)
      // A pregnancy on record means consent was given; it may since have been withdrawn elsewhere.
      if (babies.length > 0 && !user.consents.familyHealth) {
        throw new ServiceError('CONSENT_REQUIRED', '保存孩子的信息前，需要您同意敏感个人信息处理规则')
      }
      // Each baby joins the family as a child of its own, in the order given, after the children already there.
      const children = [...user.family.children, ...babies.map((baby) => ({ ...baby, id: `child-${state.nextId++}` }))]
      user.family = { children, pregnancy: null }
      return toProfileDto(user)
    },
  },
}
