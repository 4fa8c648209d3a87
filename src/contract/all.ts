/**
 * The whole contract as one table of schemas, for tools (the OpenAPI document, the contract's
 * malformed-payload sweep). The app never imports this: each area's schemas ship with the area.
 */
import { careMethods } from './care'
import { careAdminMethods } from './care-admin'
import { centresMethods } from './centres'
import { checkupMethods } from './checkup'
import { coreMethods } from './core'
import { guidanceMethods } from './guidance'
import { helpMethods } from './help'
import type { MethodTable } from './method'
import { roomsMethods } from './rooms'
import { supportMethods } from './support'

export const wholeContract: MethodTable = {
  ...coreMethods,
  ...checkupMethods,
  ...guidanceMethods,
  ...roomsMethods,
  ...centresMethods,
  ...helpMethods,
  ...careMethods,
  ...careAdminMethods,
  ...supportMethods,
}
