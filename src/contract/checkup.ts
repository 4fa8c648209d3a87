/**
 * The checkup area's contract (婚孕检): the three free checkup programmes, where to get them, the
 * guided check "哪些检查适合我", the pregnancy's antenatal timeline, and the visits of earlier
 * pregnancies (以往孕期的产检记录).
 */
import {
  array,
  check,
  custom,
  nullable,
  nullish,
  number,
  object,
  optional,
  picklist,
  pipe,
  record,
  string,
  type GenericSchema,
  type InferInput,
  type InferOutput,
} from 'valibot'
import { ANTENATAL_VISITS, VISIT_NOTE_MAX } from '@/domain/antenatal-schedule'
import {
  HANGZHOU_DISTRICTS,
  MARITAL_STATUSES,
  PROGRAMME_IDS,
  RESIDENCIES,
  type EligibilityAnswers,
} from '@/domain/checkup-eligibility'
import { methods } from './method'
import { dateString, id, nothing, oneOf, text, yesNo } from './schema-kit'

const programmeId = oneOf(PROGRAMME_IDS, '检查项目')
const district = oneOf(HANGZHOU_DISTRICTS, '所在区')

export const ProgrammeSummary = object({
  id: programmeId,
  name: string(),
  /** One sentence shown on the programme list. */
  tagline: string(),
})

const CheckupItemGroup = object({
  /** e.g. 病史询问, 体格检查, 实验室检查, 影像检查, 风险评估与咨询指导 */
  title: string(),
  /** Each item with its plain-language purpose: why it is done. */
  items: array(object({ name: string(), purpose: string() })),
})

export const ProgrammeDto = object({
  ...ProgrammeSummary.entries,
  /** Who is eligible: one line each (户籍/居住证, both partners, how often). */
  eligibility: array(string()),
  itemGroups: array(CheckupItemGroup),
  /** How to prepare: fasting, timing around menstruation, abstinence, etc. */
  preparation: array(string()),
  /** What to bring. */
  documents: array(string()),
  cost: string(),
  /** How long results are valid / when to repeat. */
  validity: string(),
  /** What to do after the checkup. */
  nextSteps: array(string()),
  /** Short official-style basis, e.g. the national programme it belongs to. */
  basis: string(),
})

export const InstitutionDto = object({
  id: string(),
  name: string(),
  district,
  address: string(),
  /** Landline like 0571-8xxxxxxx. */
  phone: string(),
  /** e.g. 周一至周五 8:00-11:30，13:30-16:30 */
  hours: string(),
  programmes: array(programmeId),
  latitude: number(),
  longitude: number(),
  /** Optional practical note, e.g. 需提前在公众号预约 */
  note: optional(string()),
})

export const InstitutionList = object({
  /** Every district that has an institution, in the city's usual order, for the filter. */
  districts: array(district),
  items: array(InstitutionDto),
})

const QueryFields = object({ district: optional(district), programme: optional(programmeId) })
/**
 * Both filters optional; no filter at all (null) lists every institution. valibot's object()
 * takes a list too, and with every field optional a list would read as "no filter": refused here.
 */
const InstitutionQuery = nullish(
  pipe(
    custom<InferInput<typeof QueryFields>>((input) => typeof input === 'object' && input !== null && !Array.isArray(input), '查询条件格式不正确'),
    QueryFields,
  ),
  {},
)

/**
 * The guided check's answers: every one from its closed set. The domain (answersErrors) still
 * speaks for the human rules, such as an LMP in the future. `satisfies` keeps the schema and the
 * domain's EligibilityAnswers from drifting apart.
 */
export const AnswersInput = object({
  residency: oneOf(RESIDENCIES, '户籍或居住情况'),
  marital: oneOf(MARITAL_STATUSES, '婚姻状况'),
  planning: yesNo('是否计划近期怀孕'),
  pregnant: yesNo('是否已经怀孕'),
  /** First day of the last period, when pregnant (dropped otherwise). */
  lmp: optional(dateString('末次月经日期')),
  /** The district to look for institutions in. */
  district: optional(oneOf(HANGZHOU_DISTRICTS, '检查的区')),
}) satisfies GenericSchema<unknown, EligibilityAnswers>

export const SavedAnswers = object({ answers: AnswersInput, savedAt: string() })

/** One of the antenatal visits of src/domain/antenatal-schedule.ts, as a key of the records. */
const visitKey = pipe(
  string(),
  check((key) => ANTENATAL_VISITS.some((visit) => visit.id === key), '未知的产检'),
)

export const VisitRecordInput = object({
  /** The day the visit took place. */
  date: dateString('产检日期'),
  note: optional(text('备注', { max: VISIT_NOTE_MAX })),
})

export const TimelineDto = object({
  /** From the family profile; null when no pregnancy is recorded. */
  lmp: nullable(string()),
  records: record(visitKey, object({ date: string(), note: optional(string()) })),
})

/** A visit done in a past pregnancy, in the schedule's order, with the schedule's title for it. */
export const PastVisitDto = object({
  visitId: visitKey,
  title: string(),
  date: string(),
  note: optional(string()),
})

/** A pregnancy that ended (or was replaced by another on the family record) and its visits done. */
export const PastPregnancyDto = object({
  lmp: string(),
  dueDate: string(),
  /** The baby's birth date when the family record shows a birth that fits the pregnancy; otherwise null. */
  endedOn: nullable(string()),
  records: array(PastVisitDto),
})

export const PregnancyHistoryDto = object({
  /** Latest LMP first; only pregnancies with at least one visit done. */
  pregnancies: array(PastPregnancyDto),
})

/** A visit of the schedule, by the id the schedule gives it (v01…v15); unknown ids are NOT_FOUND. */
const visitId = id('产检编号')

export const checkupMethods = methods({
  'checkup.programmes': { summary: '三项免费检查（婚检、孕前检查、产检）的列表', payload: nothing, result: array(ProgrammeSummary) },
  'checkup.programme': {
    summary: '一项检查的详情：谁可以做、查什么、怎么准备、带什么',
    payload: object({ id: picklist(PROGRAMME_IDS, '没有找到这项检查') }),
    result: ProgrammeDto,
  },
  'checkup.institutions': {
    summary: '可做检查的机构，可按所在区和检查项目筛选',
    payload: InstitutionQuery,
    result: InstitutionList,
  },
  'checkup.myAnswers': { summary: '我保存的自查答案（没有则为空）', payload: nothing, result: nullable(SavedAnswers) },
  'checkup.saveAnswers': {
    summary: '保存“哪些检查适合我”的自查答案（需同意自查结果的敏感信息授权）',
    form: 'answers',
    payload: object({ answers: AnswersInput }),
    result: SavedAnswers,
  },
  'checkup.timeline': { summary: '我的孕期产检时间轴：末次月经与已完成的产检', payload: nothing, result: TimelineDto },
  'checkup.markVisit': {
    summary: '把一次产检标记为已完成，附日期和备注',
    payload: object({ visitId, ...VisitRecordInput.entries }),
    result: TimelineDto,
  },
  'checkup.unmarkVisit': { summary: '撤销一次产检的完成标记', payload: object({ visitId }), result: TimelineDto },
  'checkup.history': {
    summary: '以往孕期的产检记录：已结束（或已另记新孕期）的孕期与当时完成的产检',
    payload: nothing,
    result: PregnancyHistoryDto,
  },
})

export type ProgrammeSummary = InferOutput<typeof ProgrammeSummary>
export type ProgrammeDto = InferOutput<typeof ProgrammeDto>
export type InstitutionDto = InferOutput<typeof InstitutionDto>
export type InstitutionList = InferOutput<typeof InstitutionList>
export type InstitutionQuery = NonNullable<InferOutput<typeof InstitutionQuery>>
export type SavedAnswers = InferOutput<typeof SavedAnswers>
export type TimelineDto = InferOutput<typeof TimelineDto>
export type PastVisitDto = InferOutput<typeof PastVisitDto>
export type PastPregnancyDto = InferOutput<typeof PastPregnancyDto>
export type PregnancyHistoryDto = InferOutput<typeof PregnancyHistoryDto>
