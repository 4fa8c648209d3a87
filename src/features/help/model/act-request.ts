import type { HelpActInput } from '@/contract/help'
import type { HelpAction } from '@/domain/help'

/** An action as the detail page sends it, with exactly that action's fields; the request's id is added when sent. */
export type ActRequest = HelpActInput extends infer T ? (T extends unknown ? Omit<T, 'id'> : never) : never

/** An action that opens a form first (a reason, a visit, a score); 受理 is sent at once. */
export type FormAction = Exclude<HelpAction, 'accept'>

export const SCORES = ['1', '2', '3', '4', '5'] as const
export type Score = (typeof SCORES)[number]

export interface VisitFields {
  date: string
  time: string
  visitor: string
}

export interface ActionFields {
  note: string
  visit: VisitFields
  score: Score | ''
}

/** The action's payload from what its form holds. An unpicked score goes as 0: the backend answers 请选择1–5分 at the field. */
export function actRequest(action: FormAction, { note, visit, score }: ActionFields): ActRequest {
  if (action === 'schedule') return { action, visit }
  if (action === 'rate') return { action, stars: Number(score), note }
  if (action === 'follow-up') return { action, satisfaction: Number(score), note }
  return { action, note }
}
