/**
 * 生育支持's contract: what a family can claim (育儿补贴, 个税扣除, leave, 生育津贴), the leave
 * calendar and the plan kept under 我的, and each child's 出生一件事 checklist. Every figure
 * travels with its legal basis and the day it was checked: the app shows them as reference only.
 */
import { array, boolean, literal, nullable, number, object, optional, string, type InferOutput } from 'valibot'
import { CHECKLIST_ITEM_IDS } from '@/domain/birth-checklist'
import { SUPPORT_REGIONS } from '@/domain/birth-support-rules'
import { WAGE_MAX } from '@/domain/support-profile'
import { methods } from './method'
import { id, nothing, oneOf, whole, yesNo } from './schema-kit'

const region = oneOf(SUPPORT_REGIONS, '参保地')
const deductionSplit = oneOf(['one-parent', 'shared'], '个税扣除方式')
const leaveKind = oneOf(['产假', '陪产假', '育儿假', '哺乳时间'], '假期')
const basisLines = { basis: string(), checkedOn: string() }

/** One rule of the public explainer: readable without a family or a sign-in. */
export const RuleDto = object({
  id: string(),
  title: string(),
  /** The figure in words, e.g. 每孩每年3600元，至满3周岁. */
  figure: string(),
  /** Who it is for and what it is. */
  summary: string(),
  /** How and where to claim it, one step a line. */
  howToClaim: array(string()),
  ...basisLines,
  note: optional(string()),
})

export const ExplainerDto = object({
  region,
  regionName: string(),
  regions: array(object({ id: region, name: string() })),
  items: array(RuleDto),
})

/** What the family says about itself, only what the figures need. */
export const SituationInput = object({
  region,
  /** The mother is in 生育保险 (职工医保): no 生育津贴 without it. */
  motherInsured: yesNo('是否参加生育保险'),
  /** 用人单位上年度职工月平均工资 (元): optional, and only ever shown back to the family. */
  averageMonthlyWage: nullable(whole('单位月平均工资', 1, WAGE_MAX)),
  deductionSplit,
  /** Babies expected in the pregnancy on record (2 for twins). */
  expectedBabies: whole('胎数', 1, 4),
  difficultBirth: yesNo('是否难产'),
})

export const ClaimDto = object({
  kind: oneOf(['育儿补贴', '个税专项附加扣除', '生育津贴', '产假', '陪产假', '育儿假', '哺乳时间'], '项目'),
  /** The child's name, 宝宝 for a baby not born yet, 妈妈 or 配偶. */
  who: string(),
  /** For a leave or 生育津贴: the children of the birth it is for. */
  child: optional(string()),
  when: oneOf(['now', 'soon'], '时间'),
  amount: number(),
  unit: oneOf(['元', '元/年', '元/月', '天', '小时/天'], '单位'),
  start: string(),
  end: string(),
  ...basisLines,
  note: optional(string()),
})

export const LeavePeriodDto = object({
  kind: leaveKind,
  start: string(),
  end: string(),
  days: number(),
  hoursPerDay: optional(number()),
  status: oneOf(['past', 'current', 'upcoming'], '状态'),
  basis: string(),
  note: optional(string()),
})

export const LeaveCalendarDto = object({
  /** The birth date, or the due date while the baby is expected. */
  from: string(),
  estimated: boolean(),
  /** Whose birth: the children's names, or 宝宝（预产期） while expected. */
  forWhom: string(),
  mother: array(LeavePeriodDto),
  partner: array(LeavePeriodDto),
})

/** The leave calendar as the family saved it under 我的 ("加入我的计划"). */
export const PlanDto = object({ savedAt: string(), calendar: LeaveCalendarDto, /** The calendar has moved since (the birth came). */ outdated: boolean() })

export const ChecklistSummary = object({
  childId: string(),
  name: string(),
  birthDate: string(),
  done: number(),
  total: number(),
  overdue: number(),
})

export const MineDto = object({
  /** Null until the family has said; the figures then use the demo region and leave 生育津贴 out. */
  situation: nullable(SituationInput),
  regionName: string(),
  claims: array(ClaimDto),
  calendar: nullable(LeaveCalendarDto),
  plan: nullable(PlanDto),
  /** 出生一件事 for each child under three. */
  checklists: array(ChecklistSummary),
})

export const ChecklistItemDto = object({
  id: oneOf(CHECKLIST_ITEM_IDS, '事项'),
  title: string(),
  what: string(),
  online: optional(string()),
  inPerson: optional(string()),
  documents: array(string()),
  jointService: optional(string()),
  deadline: nullable(string()),
  deadlineLabel: nullable(string()),
  daysLeft: nullable(number()),
  state: oneOf(['done', 'overdue', 'due-soon', 'open'], '状态'),
  done: boolean(),
  ...basisLines,
  note: optional(string()),
})

export const ChecklistDto = object({
  child: object({ id: string(), name: string(), birthDate: string() }),
  /** Brothers and sisters born the same day (twins): each has a checklist of its own. */
  twins: array(object({ id: string(), name: string() })),
  items: array(ChecklistItemDto),
  progress: object({ done: number(), total: number(), overdue: number() }),
})

export const supportMethods = methods({
  'support.explainer': {
    summary: '生育支持政策说明（公开，不需要家庭信息）',
    payload: nullable(object({ region: optional(region) })),
    result: ExplainerDto,
  },
  'support.mine': { summary: '我家能享受的补贴与假期、休假日历和出生一件事进度（家长）', payload: nothing, result: MineDto },
  'support.saveSituation': {
    summary: '保存参保地、生育保险等计算所需的情况',
    form: 'situation',
    payload: object({ situation: SituationInput }),
    result: MineDto,
  },
  'support.savePlan': { summary: '把当前休假日历加入我的计划', payload: nothing, result: PlanDto },
  'support.removePlan': { summary: '移除我的休假计划', payload: nothing, result: object({ done: literal(true) }) },
  'support.checklist': { summary: '一个孩子的出生一件事清单', payload: object({ childId: id('孩子') }), result: ChecklistDto },
  'support.tick': {
    summary: '勾选或取消出生一件事中的一项',
    payload: object({ childId: id('孩子'), itemId: oneOf(CHECKLIST_ITEM_IDS, '事项'), done: yesNo('是否已办') }),
    result: ChecklistDto,
  },
})

export type RuleDto = InferOutput<typeof RuleDto>
export type ExplainerDto = InferOutput<typeof ExplainerDto>
export type SituationInput = InferOutput<typeof SituationInput>
export type ClaimDto = InferOutput<typeof ClaimDto>
export type LeavePeriodDto = InferOutput<typeof LeavePeriodDto>
export type LeaveCalendarDto = InferOutput<typeof LeaveCalendarDto>
export type PlanDto = InferOutput<typeof PlanDto>
export type ChecklistSummary = InferOutput<typeof ChecklistSummary>
export type MineDto = InferOutput<typeof MineDto>
export type ChecklistItemDto = InferOutput<typeof ChecklistItemDto>
export type ChecklistDto = InferOutput<typeof ChecklistDto>
