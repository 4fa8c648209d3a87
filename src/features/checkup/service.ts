import { api } from '@/services'
import type { Transport } from '@/services/transport'
import './register-mock'

/**
 * 婚孕检's typed client: `checkupApi().call('checkup.markVisit', visit, { idempotencyKey })`, called
 * from model/ only (pages and components render what the models give them).
 * Importing this registers the in-process mock area; not cached, so it always uses the current
 * transport (tests swap it).
 */
export const checkupApi = (): Transport => api()
