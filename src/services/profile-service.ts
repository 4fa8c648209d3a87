import type { Transport } from './transport'
import type { ConsentScope, ConsentState, FamilyInput, PregnancyEndInput, ProfileDto } from './types'

export interface ProfileService {
  get(): Promise<ProfileDto>
  grantConsent(scope: ConsentScope): Promise<ConsentState>
  /** Saving children or a pregnancy needs the family-health consent first (CONSENT_REQUIRED). */
  saveFamily(family: FamilyInput, idempotencyKey: string): Promise<ProfileDto>
  /** 宝宝出生了 / 本次孕期已结束: the pregnancy record ends; a birth adds the baby as a child. */
  endPregnancy(end: PregnancyEndInput, idempotencyKey: string): Promise<ProfileDto>
}

export function createProfileService(transport: Transport): ProfileService {
  return {
    get: () => transport.call('profile.get'),
    grantConsent: (scope) => transport.call('profile.grantConsent', { scope }),
    saveFamily: (family, idempotencyKey) => transport.call('profile.saveFamily', { family }, { idempotencyKey }),
    endPregnancy: (end, idempotencyKey) => transport.call('profile.endPregnancy', { end }, { idempotencyKey }),
  }
}
