import { api } from '@/services'
import type { Transport } from '@/services/transport'
import './register-mock'

/** 托育机构's calls on the app's typed client (importing this registers the in-process mock area). */
export const centresApi = (): Transport => api()
