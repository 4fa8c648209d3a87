import { api } from '@/services'
import type { Transport } from '@/services/transport'
import './register-mock'

/**
 * 生育支持's typed client: `supportApi().call('support.tick', tick, { idempotencyKey })`, called
 * from model/ only (pages and components render what the models give them).
 * Importing this registers the in-process mock area; not cached, so it always uses the current
 * transport (tests swap it).
 */
export const supportApi = (): Transport => api()
