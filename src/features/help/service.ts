import { api } from '@/services'
import type { Transport } from '@/services/transport'
import './register-mock'

/**
 * 暖心服务's typed client: `helpApi().call('help.act', {...}, { idempotencyKey })`. Importing this
 * registers the in-process mock area, so every page of the subpackage imports it.
 */
export const helpApi = (): Transport => api()
