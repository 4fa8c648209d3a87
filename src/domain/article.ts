import { isStageId, isTopicId, type StageId, type TopicId } from './guidance'
import { tooLongMessage, type FieldErrors } from './validation'

export type ArticleBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }

/** Preset cover styles (an illustration band in the topic's colour); none by default. */
export const COVERS = ['sunrise', 'leaf', 'sky', 'peach'] as const
export type CoverId = (typeof COVERS)[number]

/** A draft only its author sees, or published for everyone. */
export const ARTICLE_STATUSES = ['draft', 'published'] as const
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number]

export interface ArticleInput {
  title: string
  stages: StageId[]
  topic: TopicId | ''
  summary: string
  body: ArticleBlock[]
  cover: CoverId | null
}

export const TITLE_MIN = 5
export const TITLE_MAX = 40
export const SUMMARY_MIN = 10
export const SUMMARY_MAX = 150
export const BLOCK_MAX = 1000
export const BODY_MIN = 50
/** Blocks in a body, and items in one list: more than a phone screen's reader follows. */
export const BLOCKS_MAX = 60
export const LIST_ITEMS_MAX = 30

export function blockText(block: ArticleBlock): string {
  return block.kind === 'list' ? block.items.join('') : block.text
}

export function bodyLength(body: ArticleBlock[]): number {
  return body.reduce((sum, block) => sum + blockText(block).trim().length, 0)
}

function titleError(title: string): string | null {
  const length = title.trim().length
  if (length === 0) return '请填写标题'
  if (length < TITLE_MIN) return `标题至少${TITLE_MIN}个字`
  if (length > TITLE_MAX) return tooLongMessage(length, TITLE_MAX)
  return null
}

/**
 * A draft only needs a usable title, so work can be saved at any point; publishing needs
 * everything a parent will read. Keys: title, stages, topic, summary, body, body.<n>, cover.
 */
export function articleErrors(input: ArticleInput, mode: 'draft' | 'publish'): FieldErrors {
  const errors: FieldErrors = {}
  const title = titleError(input.title)
  if (title) errors.title = title
  if (input.cover !== null && !COVERS.includes(input.cover)) errors.cover = '封面样式不正确'
  if (!input.stages.every(isStageId)) errors.stages = '阶段不正确'
  if (input.topic && !isTopicId(input.topic)) errors.topic = '主题不正确'
  if (input.summary.trim().length > SUMMARY_MAX) errors.summary = tooLongMessage(input.summary.trim().length, SUMMARY_MAX)
  input.body.forEach((block, index) => {
    if (blockText(block).length > BLOCK_MAX) errors[`body.${index}`] = tooLongMessage(blockText(block).length, BLOCK_MAX)
    else if (block.kind === 'list' && block.items.length > LIST_ITEMS_MAX) errors[`body.${index}`] = `一个列表最多${LIST_ITEMS_MAX}条，请删减或拆成两个列表`
  })
  if (input.body.length > BLOCKS_MAX) errors.body = `正文最多${BLOCKS_MAX}块，请合并或删减`
  if (mode === 'draft') return errors

  if (input.stages.length === 0) errors.stages = '请至少选择一个阶段'
  if (!input.topic) errors.topic = '请选择一个主题'
  const summary = input.summary.trim().length
  if (summary < SUMMARY_MIN && !errors.summary) errors.summary = `摘要至少${SUMMARY_MIN}个字`
  input.body.forEach((block, index) => {
    if (!errors[`body.${index}`] && blockText(block).trim().length === 0) errors[`body.${index}`] = '这一段是空的，请填写或删除'
  })
  if (errors.body) return errors
  if (!input.body.some((block) => block.kind === 'paragraph')) errors.body = '正文至少要有一个段落'
  else if (bodyLength(input.body) < BODY_MIN) errors.body = `正文至少${BODY_MIN}个字`
  return errors
}
