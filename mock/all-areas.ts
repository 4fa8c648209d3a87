import type { MockArea } from './core/area'
import { centresArea } from './areas/centres'
import { checkupArea } from './areas/checkup'
import { guidanceArea } from './areas/guidance'
import { helpArea } from './areas/help'
import { roomsArea } from './areas/rooms'
import { supportArea } from './areas/support'

/**
 * Every feature area, for servers that run the whole backend at once (the HTTP server, tests).
 * The in-process backend in the app registers feature areas from their own subpackages instead.
 */
// Each area has its own state type; the backend keeps them untyped, hence the one cast.
export const allAreas: MockArea<never>[] = [checkupArea, guidanceArea, roomsArea, centresArea, helpArea, supportArea] as unknown as MockArea<never>[]
