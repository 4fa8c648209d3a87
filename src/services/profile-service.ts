import type { Transport } from './transport'
import type { ConsentDto, ConsentScope, ConsentState, FamilyInput, PregnancyEndInput, ProfileDto } from './types'

export interface ProfileService {
  get(): Promise<ProfileDto>
  grantConsent(scope: ConsentScope): Promise<ConsentState>
  consents(): Promise<ConsentDto[]>
  /** Withdrawing deletes what the consent covered (see 隐私与授权); ask the user first. */
  withdrawConsent(scope: ConsentScope, idempotencyKey: string): Promise<ConsentDto[]>
  /** Saving children or a pregnancy needs the family-health consent first (CONSENT_REQUIRED). */
  saveFamily(family: FamilyInput, idempotencyKey: string): Promise<ProfileDto>
  /** 宝宝出生了 / 本次孕期已结束: the pregnancy record ends; a birth adds the baby as a child. */
  endPregnancy(end: PregnancyEndInput, idempotencyKey: string): Promise<ProfileDto>
}

export function createProfileService(transport: Transport): ProfileService {
  return {
    get: () => transport.call('profile.get'),
    grantConsent: (scope) => transport.call('profile.grantConsent', { scope }),
    consents: () => transport.call('profile.consents'),
    withdrawConsent: (scope, idempotencyKey) => transport.call('profile.withdrawConsent', { scope }, { idempotencyKey }),
    saveFamily: (family, idempotencyKey) => transport.call('profile.saveFamily', { family }, { idempotencyKey }),
    endPregnancy: (end, idempotencyKey) => transport.call('profile.endPregnancy', { end }, { idempotencyKey }),
  }
}
