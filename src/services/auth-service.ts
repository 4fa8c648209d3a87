import type { Transport } from './transport'
import type { DemoIdentity, Done, SessionDto, UserDto } from './types'

export interface AuthService {
  identities(): Promise<DemoIdentity[]>
  signIn(identityId: string, loginCode?: string): Promise<SessionDto>
  signOut(): Promise<Done>
  me(): Promise<UserDto>
}

export function createAuthService(transport: Transport): AuthService {
  return {
    identities: () => transport.call('auth.identities'),
    signIn: (identityId, loginCode) => transport.call('auth.signIn', { identityId, loginCode }),
    signOut: () => transport.call('auth.signOut'),
    me: () => transport.call('auth.me'),
  }
}
