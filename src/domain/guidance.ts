import { ageInMonths, type DateString } from './dates'
import { ownValue } from './own'
import { daysToDue, gestationalAge, MAX_GESTATION_DAYS } from './pregnancy'
import { UNDER_THREE_MONTHS } from './under-three'

/**
 * 优生优育进万家: guidance follows the family's stage, from planning a pregnancy to age three
 * (the national 3岁以下婴幼儿健康养育照护指南). The stages, in life order, are a closed set: the
 * feed's filter and an article's tags.
 */
export const STAGE_IDS = [
  'preparing',
  'pregnancy-early',
  'pregnancy-mid',
  'pregnancy-late',
  'infant-0-6',
  'infant-6-12',
  'toddler-12-24',
  'toddler-24-36',
] as const
export type StageId = (typeof STAGE_IDS)[number]

/** Every stage has a label: the Record makes a missing one a compile error. */
export const STAGE_LABELS: Readonly<Record<StageId, string>> = {
  preparing: '备孕',
  'pregnancy-early': '孕早期',
  'pregnancy-mid': '孕中期',
  'pregnancy-late': '孕晚期',
  'infant-0-6': '0–6月',
  'infant-6-12': '6–12月',
  'toddler-12-24': '1–2岁',
  'toddler-24-36': '2–3岁',
}

export const STAGES: Array<{ id: StageId; label: string }> = STAGE_IDS.map((id) => ({ id, label: STAGE_LABELS[id] }))

/** The topics of the national guide: a closed set. */
export const TOPIC_IDS = [
  'growth',
  'feeding',
  'play',
  'daily-care',
  'injury-prevention',
  'common-illness',
  'prenatal-care',
  'reproductive-health',
] as const
export type TopicId = (typeof TOPIC_IDS)[number]

export const TOPIC_LABELS: Readonly<Record<TopicId, string>> = {
  growth: '生长监测',
  feeding: '营养喂养',
  play: '交流玩耍',
  'daily-care': '生活照料',
  'injury-prevention': '伤害预防',
  'common-illness': '常见病',
  'prenatal-care': '孕期保健',
  'reproductive-health': '生殖健康',
}

export const TOPICS: Array<{ id: TopicId; label: string }> = TOPIC_IDS.map((id) => ({ id, label: TOPIC_LABELS[id] }))

export const isStageId = (value: unknown): value is StageId => STAGE_IDS.some((stage) => stage === value)
export const isTopicId = (value: unknown): value is TopicId => TOPIC_IDS.some((topic) => topic === value)

/**
 * A stage's or topic's label by a value that may have come from outside (a chip, a stored draft,
 * a link): own keys only, so `constructor` or `toString` label nothing rather than a function.
 */
export const stageLabel = (stage: string): string => ownValue(STAGE_LABELS, stage) ?? ''
export const topicLabel = (topic: string): string => ownValue(TOPIC_LABELS, topic) ?? ''

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
  if (months < UNDER_THREE_MONTHS) return 'toddler-24-36'
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

/** Whom the feed can be for: the pregnancy and each child under three (youngest first), else 备孕. */
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
  // Youngest first: a newborn's first months are what the family reads most about (and a birth
  // recorded today moves 优生优育 straight to 0–6月).
  const youngestFirst = [...family.children].sort((a, b) => (a.birthDate > b.birthDate ? -1 : a.birthDate < b.birthDate ? 1 : 0))
  for (const child of youngestFirst) {
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
