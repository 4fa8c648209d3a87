import type { MockArea } from './core/area'
import { checkupArea } from './areas/checkup'

/**
 * Every feature area, for servers that run the whole backend at once (the HTTP server, tests).
 * The in-process backend in the app registers feature areas from their own subpackages instead.
 */
export const allAreas: MockArea<never>[] = [checkupArea as unknown as MockArea<never>]
