import type { supportMethods } from '@/contract/support'
import { hasRegionalRules, rulesFor, SUPPORT_REGIONS } from '@/domain/birth-support-rules'
import { DEFAULT_SITUATION } from '@/domain/support-profile'
import { ownValue } from '@/domain/own'
import { ServiceError } from '@/contract/errors'
import type { ContractHandlers } from '../../core/area'
import { consentEpoch } from '../../core/consents'
import type { CoreState, UserRecord } from '../../core/core-state'
import { explainerItems } from './explainer'
import type { SupportState } from './state'
import { calendarOf, checklistOf, isKept, mineOf, ownChild, situationOf } from './views'

/** 生育支持 is for parents; instructors and everyone else read the public explainer. */
const PARENTS = ['parent'] as const

/** What the family tells 生育支持 (insurance, wage, a difficult birth) is covered by the family-health consent. */
function requireConsent(user: UserRecord): void {
  if (!user.consents.familyHealth) {
    throw new ServiceError('CONSENT_REQUIRED', '保存前，需要您同意家庭健康信息的处理规则（与家庭信息相同）')
  }
}

/** Deletes, per user, what a withdrawn family-health consent covered: the situation, the plan, the ticks. */
export function forgetWithdrawn(state: SupportState, core: CoreState): boolean {
  let removed = false
  for (const collection of [state.situations, state.plans, state.ticks] as Record<string, { consentEpoch?: number }>[]) {
    for (const [userId, saved] of Object.entries(collection)) {
      if (!isKept(saved, ownValue(core.users, userId))) {
        delete collection[userId]
        removed = true
      }
    }
  }
  return removed
}

export const supportHandlers: ContractHandlers<typeof supportMethods, SupportState> = {
  'support.explainer': {
    access: 'public',
    handle: (_ctx, payload) => {
      const region = payload?.region && hasRegionalRules(payload.region) ? payload.region : DEFAULT_SITUATION.region
      const rules = rulesFor(region)
      return {
        region,
        regionName: rules.regionName,
        regions: SUPPORT_REGIONS.map((id) => ({ id, name: id === 'national' ? '其他省份（按国家规定）' : rulesFor(id).regionName })),
        items: explainerItems(rules),
      }
    },
  },
  'support.mine': {
    access: PARENTS,
    handle: ({ state, user, today }) => mineOf(state, user, today),
  },
  'support.saveSituation': {
    access: PARENTS,
    write: true,
    requireIdempotencyKey: true,
    handle: ({ state, user, today }, { situation }) => {
      requireConsent(user)
      state.situations[user.id] = { situation, consentEpoch: consentEpoch(user, 'family-health') }
      return mineOf(state, user, today)
    },
  },
  'support.savePlan': {
    access: PARENTS,
    write: true,
    requireIdempotencyKey: true,
    handle: ({ state, user, today, now }) => {
      requireConsent(user)
      const calendar = calendarOf(user, situationOf(state, user) ?? DEFAULT_SITUATION, today)
      if (!calendar) throw new ServiceError('CONFLICT', '还没有可以安排的假期：请先在家庭信息里填写孕期或孩子的出生日期')
      const savedAt = new Date(now).toISOString()
      state.plans[user.id] = { savedAt, calendar, consentEpoch: consentEpoch(user, 'family-health') }
      return { savedAt, calendar, outdated: false }
    },
  },
  'support.removePlan': {
    access: PARENTS,
    write: true,
    requireIdempotencyKey: true,
    handle: ({ state, user }) => {
      delete state.plans[user.id]
      return { done: true as const }
    },
  },
  'support.checklist': {
    access: PARENTS,
    handle: ({ state, user, today }, { childId }) => checklistOf(state, user, ownChild(user, childId, today), today),
  },
  'support.tick': {
    access: PARENTS,
    write: true,
    requireIdempotencyKey: true,
    handle: ({ state, user, today, now }, { childId, itemId, done }) => {
      requireConsent(user)
      const child = ownChild(user, childId, today)
      const epoch = consentEpoch(user, 'family-health')
      const saved = ownValue(state.ticks, user.id)
      const ticks = saved && isKept(saved, user) ? saved : { byChild: {}, consentEpoch: epoch }
      // Children no longer in the family take their ticks with them.
      const known = new Set(user.family.children.map((candidate) => candidate.id))
      const byChild = Object.fromEntries(Object.entries(ticks.byChild).filter(([id]) => known.has(id)))
      const items = { ...(ownValue(byChild, child.id) ?? {}) }
      if (done) items[itemId] = items[itemId] ?? new Date(now).toISOString()
      else delete items[itemId]
      state.ticks[user.id] = { byChild: { ...byChild, [child.id]: items }, consentEpoch: ticks.consentEpoch }
      return checklistOf(state, user, child, today)
    },
  },
}
