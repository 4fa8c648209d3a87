import { ageInMonths, type DateString } from './dates'
import { daysToDue, gestationalAge, MAX_GESTATION_DAYS } from './pregnancy'

/**
 * 优生优育进万家: guidance follows the family's stage, from planning a pregnancy to age three
 * (the national 3岁以下婴幼儿健康养育照护指南).
 */
export type StageId =
  | 'preparing'
  | 'pregnancy-early'
  | 'pregnancy-mid'
  | 'pregnancy-late'
  | 'infant-0-6'
  | 'infant-6-12'
  | 'toddler-12-24'
  | 'toddler-24-36'

export const STAGES: Array<{ id: StageId; label: string }> = [
  { id: 'preparing', label: '备孕' },
  { id: 'pregnancy-early', label: '孕早期' },
  { id: 'pregnancy-mid', label: '孕中期' },
  { id: 'pregnancy-late', label: '孕晚期' },
  { id: 'infant-0-6', label: '0–6月' },
  { id: 'infant-6-12', label: '6–12月' },
  { id: 'toddler-12-24', label: '1–2岁' },
  { id: 'toddler-24-36', label: '2–3岁' },
]

export const STAGE_LABELS = Object.fromEntries(STAGES.map((stage) => [stage.id, stage.label])) as Record<StageId, string>

export type TopicId =
  | 'growth'
  | 'feeding'
  | 'play'
  | 'daily-care'
  | 'injury-prevention'
  | 'common-illness'
  | 'prenatal-care'
  | 'reproductive-health'

export const TOPICS: Array<{ id: TopicId; label: string }> = [
  { id: 'growth', label: '生长监测' },
  { id: 'feeding', label: '营养喂养' },
  { id: 'play', label: '交流玩耍' },
  { id: 'daily-care', label: '生活照料' },
  { id: 'injury-prevention', label: '伤害预防' },
  { id: 'common-illness', label: '常见病' },
  { id: 'prenatal-care', label: '孕期保健' },
  { id: 'reproductive-health', label: '生殖健康' },
]

export const TOPIC_LABELS = Object.fromEntries(TOPICS.map((topic) => [topic.id, topic.label])) as Record<TopicId, string>

export const isStageId = (value: unknown): value is StageId => STAGES.some((stage) => stage.id === value)
export const isTopicId = (value: unknown): value is TopicId => TOPICS.some((topic) => topic.id === value)

/**
 * A child's stage by completed months (月龄): 0–5 months 0–6月, 6–11 6–12月, 12–23 1–2岁,
 * 24–35 2–3岁. Null before birth and from the third birthday (outside this service).
 */
export function stageForChild(birthDate: DateString, today: DateString): StageId | null {
  const months = ageInMonths(birthDate, today)
  if (months < 0) return null
  if (months < 6) return 'infant-0-6'
  if (months < 12) return 'infant-6-12'
  if (months < 24) return 'toddler-12-24'
  if (months < 36) return 'toddler-24-36'
  return null
}

/**
 * The pregnancy's stage: 孕早期 to 13⁺⁶ weeks, 孕中期 to 27⁺⁶, then 孕晚期, which lasts past
 * the due date (a pregnancy may run to 42 weeks). Null for an LMP in the future or over 42 weeks
 * ago: the profile is out of date, so the feed should not guess.
 */
export function stageForPregnancy(lmp: DateString, today: DateString): StageId | null {
  const age = gestationalAge(lmp, today)
  if (age.totalDays < 0 || age.totalDays > MAX_GESTATION_DAYS) return null
  if (age.weeks < 14) return 'pregnancy-early'
  if (age.weeks < 28) return 'pregnancy-mid'
  return 'pregnancy-late'
}

export interface StageChoice {
  /** 'pregnancy', a child's id, or 'preparing'. */
  key: string
  label: string
  stage: StageId
}

/** Whom the feed can be for: the pregnancy and each child under three, else 备孕. */
export function stageChoices(
  family: { pregnancy: { lmp: string } | null; children: Array<{ id: string; name: string; birthDate: string }> },
  today: DateString,
): StageChoice[] {
  const choices: StageChoice[] = []
  if (family.pregnancy) {
    const stage = stageForPregnancy(family.pregnancy.lmp, today)
    if (stage) {
      const passed = daysToDue(family.pregnancy.lmp, today) < 0
      choices.push({ key: 'pregnancy', label: passed ? `${STAGE_LABELS[stage]}（已过预产期）` : `孕期 · ${STAGE_LABELS[stage]}`, stage })
    }
  }
  for (const child of family.children) {
    const stage = stageForChild(child.birthDate, today)
    if (stage) choices.push({ key: child.id, label: `${child.name} · ${STAGE_LABELS[stage]}`, stage })
  }
  if (choices.length === 0) choices.push({ key: 'preparing', label: STAGE_LABELS.preparing, stage: 'preparing' })
  return choices
}

/** Minutes to read Chinese text at about 400 characters a minute, at least one. */
export function readingMinutes(characters: number): number {
  return Math.max(1, Math.round(characters / 400))
}
