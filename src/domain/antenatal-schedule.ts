import { addDays, daysBetween, isDateString, type DateString } from './dates'
import { MAX_GESTATION_DAYS } from './pregnancy'
import { tooLongMessage } from './validation'

/**
 * The antenatal visit schedule of the national 孕前和孕期保健指南（2018）(中华医学会妇产科学分会
 * 产科学组, 中华妇产科杂志 2018;53(1):7-13, 表1), as Chinese maternity clinics apply it: before
 * 28 weeks a visit every 4 weeks, 28–36 weeks every 2 weeks, from 37 weeks every week to 41+6
 * (the guideline's visits 7–11; past 41 weeks it advises admission and induction).
 *
 * Visit windows tile the pregnancy from 6+0 to 41+6 with no gap and no overlap, so every day of
 * an ongoing pregnancy belongs to exactly one visit. A key check keeps its own window from the
 * guideline (唐筛 15–20⁺⁶周 runs past the end of its visit at 19+6): the timeline and the 产前检查
 * programme text both print KEY_CHECK_WINDOWS, so the two cannot disagree.
 */
export interface WeeksDays {
  weeks: number
  days: number
}

export interface WeekRange {
  from: WeeksDays
  /** Inclusive. */
  to: WeeksDays
}

export interface AntenatalVisit extends WeekRange {
  id: string
  title: string
  /** The key checks done at this visit, in plain words. */
  checks: string[]
  /** A key check (建档, NT, 唐筛, 大排畸, 糖耐, 胎心监护) is shown more prominently. */
  key: boolean
}

const w = (weeks: number, days = 0): WeeksDays => ({ weeks, days })

/** The guideline's own gestational windows for the key checks (表1), inclusive at both ends. */
export const KEY_CHECK_WINDOWS = {
  /** 早孕期超声：胎儿颈项透明层（NT）. */
  nt: { from: w(11), to: w(13, 6) },
  /** 无创产前基因检测（NIPT）. */
  nipt: { from: w(12), to: w(22, 6) },
  /** 中孕期胎儿染色体非整倍体母体血清学筛查（唐筛）："15～20周", i.e. to 20+6. */
  downs: { from: w(15), to: w(20, 6) },
  /** 胎儿系统超声筛查（大排畸）. */
  anomalyScan: { from: w(20), to: w(24) },
  /** 75 g OGTT（糖耐）. */
  ogtt: { from: w(24), to: w(28) },
  /** 孕晚期产科超声：胎儿生长、羊水、胎位. */
  growthScan: { from: w(30), to: w(32) },
  /** B族链球菌（GBS）筛查. */
  gbs: { from: w(35), to: w(37) },
  /** 分娩方式评估. */
  deliveryPlan: { from: w(37), to: w(41) },
} satisfies Record<string, WeekRange>

export type KeyCheck = keyof typeof KEY_CHECK_WINDOWS

/** 胎心监护（NST）：表1 lists it from 34 weeks (备查), weekly from 37. */
export const NST_FROM_WEEK = 34

const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶']
const fmt = (at: WeeksDays) => (at.days ? `${at.weeks}⁺${SUPERSCRIPT[at.days]}` : `${at.weeks}`)

/** "15–20⁺⁶周", "20–24周": how Chinese antenatal texts write a window of weeks. */
export function formatWeekRange(range: WeekRange): string {
  return `${fmt(range.from)}–${fmt(range.to)}周`
}

/** The window of a key check as printed everywhere: "15–20⁺⁶周". */
export const checkWindow = (check: KeyCheck): string => formatWeekRange(KEY_CHECK_WINDOWS[check])

export const ANTENATAL_VISITS: AntenatalVisit[] = [
  { id: 'v01', title: '建档与首次产检', key: true, from: w(6), to: w(10, 6), checks: ['建立《母子健康手册》（建档、建册）', '血常规、尿常规、血型（ABO和Rh）、肝肾功能', '乙肝、梅毒、艾滋病筛查', '超声确认宫内妊娠和孕周'] },
  { id: 'v02', title: 'NT检查', key: true, from: w(11), to: w(13, 6), checks: [`超声测量胎儿颈项透明层（NT，${checkWindow('nt')}）`, '早孕期胎儿结构初步筛查', '血压、体重'] },
  { id: 'v03', title: '唐筛或无创DNA', key: true, from: w(14), to: w(19, 6), checks: ['分析首次产检的检查结果', `中孕期唐氏综合征血清学筛查（${checkWindow('downs')}）`, `高风险或高龄者：无创产前DNA检测（${checkWindow('nipt')}）或产前诊断`, '血压、体重、宫高、胎心'] },
  { id: 'v04', title: '大排畸超声', key: true, from: w(20), to: w(23, 6), checks: [`胎儿系统超声（大排畸，${checkWindow('anomalyScan')}）筛查结构异常`, `还没做唐筛的，到孕${fmt(KEY_CHECK_WINDOWS.downs.to)}周仍可抽血筛查`, '血压、体重、宫高、胎心'] },
  { id: 'v05', title: '糖耐量试验', key: true, from: w(24), to: w(27, 6), checks: [`75克口服葡萄糖耐量试验（OGTT，${checkWindow('ogtt')}），需空腹`, '血常规、尿常规复查'] },
  { id: 'v06', title: '孕28–29周产检', key: false, from: w(28), to: w(29, 6), checks: ['血压、体重、宫高、腹围、胎心', 'Rh阴性者复查抗体', '开始每天数胎动'] },
  { id: 'v07', title: '孕30–31周产检', key: false, from: w(30), to: w(31, 6), checks: ['血压、体重、宫高、胎心', `超声评估胎儿生长、羊水和胎位（${checkWindow('growthScan')}）`] },
  { id: 'v08', title: '孕32–33周产检', key: false, from: w(32), to: w(33, 6), checks: ['血压、体重、宫高、胎心', '尿常规', '了解分娩方式和待产准备'] },
  { id: 'v09', title: '孕34–35周产检', key: false, from: w(34), to: w(35, 6), checks: ['血压、体重、宫高、胎心', `B族链球菌（GBS）筛查（${checkWindow('gbs')}）`, `需要时开始胎心监护（孕${NST_FROM_WEEK}周起，按医生安排）`] },
  { id: 'v10', title: '孕36周产检', key: true, from: w(36), to: w(36, 6), checks: ['胎心监护（NST）', '血常规、尿常规、凝血功能复查', '评估胎位和分娩方式'] },
  { id: 'v11', title: '孕37周产检', key: true, from: w(37), to: w(37, 6), checks: ['胎心监护', '宫颈评估', '血压、体重、宫高'] },
  { id: 'v12', title: '孕38周产检', key: true, from: w(38), to: w(38, 6), checks: ['胎心监护', '超声评估羊水和胎儿大小'] },
  { id: 'v13', title: '孕39周产检', key: true, from: w(39), to: w(39, 6), checks: ['胎心监护', '血压、体重、宫高'] },
  { id: 'v14', title: '孕40周产检', key: true, from: w(40), to: w(40, 6), checks: ['胎心监护和羊水评估', '过了预产期仍未临产，医生会评估引产时机（一般不超过41周）'] },
  { id: 'v15', title: '孕41周产检', key: true, from: w(41), to: w(41, 6), checks: ['胎心监护和超声评估羊水', '满41周仍未临产的，按医生安排住院引产', '血压、体重、宫高'] },
]

export type VisitStatus = 'done' | 'due' | 'upcoming' | 'overdue'

export const VISIT_STATUS_LABELS: Record<VisitStatus, string> = {
  done: '已完成',
  due: '待进行',
  upcoming: '待进行',
  overdue: '已逾期',
}

export interface VisitRecord {
  /** The day the visit took place. */
  date: DateString
  note?: string
}

export interface ScheduledVisit extends AntenatalVisit {
  /** Calendar days of the window for this pregnancy. */
  start: DateString
  end: DateString
  /** done: marked done; due: today is inside the window; upcoming: window ahead; overdue: window passed. */
  status: VisitStatus
  record?: VisitRecord
}

export function visitWindow(visit: AntenatalVisit, lmp: DateString): { start: DateString; end: DateString } {
  return {
    start: addDays(lmp, visit.from.weeks * 7 + visit.from.days),
    end: addDays(lmp, visit.to.weeks * 7 + visit.to.days),
  }
}

export function visitStatus(window: { start: DateString; end: DateString }, today: DateString, record?: VisitRecord): VisitStatus {
  if (record) return 'done'
  if (daysBetween(window.end, today) > 0) return 'overdue'
  if (daysBetween(window.start, today) >= 0) return 'due'
  return 'upcoming'
}

/** The whole schedule for a pregnancy, each visit placed on the calendar and marked against today. */
export function antenatalSchedule(lmp: DateString, today: DateString, records: Record<string, VisitRecord> = {}): ScheduledVisit[] {
  return ANTENATAL_VISITS.map((visit) => {
    const window = visitWindow(visit, lmp)
    const record = records[visit.id]
    return { ...visit, ...window, record, status: visitStatus(window, today, record) }
  })
}

/** The visit to remind about: the first one not done whose window has not passed. */
export function nextVisit(schedule: ScheduledVisit[]): ScheduledVisit | null {
  return schedule.find((visit) => visit.status === 'due' || visit.status === 'upcoming') ?? null
}

/** A visit can be marked done on a day inside the pregnancy (before 42+0 weeks), not in the future. */
export function visitDateError(date: string, lmp: DateString, today: DateString): string | null {
  if (!date) return '请选择产检日期'
  if (!isDateString(date)) return '日期格式不正确，应为年-月-日'
  if (daysBetween(date, today) < 0) return '产检日期不能晚于今天'
  if (daysBetween(lmp, date) < 0) return '产检日期不能早于末次月经'
  if (daysBetween(lmp, date) >= MAX_GESTATION_DAYS) return '产检日期已在孕42周之后，请核对'
  return null
}

export const VISIT_NOTE_MAX = 200

export function visitNoteError(note: string): string | null {
  return note.trim().length > VISIT_NOTE_MAX ? tooLongMessage(note.trim().length, VISIT_NOTE_MAX) : null
}
