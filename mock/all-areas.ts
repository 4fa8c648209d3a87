import type { MockArea } from './core/area'
import { checkupArea } from './areas/checkup'
import { guidanceArea } from './areas/guidance'

/**
 * Every feature area, for servers that run the whole backend at once (the HTTP server, tests).
 * The in-process backend in the app registers feature areas from their own subpackages instead.
 */
export const allAreas: MockArea<never>[] = [checkupArea, guidanceArea] as unknown as MockArea<never>[]
