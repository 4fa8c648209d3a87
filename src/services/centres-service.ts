import type { CentreQuery } from '../domain/centres'
import type { CentreDto, CentreSearchPage, CentreSummary, VisitDto, VisitInput } from './centres-api'
import type { Transport } from './transport'

export interface CentresService {
  search(query: CentreQuery, page?: number, pageSize?: number): Promise<CentreSearchPage>
  centre(id: string): Promise<CentreDto>
  favourite(id: string, on: boolean, idempotencyKey: string): Promise<{ favourite: boolean }>
  favourites(): Promise<CentreSummary[]>
  requestVisit(input: VisitInput, idempotencyKey: string): Promise<VisitDto>
  cancelVisit(id: string, idempotencyKey: string): Promise<VisitDto>
  myVisits(): Promise<VisitDto[]>
  readAnswers(idempotencyKey: string): Promise<{ done: true }>
  useDataset(size: 200 | 5000): Promise<{ size: number }>
}

export function createCentresService(transport: Transport): CentresService {
  return {
    search: (query, page = 1, pageSize = 20) => transport.call('centres.search', { ...query, page, pageSize }),
    centre: (id) => transport.call('centres.centre', { id }),
    favourite: (id, on, idempotencyKey) => transport.call('centres.favourite', { id, on }, { idempotencyKey }),
    favourites: () => transport.call('centres.favourites'),
    requestVisit: (input, idempotencyKey) => transport.call('centres.requestVisit', input, { idempotencyKey }),
    cancelVisit: (id, idempotencyKey) => transport.call('centres.cancelVisit', { id }, { idempotencyKey }),
    myVisits: () => transport.call('centres.myVisits'),
    readAnswers: (idempotencyKey) => transport.call('centres.readAnswers', null, { idempotencyKey }),
    useDataset: (size) => transport.call('centres.useDataset', { size }),
  }
}
