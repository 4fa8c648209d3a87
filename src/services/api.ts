import type {
  ConsentDto,
  ConsentScope,
  ConsentState,
  DemoIdentity,
  Done,
  FamilyInput,
  PregnancyEndInput,
  ProfileDto,
  SessionDto,
  UserDto,
} from './types'

/** One RPC method: what the client sends and what it gets back. */
export interface ApiMethod<P, R> {
  payload: P
  result: R
}

export interface AuthApi {
  'auth.identities': ApiMethod<null, DemoIdentity[]>
  /** On weapp `loginCode` is the code from Taro.login, which the backend exchanges. */
  'auth.signIn': ApiMethod<{ identityId: string; loginCode?: string }, SessionDto>
  'auth.signOut': ApiMethod<null, Done>
  'auth.me': ApiMethod<null, UserDto>
}

export interface ProfileApi {
  'profile.get': ApiMethod<null, ProfileDto>
  'profile.grantConsent': ApiMethod<{ scope: ConsentScope }, ConsentState>
  /** The consents 隐私与授权 lists for this account, each with when it was given or withdrawn. */
  'profile.consents': ApiMethod<null, ConsentDto[]>
  /** Withdraws a consent and deletes (or stops using) what it covered; answers the new list. */
  'profile.withdrawConsent': ApiMethod<{ scope: ConsentScope }, ConsentDto[]>
  'profile.saveFamily': ApiMethod<{ family: FamilyInput }, ProfileDto>
  /** Ends the recorded pregnancy; a birth adds the baby to the children. CONFLICT if it is not the one on record. */
  'profile.endPregnancy': ApiMethod<{ end: PregnancyEndInput }, ProfileDto>
}

export interface DemoApi {
  /** Puts every area back to its seed data; sessions survive so nobody is signed out. */
  'demo.reset': ApiMethod<null, Done>
}

export type CoreApi = AuthApi & ProfileApi & DemoApi
