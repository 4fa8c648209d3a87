/**
 * The whole contract as types: every method's name, payload and result, from each area's
 * schemas. Type-only imports, so importing this costs no bytes: the schemas themselves ship with
 * the area that validates them (the mock backend's area, in the same subpackage).
 */
import type { careMethods } from './care'
import type { careAdminMethods } from './care-admin'
import type { centresMethods } from './centres'
import type { checkupMethods } from './checkup'
import type { coreMethods } from './core'
import type { guidanceMethods } from './guidance'
import type { helpMethods } from './help'
import type { MethodSchema, PayloadIn, PayloadOut, ResultOf } from './method'
import type { roomsMethods } from './rooms'
import type { supportMethods } from './support'

type Table = typeof coreMethods &
  typeof checkupMethods &
  typeof guidanceMethods &
  typeof roomsMethods &
  typeof centresMethods &
  typeof helpMethods &
  typeof careMethods &
  typeof careAdminMethods &
  typeof supportMethods

export type MethodName = keyof Table & string
export type Payload<M extends MethodName> = Table[M] extends MethodSchema ? PayloadIn<Table[M]> : never
export type ValidPayload<M extends MethodName> = Table[M] extends MethodSchema ? PayloadOut<Table[M]> : never
export type Result<M extends MethodName> = Table[M] extends MethodSchema ? ResultOf<Table[M]> : never

export type { MethodSchema, MethodTable } from './method'
export type { ChildInput, ConsentDto, ConsentState, DemoIdentity, Done, FamilyInput, PregnancyEndInput, ProfileDto, SessionDto, UserDto } from './core'
