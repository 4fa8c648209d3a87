import type { SupportRules } from './birth-support-rules'
import { addDays, addMonths, daysBetween, type DateString } from './dates'

export type LeaveKind = '产假' | '陪产假' | '育儿假' | '哺乳时间'
export type PeriodStatus = 'past' | 'current' | 'upcoming'

export interface LeavePeriod {
  kind: LeaveKind
  /** First day, inclusive. */
  start: DateString
  /** Last day, inclusive. */
  end: DateString
  /**
   * Days of leave. For 产假 and 陪产假 the calendar days from start to end; for 育儿假 the days
   * that may be taken within the window start–end; for 哺乳时间 the days the window lasts.
   */
  days: number
  basis: string
  status: PeriodStatus
  /** 哺乳时间 only: the hours a day off work. */
  hoursPerDay?: number
  note?: string
}

export type LeaveCalendarInput = (
  | { dueDate: DateString; birthDate?: DateString }
  | { birthDate: DateString; dueDate?: DateString }
) & {
  /** Babies in this birth (2 for twins). */
  babies: number
  difficultBirth: boolean
  /** 1 for a first child, 2 for a second…: the provinces extend 产假 more for later children. */
  birthOrder?: number
  rules: SupportRules
  today: DateString
}

export interface LeaveCalendar {
  /** The birth date when known, else the due date: the day the leaves are counted from. */
  from: DateString
  estimated: boolean
  mother: LeavePeriod[]
  partner: LeavePeriod[]
}

export interface MaternityLeaveDays {
  /** National base plus 难产 and multiple-birth days (《女职工劳动保护特别规定》第七条). */
  national: number
  /** The province's extension for this child. */
  provincial: number
  total: number
}

/** 产假 days for one birth under `rules`. */
export function maternityLeaveDays(
  birth: { babies: number; difficultBirth: boolean; birthOrder?: number },
  rules: SupportRules,
): MaternityLeaveDays {
  const base = rules.maternityLeave.value
  const extraBabies = Math.max(0, Math.floor(birth.babies) - 1)
  const national = base.baseDays + (birth.difficultBirth ? base.difficultBirthExtraDays : 0) + extraBabies * base.perExtraBabyDays
  const extension = rules.provincialExtension.value
  const provincial = (birth.birthOrder ?? 1) > 1 ? extension.laterChildDays : extension.firstChildDays
  return { national, provincial, total: national + provincial }
}

function statusOn(start: DateString, end: DateString, today: DateString): PeriodStatus {
  if (end < today) return 'past'
  if (start > today) return 'upcoming'
  return 'current'
}

function period(kind: LeaveKind, start: DateString, end: DateString, days: number, basis: string, today: DateString): LeavePeriod {
  return { kind, start, end, days, basis, status: statusOn(start, end, today) }
}

/** 育儿假 windows, one for each year of the child's life until the third birthday. */
function parentalLeave(birth: DateString, rules: SupportRules, today: DateString): LeavePeriod[] {
  const { daysPerYearPerParent, untilAgeYears } = rules.parentalLeave.value
  if (daysPerYearPerParent <= 0) return []
  const periods: LeavePeriod[] = []
  for (let year = 0; year < untilAgeYears; year += 1) {
    const start = addMonths(birth, year * 12)
    const end = addDays(addMonths(birth, (year + 1) * 12), -1)
    periods.push({ ...period('育儿假', start, end, daysPerYearPerParent, rules.parentalLeave.basis, today), note: `第${year + 1}年，可在此期间内休` })
  }
  return periods
}

/**
 * The leaves of each parent around one birth. 产假 starts 15 days before the birth (or the due
 * date), as 《女职工劳动保护特别规定》 allows that many before it; 哺乳时间 follows it until the
 * first birthday; 陪产假 starts on the birth day; 育儿假 is a yearly allowance until three.
 */
export function leaveCalendar(input: LeaveCalendarInput): LeaveCalendar {
  const { rules, today } = input
  // The actual birth replaces the estimate: the leaves then run from the real day.
  const from = input.birthDate ?? input.dueDate
  if (from === undefined) throw new Error('leaveCalendar needs a birth date or a due date')
  const estimated = input.birthDate === undefined

  const leave = maternityLeaveDays(input, rules)
  const maternityStart = addDays(from, -rules.maternityLeave.value.prenatalDays)
  const maternityEnd = addDays(maternityStart, leave.total - 1)
  const basis = leave.provincial > 0 ? `${rules.maternityLeave.basis}；${rules.provincialExtension.basis}` : rules.maternityLeave.basis
  const mother: LeavePeriod[] = [
    {
      ...period('产假', maternityStart, maternityEnd, leave.total, basis, today),
      note: `国家规定${leave.national}天${leave.provincial > 0 ? `，另延长${leave.provincial}天` : ''}`,
    },
  ]

  // 哺乳时间 matters once she is back at work, and ends on the day before the first birthday.
  const nursing = rules.nursingTime.value
  const nursingStart = addDays(maternityEnd, 1)
  const nursingEnd = addDays(addMonths(from, nursing.untilAgeMonths), -1)
  if (nursingStart <= nursingEnd) {
    mother.push({
      ...period('哺乳时间', nursingStart, nursingEnd, daysBetween(nursingStart, nursingEnd) + 1, rules.nursingTime.basis, today),
      hoursPerDay: nursing.hoursPerDay + Math.max(0, Math.floor(input.babies) - 1) * nursing.extraHoursPerExtraBaby,
    })
  }

  const partner: LeavePeriod[] = []
  const partnerDays = rules.partnerLeave.value.days
  if (partnerDays > 0) {
    partner.push(period('陪产假', from, addDays(from, partnerDays - 1), partnerDays, rules.partnerLeave.basis, today))
  }

  mother.push(...parentalLeave(from, rules, today))
  partner.push(...parentalLeave(from, rules, today))
  return { from, estimated, mother, partner }
}
