import type { ArticleInput } from '../domain/article'
import type {
  ArticleDto,
  ArticleSummary,
  EditableArticle,
  FeedPage,
  FeedQuery,
  HistoryEntry,
  MyArticle,
} from './guidance-api'
import type { Transport } from './transport'

export interface GuidanceService {
  feed(query: FeedQuery): Promise<FeedPage>
  article(id: string, from?: string): Promise<ArticleDto>
  favourite(id: string, on: boolean, idempotencyKey: string): Promise<{ favourite: boolean }>
  favourites(): Promise<ArticleSummary[]>
  history(): Promise<HistoryEntry[]>
  share(id: string, idempotencyKey: string): Promise<{ path: string }>
  mine(): Promise<MyArticle[]>
  editable(id: string): Promise<EditableArticle>
  save(article: ArticleInput, idempotencyKey: string, id?: string): Promise<EditableArticle>
  publish(id: string, idempotencyKey: string): Promise<EditableArticle>
  unpublish(id: string, idempotencyKey: string): Promise<EditableArticle>
}

export function createGuidanceService(transport: Transport): GuidanceService {
  return {
    feed: (query) => transport.call('guidance.feed', query),
    article: (id, from) => transport.call('guidance.article', from ? { id, from } : { id }),
    favourite: (id, on, idempotencyKey) => transport.call('guidance.favourite', { id, on }, { idempotencyKey }),
    favourites: () => transport.call('guidance.favourites'),
    history: () => transport.call('guidance.history'),
    share: (id, idempotencyKey) => transport.call('guidance.share', { id }, { idempotencyKey }),
    mine: () => transport.call('guidance.mine'),
    editable: (id) => transport.call('guidance.editable', { id }),
    save: (article, idempotencyKey, id) => transport.call('guidance.save', id ? { id, article } : { article }, { idempotencyKey }),
    publish: (id, idempotencyKey) => transport.call('guidance.publish', { id }, { idempotencyKey }),
    unpublish: (id, idempotencyKey) => transport.call('guidance.unpublish', { id }, { idempotencyKey }),
  }
}
