import { CONSENT_SCOPES, type ConsentFacts, type ConsentScope } from '@/domain/consents'
import type { ConsentState } from '@/contract/core'
import type { UserRecord } from './core-state'

/** Where each consent is recorded on the user. */
export const CONSENT_KEYS: Record<ConsentScope, keyof ConsentState> = {
  'family-health': 'familyHealth',
  'checkup-answers': 'checkupAnswers',
  'help-sharing': 'helpSharing',
}

/** The consent's current epoch (how often it was withdrawn); data saved in an earlier one is gone. */
export function consentEpoch(user: UserRecord | undefined, scope: ConsentScope): number {
  return user?.withdrawals?.[CONSENT_KEYS[scope]]?.count ?? 0
}

export function consentFacts(user: UserRecord): ConsentFacts[] {
  return CONSENT_SCOPES.map((scope) => {
    const key = CONSENT_KEYS[scope]
    return { scope, givenAt: user.consents[key] ?? null, withdrawnAt: user.withdrawals?.[key]?.at ?? null }
  })
}

export function grantConsent(user: UserRecord, scope: ConsentScope, now: number): void {
  const key = CONSENT_KEYS[scope]
  user.consents[key] = user.consents[key] ?? new Date(now).toISOString()
}

/** Records the withdrawal; what the consent covered is deleted by its owner (core or an area). */
export function withdrawConsent(user: UserRecord, scope: ConsentScope, now: number): void {
  const key = CONSENT_KEYS[scope]
  const previous = user.withdrawals?.[key]?.count ?? 0
  user.consents[key] = null
  user.withdrawals = { ...user.withdrawals, [key]: { count: previous + 1, at: new Date(now).toISOString() } }
}
