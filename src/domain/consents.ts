import type { Role } from './roles'

/**
 * The separate consents (PIPL art. 29) the app asks for before keeping sensitive personal
 * information, and what withdrawing each one does to the data it covered.
 */
export type ConsentScope = 'family-health' | 'checkup-answers' | 'help-sharing'

export const CONSENT_SCOPES = ['family-health', 'checkup-answers', 'help-sharing'] as const satisfies readonly ConsentScope[]

export const isConsentScope = (value: unknown): value is ConsentScope => (CONSENT_SCOPES as readonly unknown[]).includes(value)

/**
 * Who is asked for each consent: the family record is kept by parents and instructors (我的 shows
 * it to them); the guided-check answers are theirs to save too; sharing help requests with the two
 * contacts is asked of special families only.
 */
const ASKED_OF: Record<ConsentScope, readonly Role[]> = {
  'family-health': ['parent', 'instructor'],
  'checkup-answers': ['parent', 'instructor'],
  'help-sharing': ['special_family'],
}

export interface ConsentFacts {
  scope: ConsentScope
  givenAt: string | null
  withdrawnAt: string | null
}

/**
 * The consents 隐私与授权 lists for someone: those their role is asked for, and any other they
 * have given or withdrawn (a consent that stands is never hidden), in a fixed order.
 */
export function consentsToList(role: Role, facts: ConsentFacts[]): ConsentFacts[] {
  return CONSENT_SCOPES.flatMap((scope) => {
    const fact = facts.find((candidate) => candidate.scope === scope) ?? { scope, givenAt: null, withdrawnAt: null }
    const relevant = ASKED_OF[scope].includes(role) || fact.givenAt !== null || fact.withdrawnAt !== null
    return relevant ? [fact] : []
  })
}

/**
 * Whether data saved under a consent may still be kept and used. Each withdrawal starts a new
 * "epoch" of the consent; data remembers the epoch it was saved in. Data from an earlier epoch
 * was covered by a consent since withdrawn, so it is deleted, even if consent was given again
 * later: a new consent covers only what is saved after it. Counting withdrawals rather than
 * comparing times keeps this exact when a withdrawal and a new save fall in the same millisecond,
 * and data saved before epochs existed (epoch 0) stands until the first withdrawal.
 */
export function keptUnderConsent(savedInEpoch: number | undefined, currentEpoch: number | undefined): boolean {
  return (savedInEpoch ?? 0) >= (currentEpoch ?? 0)
}
