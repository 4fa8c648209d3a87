/**
 * Shared DTOs: what crosses the wire between the app and the backend. Each type is read off the
 * contract's schemas (src/contract), so it is written once and cannot drift from what the backend
 * checks. Type-only: importing these costs the app no bytes.
 */
import type { ConsentScope } from '@/domain/consents'

export type { ConsentScope }
export type {
  ChildInput,
  ConsentDto,
  ConsentState,
  DemoIdentity,
  Done,
  FamilyInput,
  PregnancyEndInput,
  ProfileDto,
  SessionDto,
  UserDto,
} from '@/contract/core'
