import { isStageId, isTopicId, stageChoices, stageLabel, STAGES, type StageChoice, type StageId, type TopicId } from '@/domain/guidance'
import type { FamilyProfile } from '@/domain/family'
import type { Chip } from '@/components/chip-row'
import { GUIDANCE_TEXTS as T } from '../texts'

/**
 * The feed's "为谁看" chips: the family's own (孕期 · 孕中期, 乐乐 · 1–2岁) first, then the other
 * stages, then 全部. A chip's value is `for:<key>` for a family member or `stage:<id>`.
 */
export function forWhomChips(family: FamilyProfile | null, today: string): { chips: Chip[]; choices: StageChoice[] } {
  const choices = family ? stageChoices(family, today) : []
  const own = new Set(choices.map((choice) => choice.stage))
  const chips: Chip[] = [
    ...choices.map((choice) => ({ value: `for:${choice.key}`, label: choice.label })),
    ...STAGES.filter((stage) => !own.has(stage.id)).map((stage) => ({ value: `stage:${stage.id}`, label: stage.label })),
    { value: 'all', label: T.allStages },
  ]
  return { chips, choices }
}

export function stageOfChip(value: string, choices: StageChoice[]): StageId | undefined {
  if (value.startsWith('for:')) return choices.find((choice) => `for:${choice.key}` === value)?.stage
  const stage = value.startsWith('stage:') ? value.slice('stage:'.length) : undefined
  return isStageId(stage) ? stage : undefined
}

/** The topic a chip filters by; 全部 (or anything that is not a topic) filters by none. */
export function topicOfChip(value: string): TopicId | undefined {
  return isTopicId(value) ? value : undefined
}

/**
 * Whom a chip stands for, as the feed names them in a sentence: a child by name (乐乐), the
 * pregnancy or any other stage by its stage (孕中期, 0–6月). Null for 全部阶段.
 */
export function whoOfChip(value: string, choices: StageChoice[], family: FamilyProfile | null): string | null {
  const stage = stageOfChip(value, choices)
  if (!stage) return null
  const child = value.startsWith('for:') ? family?.children.find((candidate) => `for:${candidate.id}` === value) : undefined
  return child?.name ?? stageLabel(stage)
}
