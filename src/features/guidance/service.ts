import { api } from '@/services'
import type { Transport } from '@/services/transport'
import './register-mock'

/**
 * 优生优育's client on the app's transport (importing this registers the in-process mock area):
 * `guidanceApi().call('guidance.feed', { stage })`. Not cached, so it always uses the current
 * transport (tests swap it).
 */
export const guidanceApi = (): Transport => api()
