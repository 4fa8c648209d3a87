import type { HelpAction } from '../domain/help'
import type { HelpDetail, HelpInput, HelpOverview, HelpSummary, QueueQuery } from './help-api'
import type { Transport } from './transport'

export interface ActInput {
  note?: string
  visit?: { date: string; time: string; visitor: string }
  stars?: number
  satisfaction?: number
}

export interface HelpService {
  overview(): Promise<HelpOverview>
  consent(): Promise<{ consentedAt: string }>
  submit(request: HelpInput, idempotencyKey: string): Promise<HelpDetail>
  mine(): Promise<HelpSummary[]>
  queue(query?: QueueQuery): Promise<HelpSummary[]>
  detail(id: string): Promise<HelpDetail>
  act(id: string, action: HelpAction, input: ActInput, idempotencyKey: string): Promise<HelpDetail>
}

export function createHelpService(transport: Transport): HelpService {
  return {
    overview: () => transport.call('help.overview'),
    consent: () => transport.call('help.consent'),
    submit: (request, idempotencyKey) => transport.call('help.submit', { request }, { idempotencyKey }),
    mine: () => transport.call('help.mine'),
    queue: (query = {}) => transport.call('help.queue', query),
    detail: (id) => transport.call('help.detail', { id }),
    act: (id, action, input, idempotencyKey) => transport.call('help.act', { id, action, ...input }, { idempotencyKey }),
  }
}
