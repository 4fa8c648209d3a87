import { api } from '@/services'
import type { Transport } from '@/services/transport'

/**
 * The account's calls (profile, consents) on the app's typed client. Unlike the services' own
 * service.ts, nothing is registered here: these methods belong to the core area, which the
 * backend always has (mock/backend.ts).
 */
export const accountApi = (): Transport => api()
