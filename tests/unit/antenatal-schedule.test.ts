import {
  ANTENATAL_VISITS,
  antenatalSchedule,
  nextVisit,
  visitDateError,
  visitNoteError,
  visitStatus,
  visitWindow,
} from '@/domain/antenatal-schedule'
import { addDays } from '@/domain/dates'
import { dueCountdown, dueDateFromLmp, formatGestationalAge, gestationalAge, trimesterOf } from '@/domain/pregnancy'

const LMP = '2026-07-04'

describe('antenatal schedule', () => {
  test('visits follow the national rhythm: every 4 weeks before 28, every 2 to 36, then weekly', () => {
    const starts = ANTENATAL_VISITS.map((visit) => visit.from.weeks)
    expect(starts.filter((week) => week < 28).length).toBeGreaterThanOrEqual(5)
    const from28to36 = starts.filter((week) => week >= 28 && week < 36)
    expect(from28to36).toEqual([28, 30, 32, 34])
    expect(starts.filter((week) => week >= 36)).toEqual([36, 37, 38, 39, 40, 41])
    for (let i = 1; i < ANTENATAL_VISITS.length; i += 1) {
      const previous = ANTENATAL_VISITS[i - 1].to
      const current = ANTENATAL_VISITS[i].from
      expect(current.weeks * 7 + current.days).toBeGreaterThan(previous.weeks * 7 + previous.days)
    }
  })

  test('the key checks sit at their usual weeks', () => {
    const byTitle = (text: string) => ANTENATAL_VISITS.find((visit) => visit.title.includes(text))!
    expect(byTitle('建档').from.weeks).toBe(6)
    expect(byTitle('NT')).toMatchObject({ from: { weeks: 11, days: 0 }, to: { weeks: 13, days: 6 } })
    expect(byTitle('大排畸')).toMatchObject({ from: { weeks: 20 }, to: { weeks: 23 } })
    expect(byTitle('糖耐')).toMatchObject({ from: { weeks: 24 }, to: { weeks: 27, days: 6 } })
    expect(ANTENATAL_VISITS.filter((visit) => visit.checks.join('').includes('胎心监护')).length).toBeGreaterThanOrEqual(4)
  })

  test('a window runs from its first to its last day inclusive', () => {
    const nt = ANTENATAL_VISITS[1]
    const window = visitWindow(nt, LMP)
    expect(window).toEqual({ start: addDays(LMP, 77), end: addDays(LMP, 97) })
    expect(visitStatus(window, addDays(window.start, -1))).toBe('upcoming')
    expect(visitStatus(window, window.start)).toBe('due')
    expect(visitStatus(window, window.end)).toBe('due')
    expect(visitStatus(window, addDays(window.end, 1))).toBe('overdue')
    expect(visitStatus(window, addDays(window.end, 1), { date: window.end })).toBe('done')
  })

  test('marks each visit against today and finds the next one', () => {
    const today = addDays(LMP, 20 * 7 + 3)
    const schedule = antenatalSchedule(LMP, today, { v01: { date: addDays(LMP, 60) } })
    expect(schedule.map((visit) => visit.status).slice(0, 5)).toEqual(['done', 'overdue', 'overdue', 'due', 'upcoming'])
    expect(nextVisit(schedule)?.id).toBe('v04')
  })

  test('at 41 weeks the 孕41周 visit is due; from 42 weeks every visit is done or overdue and none is next', () => {
    expect(nextVisit(antenatalSchedule(LMP, addDays(LMP, 41 * 7 + 6)))?.title).toBe('孕41周产检')
    const schedule = antenatalSchedule(LMP, addDays(LMP, 42 * 7))
    expect(schedule.every((visit) => visit.status === 'overdue')).toBe(true)
    expect(nextVisit(schedule)).toBeNull()
  })

  test('visit windows tile 6+0 to 41+6: every day of the pregnancy lies in exactly one visit', () => {
    const day = (at: { weeks: number; days: number }) => at.weeks * 7 + at.days
    expect(day(ANTENATAL_VISITS[0].from)).toBe(6 * 7)
    expect(day(ANTENATAL_VISITS[ANTENATAL_VISITS.length - 1].to)).toBe(41 * 7 + 6)
    for (let i = 1; i < ANTENATAL_VISITS.length; i += 1) {
      // Each visit starts the day after the previous one ends: no hole (the old 14+0–14+6), no overlap.
      expect(day(ANTENATAL_VISITS[i].from)).toBe(day(ANTENATAL_VISITS[i - 1].to) + 1)
    }
    const at = (weeks: number, days = 0) => antenatalSchedule(LMP, addDays(LMP, weeks * 7 + days)).filter((visit) => visit.status === 'due')
    expect(at(14).map((visit) => visit.title)).toEqual(['唐筛或无创DNA'])
    expect(at(14, 6).map((visit) => visit.title)).toEqual(['唐筛或无创DNA'])
    expect(at(41).map((visit) => visit.title)).toEqual(['孕41周产检'])
    expect(at(41, 6).map((visit) => visit.title)).toEqual(['孕41周产检'])
  })

  test('windows cross a leap day correctly', () => {
    const lmp = '2027-12-20'
    const nt = visitWindow(ANTENATAL_VISITS[1], lmp)
    expect(nt.start).toBe('2028-03-06')
    expect(dueDateFromLmp(lmp)).toBe('2028-09-25')
  })

  test('a visit date must be a real day within the pregnancy and not in the future', () => {
    expect(visitDateError('', LMP, '2026-11-24')).toBe('请选择产检日期')
    expect(visitDateError('2026-02-30', LMP, '2026-11-24')).toBe('日期格式不正确，应为年-月-日')
    expect(visitDateError('2026-11-25', LMP, '2026-11-24')).toBe('产检日期不能晚于今天')
    expect(visitDateError('2026-07-03', LMP, '2026-11-24')).toBe('产检日期不能早于末次月经')
    expect(visitDateError('2026-07-04', LMP, '2026-11-24')).toBeNull()
    expect(visitDateError('2026-11-24', LMP, '2026-11-24')).toBeNull()
    // LMP 2026-07-04: 41+6 is 2027-04-23, 42+0 is 2027-04-24.
    expect(visitDateError('2027-04-23', LMP, '2027-05-01')).toBeNull()
    expect(visitDateError('2027-04-24', LMP, '2027-05-01')).toBe('产检日期已在孕42周之后，请核对')
    expect(visitNoteError('好'.repeat(200))).toBeNull()
    expect(visitNoteError('好'.repeat(201))).toBe('最多200个字，已超出1个字，请删减')
  })
})

describe('gestational age and due date', () => {
  test('70 days after the LMP is 孕10周+0天, due 280 days after the LMP', () => {
    const lmp = '2026-09-15'
    const age = gestationalAge(lmp, addDays(lmp, 70))
    expect(formatGestationalAge(age)).toBe('孕10周+0天')
    expect(trimesterOf(age)).toBe(1)
    expect(dueDateFromLmp(lmp)).toBe('2027-06-22')
  })

  test('trimester boundaries at 14 and 28 weeks', () => {
    expect(trimesterOf(gestationalAge(LMP, addDays(LMP, 13 * 7 + 6)))).toBe(1)
    expect(trimesterOf(gestationalAge(LMP, addDays(LMP, 14 * 7)))).toBe(2)
    expect(trimesterOf(gestationalAge(LMP, addDays(LMP, 27 * 7 + 6)))).toBe(2)
    expect(trimesterOf(gestationalAge(LMP, addDays(LMP, 28 * 7)))).toBe(3)
  })

  test('the countdown says so on the due date and after it', () => {
    const due = dueDateFromLmp(LMP)
    expect(dueCountdown(LMP, addDays(due, -1))).toBe('还有1天')
    expect(dueCountdown(LMP, due)).toBe('今天是预产期')
    expect(dueCountdown(LMP, addDays(due, 3))).toBe('已过预产期3天')
  })
})
