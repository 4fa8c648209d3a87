import { addDays, daysBetween, isDateString, type DateString } from './dates'
import { tooLongMessage } from './validation'

/**
 * The antenatal visit schedule of the national 孕前和孕期保健指南 (2018), as Chinese maternity
 * clinics apply it: before 28 weeks a visit every 4 weeks, 28–36 weeks every 2 weeks, after
 * 36 weeks every week, with the key checks at their usual weeks.
 */
export interface AntenatalVisit {
  id: string
  title: string
  /** The key checks done at this visit, in plain words. */
  checks: string[]
  /** Window as completed weeks + days of gestation, inclusive at both ends. */
  from: { weeks: number; days: number }
  to: { weeks: number; days: number }
  /** A key check (建档, NT, 唐筛, 大排畸, 糖耐, 胎心监护) is shown more prominently. */
  key: boolean
}

const w = (weeks: number, days = 0) => ({ weeks, days })

export const ANTENATAL_VISITS: AntenatalVisit[] = [
  { id: 'v01', title: '建档与首次产检', key: true, from: w(6), to: w(10, 6), checks: ['建立《母子健康手册》（建档、建册）', '血常规、尿常规、血型（ABO和Rh）、肝肾功能', '乙肝、梅毒、艾滋病筛查', '超声确认宫内妊娠和孕周'] },
  { id: 'v02', title: 'NT检查', key: true, from: w(11), to: w(13, 6), checks: ['超声测量胎儿颈项透明层（NT）', '早孕期胎儿结构初步筛查', '血压、体重'] },
  { id: 'v03', title: '唐筛或无创DNA', key: true, from: w(15), to: w(19, 6), checks: ['中孕期唐氏综合征血清学筛查（15–20周）', '高风险或高龄者：无创产前DNA检测或产前诊断', '血压、体重、宫高、胎心'] },
  { id: 'v04', title: '大排畸超声', key: true, from: w(20), to: w(23, 6), checks: ['胎儿系统超声（大排畸）筛查结构异常', '血压、体重、宫高、胎心'] },
  { id: 'v05', title: '糖耐量试验', key: true, from: w(24), to: w(27, 6), checks: ['75克口服葡萄糖耐量试验（OGTT），需空腹', '血常规、尿常规复查'] },
  { id: 'v06', title: '孕28–29周产检', key: false, from: w(28), to: w(29, 6), checks: ['血压、体重、宫高、腹围、胎心', 'Rh阴性者复查抗体', '开始每天数胎动'] },
  { id: 'v07', title: '孕30–31周产检', key: false, from: w(30), to: w(31, 6), checks: ['血压、体重、宫高、胎心', '超声评估胎儿生长、羊水和胎位'] },
  { id: 'v08', title: '孕32–33周产检', key: false, from: w(32), to: w(33, 6), checks: ['血压、体重、宫高、胎心', '尿常规', '了解分娩方式和待产准备'] },
  { id: 'v09', title: '孕34–35周产检', key: false, from: w(34), to: w(35, 6), checks: ['血压、体重、宫高、胎心', 'B族链球菌（GBS）筛查（35–37周）'] },
  { id: 'v10', title: '孕36周产检', key: true, from: w(36), to: w(36, 6), checks: ['胎心监护（NST）', '血常规、尿常规、凝血功能复查', '评估胎位和分娩方式'] },
  { id: 'v11', title: '孕37周产检', key: true, from: w(37), to: w(37, 6), checks: ['胎心监护', '宫颈评估', '血压、体重、宫高'] },
  { id: 'v12', title: '孕38周产检', key: true, from: w(38), to: w(38, 6), checks: ['胎心监护', '超声评估羊水和胎儿大小'] },
  { id: 'v13', title: '孕39周产检', key: true, from: w(39), to: w(39, 6), checks: ['胎心监护', '血压、体重、宫高'] },
  { id: 'v14', title: '孕40周产检', key: true, from: w(40), to: w(40, 6), checks: ['胎心监护和羊水评估', '过了预产期仍未临产，医生会评估引产时机（一般不超过41周）'] },
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

/** A visit can be marked done on a day inside the pregnancy, not in the future. */
export function visitDateError(date: string, lmp: DateString, today: DateString): string | null {
  if (!date) return '请选择产检日期'
  if (!isDateString(date)) return '日期格式不正确，应为年-月-日'
  if (daysBetween(date, today) < 0) return '产检日期不能晚于今天'
  if (daysBetween(lmp, date) < 0) return '产检日期不能早于末次月经'
  return null
}

export const VISIT_NOTE_MAX = 200

export function visitNoteError(note: string): string | null {
  return note.trim().length > VISIT_NOTE_MAX ? tooLongMessage(note.trim().length, VISIT_NOTE_MAX) : null
}
