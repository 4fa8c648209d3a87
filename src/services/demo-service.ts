import type { Transport } from './transport'
import type { Done } from './types'

export interface DemoService {
  reset(): Promise<Done>
}

export function createDemoService(transport: Transport): DemoService {
  return { reset: () => transport.call('demo.reset') }
}
