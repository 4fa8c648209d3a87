import { antenatalSchedule, nextVisit, type ScheduledVisit, type VisitRecord } from '@/domain/antenatal-schedule'
import type { DateString } from '@/domain/dates'
import { dueCountdown, dueDateFromLmp, formatGestationalAge, gestationalAge, isPastTerm, TRIMESTER_LABELS, trimesterOf } from '@/domain/pregnancy'

export type PregnancyStatus =
  | { kind: 'none' }
  /** 42+0 weeks or more: the pregnancy has ended, so no weeks or visits are counted; the app asks how it ended. */
  | { kind: 'past-term'; lmp: DateString }
  | {
      kind: 'ongoing'
      lmp: DateString
      /** e.g. 孕20周+3天 */
      age: string
      trimester: string
      dueDate: DateString
      countdown: string
      schedule: ScheduledVisit[]
      next: ScheduledVisit | null
    }

/** Where the recorded pregnancy stands today: what 婚孕检's 首页 card and the timeline show. */
export function pregnancyStatus(lmp: DateString | null, records: Record<string, VisitRecord> | undefined, today: DateString): PregnancyStatus {
  if (!lmp) return { kind: 'none' }
  if (isPastTerm(lmp, today)) return { kind: 'past-term', lmp }
  const age = gestationalAge(lmp, today)
  const schedule = antenatalSchedule(lmp, today, records)
  return {
    kind: 'ongoing',
    lmp,
    age: formatGestationalAge(age),
    trimester: TRIMESTER_LABELS[trimesterOf(age)],
    dueDate: dueDateFromLmp(lmp),
    countdown: dueCountdown(lmp, today),
    schedule,
    next: nextVisit(schedule),
  }
}
