import { articleErrors, type ArticleBlock, type ArticleInput, type CoverId } from '@/domain/article'
import type { StageId, TopicId } from '@/domain/guidance'
import type { EditableArticle } from '@/contract/guidance'
import type { FieldErrors } from '@/domain/validation'

/** A body block as edited: a list is typed one item per line. */
export interface EditorBlock {
  kind: ArticleBlock['kind']
  text: string
}

export interface EditorDraft {
  title: string
  stages: StageId[]
  topic: TopicId | ''
  summary: string
  cover: CoverId | null
  body: EditorBlock[]
}

export const EMPTY_EDITOR: EditorDraft = {
  title: '',
  stages: [],
  topic: '',
  summary: '',
  cover: null,
  body: [{ kind: 'paragraph', text: '' }],
}

export function draftFromArticle(article: EditableArticle): EditorDraft {
  return {
    title: article.title,
    stages: article.stages,
    topic: article.topic,
    summary: article.summary,
    cover: article.cover,
    body: article.body.map((block) => (block.kind === 'list' ? { kind: 'list', text: block.items.join('\n') } : { ...block })),
  }
}

/** A block as saved: a list's lines become its items; text is trimmed. */
export function blockFromEditor(block: EditorBlock): ArticleBlock {
  if (block.kind === 'list') {
    return {
      kind: 'list',
      items: block.text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    }
  }
  return { kind: block.kind, text: block.text.trim() }
}

export function inputFromDraft(draft: EditorDraft): ArticleInput {
  return {
    title: draft.title.trim(),
    stages: draft.stages,
    topic: draft.topic,
    summary: draft.summary.trim(),
    cover: draft.cover,
    body: draft.body.map(blockFromEditor),
  }
}

export type CheckMode = 'draft' | 'publish'

/**
 * The errors shown, checked again as the user types by the rules (draft or publish) that found
 * them: a fixed field's error goes at once, the others stay, and none is added before the next save.
 */
export function recheckedErrors(shown: FieldErrors, draft: EditorDraft, mode: CheckMode): FieldErrors {
  const now = articleErrors(inputFromDraft(draft), mode)
  return Object.fromEntries(Object.keys(shown).filter((key) => now[key]).map((key) => [key, now[key]]))
}
