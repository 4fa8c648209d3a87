import type { EligibilityAnswers, MaritalStatus, Residency } from '../../domain/checkup-eligibility'
import { answersErrors } from '../../domain/checkup-eligibility'
import type { DateString } from '../../domain/dates'
import type { FieldErrors } from '../../domain/validation'

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

export function answersFromDraft(draft: GuideDraft): EligibilityAnswers {
  return {
    residency: draft.residency as Residency,
    marital: draft.marital as MaritalStatus,
    planning: draft.planning === 'yes',
    pregnant: draft.pregnant === 'yes',
    lmp: draft.pregnant === 'yes' ? draft.lmp : undefined,
    district: draft.district || undefined,
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
