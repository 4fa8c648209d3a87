import { addDays, daysBetween, type DateString } from './dates'

/** Naegele's rule as used in Chinese antenatal care: due date = LMP + 280 days (40 weeks). */
export const PREGNANCY_DAYS = 280
/**
 * 42+0 weeks: no pregnancy is left to run that long (孕前和孕期保健指南 2018: induce from 41 weeks).
 * A new LMP this old is a typing error; a pregnancy on record that reaches it has ended, and the
 * app asks how instead of counting 孕42周 and beyond.
 */
export const MAX_GESTATION_DAYS = 42 * 7

/** The week the second and third trimesters start (national 孕产期保健 guidance). */
export const SECOND_TRIMESTER_WEEK = 14
export const THIRD_TRIMESTER_WEEK = 28

export interface GestationalAge {
  weeks: number
  days: number
  totalDays: number
}

export type Trimester = 1 | 2 | 3

export function dueDateFromLmp(lmp: DateString): DateString {
  return addDays(lmp, PREGNANCY_DAYS)
}

export function lmpFromDueDate(dueDate: DateString): DateString {
  return addDays(dueDate, -PREGNANCY_DAYS)
}

export function gestationalAge(lmp: DateString, today: DateString): GestationalAge {
  const totalDays = daysBetween(lmp, today)
  return { weeks: Math.floor(totalDays / 7), days: totalDays % 7, totalDays }
}

/** "孕20周+3天" (the form used on Chinese antenatal records). */
export function formatGestationalAge(age: GestationalAge): string {
  return `孕${age.weeks}周+${age.days}天`
}

/** 孕早期 to 13⁺⁶ weeks, 孕中期 14–27⁺⁶, 孕晚期 from 28 weeks (national 孕产期保健 guidance). */
export function trimesterOf(age: GestationalAge): Trimester {
  if (age.weeks < SECOND_TRIMESTER_WEEK) return 1
  if (age.weeks < THIRD_TRIMESTER_WEEK) return 2
  return 3
}

/** From 42+0 weeks the pregnancy on record is over: ask what happened, never show 孕42周+. */
export function isPastTerm(lmp: DateString, today: DateString): boolean {
  return daysBetween(lmp, today) >= MAX_GESTATION_DAYS
}

export const TRIMESTER_LABELS: Record<Trimester, string> = { 1: '孕早期', 2: '孕中期', 3: '孕晚期' }

export function daysToDue(lmp: DateString, today: DateString): number {
  return daysBetween(today, dueDateFromLmp(lmp))
}

/** "还有137天", "今天是预产期", "已过预产期3天". */
export function dueCountdown(lmp: DateString, today: DateString): string {
  const toGo = daysToDue(lmp, today)
  if (toGo > 0) return `还有${toGo}天`
  if (toGo === 0) return '今天是预产期'
  return `已过预产期${-toGo}天`
}
