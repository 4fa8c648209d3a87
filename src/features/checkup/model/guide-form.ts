import type { EligibilityAnswers, MaritalStatus, Residency } from '@/domain/checkup-eligibility'
import { answersErrors, isDistrict } from '@/domain/checkup-eligibility'
import type { DateString } from '@/domain/dates'
import type { FamilyProfile } from '@/domain/family'
import { lmpError, type FieldErrors } from '@/domain/validation'

/** Answers the family profile can give: it records a pregnancy, not marital status or 户籍. */
export type PrefilledField = 'pregnant' | 'lmp'

/** The guided check as typed: every answer may still be missing. */
export interface GuideDraft {
  residency: Residency | ''
  marital: MaritalStatus | ''
  planning: 'yes' | 'no' | ''
  pregnant: 'yes' | 'no' | ''
  lmp: string
  district: string
  /** The user pressed 查看结果 with valid answers: show the result on reopening too. */
  showResult: boolean
  /** Answers taken from the family profile and not changed since; each shows where it came from. */
  prefilled?: PrefilledField[]
}

export const EMPTY_GUIDE: GuideDraft = { residency: '', marital: '', planning: '', pregnant: '', lmp: '', district: '', showResult: false }

export function draftFromAnswers(answers: EligibilityAnswers): GuideDraft {
  return {
    residency: answers.residency,
    marital: answers.marital,
    planning: answers.planning ? 'yes' : 'no',
    pregnant: answers.pregnant ? 'yes' : 'no',
    lmp: answers.lmp ?? '',
    district: answers.district ?? '',
    showResult: true,
  }
}

/**
 * A fresh guided check filled in with what the family profile already knows: a pregnancy on
 * record answers 已怀孕 with its LMP. A pregnancy that has reached 42 weeks is over (the app
 * asks how it ended elsewhere), so it answers nothing. Marital status and 户籍 are not in the
 * profile and stay for the person to answer.
 */
export function guideFromFamily(family: FamilyProfile | null, today: DateString): GuideDraft {
  const lmp = family?.pregnancy?.lmp
  if (!lmp || lmpError(lmp, today)) return EMPTY_GUIDE
  return { ...EMPTY_GUIDE, pregnant: 'yes', lmp, prefilled: ['pregnant', 'lmp'] }
}

/** The draft after the person changes some answers: those answers are theirs now, not prefilled. */
export function changeGuide(draft: GuideDraft, patch: Partial<Omit<GuideDraft, 'prefilled' | 'showResult'>>): GuideDraft {
  const prefilled = (draft.prefilled ?? []).filter((field) => !(field in patch))
  return { ...draft, ...patch, showResult: false, prefilled }
}

export function answersFromDraft(draft: GuideDraft): EligibilityAnswers {
  return {
    residency: draft.residency as Residency,
    marital: draft.marital as MaritalStatus,
    planning: draft.planning === 'yes',
    pregnant: draft.pregnant === 'yes',
    lmp: draft.pregnant === 'yes' ? draft.lmp : undefined,
    // A draft kept on the phone may name a district the list no longer has: then no district.
    district: isDistrict(draft.district) ? draft.district : undefined,
  }
}

export function guideErrors(draft: GuideDraft, today: DateString): FieldErrors {
  const errors: FieldErrors = answersErrors(
    { ...answersFromDraft(draft), residency: draft.residency || undefined, marital: draft.marital || undefined },
    today,
  )
  if (!draft.pregnant) errors.pregnant = '请选择是否已经怀孕'
  if (draft.pregnant === 'no' && !draft.planning) errors.planning = '请选择是否计划近期怀孕'
  return errors
}
