import { api } from '@/services'
import type { Transport } from '@/services/transport'
import './register-mock'

/**
 * 亲子小屋's calls on the app's typed client: `roomsApi().call('rooms.book', input, { idempotencyKey })`.
 * Importing this registers the in-process mock area, so the rooms and sessions ship here.
 */
export const roomsApi = (): Transport => api()
