import type { Transport } from './transport'
import type { ConsentScope, ConsentState, FamilyInput, ProfileDto } from './types'

export interface ProfileService {
  get(): Promise<ProfileDto>
  grantConsent(scope: ConsentScope): Promise<ConsentState>
  /** Saving children or a pregnancy needs the family-health consent first (CONSENT_REQUIRED). */
  saveFamily(family: FamilyInput, idempotencyKey: string): Promise<ProfileDto>
}

export function createProfileService(transport: Transport): ProfileService {
  return {
    get: () => transport.call('profile.get'),
    grantConsent: (scope) => transport.call('profile.grantConsent', { scope }),
    saveFamily: (family, idempotencyKey) => transport.call('profile.saveFamily', { family }, { idempotencyKey }),
  }
}
