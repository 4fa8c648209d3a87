/**
 * 暖心服务's proactive care (the 双岗联系人's side): the families a contact looks after, each
 * one's contact record with the cadence it is held to, logging a call or visit, and a request
 * filed on the family's behalf after a phone call (电话代录). Notes are private to the family's
 * two contacts: they appear on the family's page only, never in a list. And the family's own side:
 * 我的三个全覆盖 (care.myCard), with amounts that only the family sees.
 */
import { array, boolean, literal, maxLength, nullable, nullish, number, object, pipe, regex, string, trim, type InferInput, type InferOutput } from 'valibot'
import { CONTACT_KINDS, CONTACT_LOG_MESSAGES, CONTACT_NOTE_MAX, FAMILY_STATES, SPECIAL_FAMILY_KINDS } from '@/domain/care'
import { SPECIAL_DAY_MESSAGES } from '@/domain/special-days'
import { INSURANCE_IDS } from '@/domain/three-coverage'
import { ContactDto, HelpDetail, HelpInput, HelpSummary } from './help'
import { methods } from './method'
import { dateString, nothing, oneOf, text } from './schema-kit'

/** Special families are accounts u-special, u-special-2…: nothing else names one. */
const familyId = pipe(string('家庭编号不正确'), regex(/^u-special(-\d{1,6})?$/, '家庭编号不正确'))

const contactKind = oneOf(CONTACT_KINDS, '联系方式')
const familyState = oneOf(FAMILY_STATES, '家庭状况')

export const CaseloadItem = object({
  familyId: string(),
  name: string(),
  kind: oneOf(SPECIAL_FAMILY_KINDS, '家庭类型'),
  community: string(),
  /** The street, never the door, in a list. */
  addressMasked: string(),
  lastContact: nullable(string()),
  lastVisit: nullable(string()),
  nextDue: string(),
  /** Past the cadence (or the date agreed with the family): 超期未联系. */
  overdue: array(oneOf(['call', 'visit'], '超期项目')),
  daysOverdue: number(),
  /** Requests not yet completed, cancelled or returned: 有未办结求助. */
  openRequests: number(),
  /** The family's other contact, who sees the same record. */
  otherContact: string(),
  /** 近期特殊日子: one of the days the family agreed to have recorded is within 14 days (never which, in a list). */
  specialDaySoon: boolean(),
})

const SpecialDayDto = object({ monthDay: string(), label: string() })

export const ContactLogDto = object({
  id: string(),
  kind: contactKind,
  date: string(),
  durationMinutes: number(),
  state: familyState,
  /** Private to the family's two contacts. */
  note: string(),
  nextContactDate: nullable(string()),
  byName: string(),
})

export const FamilyCareDto = object({
  ...CaseloadItem.entries,
  /** Whole on this page only, for the family's contacts. */
  address: string(),
  phone: string(),
  contacts: array(ContactDto),
  cadence: object({ callEveryDays: number(), visitEveryDays: number(), basis: string() }),
  logs: array(ContactLogDto),
  requests: array(HelpSummary),
  /** 特殊日子 the family agreed to have recorded (empty without the agreement), on this page only. */
  specialDays: array(SpecialDayDto),
  /** The nearest within 14 days, today included (daysAway 0). */
  specialDayNext: nullable(object({ ...SpecialDayDto.entries, daysAway: number() })),
  /** The day the family's agreement was recorded; null: none, so nothing is kept. */
  specialDaysAgreedAt: nullable(string()),
})

/**
 * The family's special days as the contact saves them. The schema takes any text (a hostile list
 * stops at 20 rows); the domain words each row's problem (specialDaysInputErrors), as the form does.
 */
export const SpecialDaysInput = object({
  days: pipe(
    array(object({ monthDay: string(SPECIAL_DAY_MESSAGES.date), label: pipe(string(SPECIAL_DAY_MESSAGES.label), trim()) }), '特殊日子格式不正确'),
    maxLength(20, SPECIAL_DAY_MESSAGES.tooMany),
  ),
  /** The family agreed, on the phone or in person; false with no days: the family withdrew it. */
  familyAgreed: boolean(SPECIAL_DAY_MESSAGES.agree),
})

export const ContactLogInput = object({
  kind: contactKind,
  date: dateString('联系日期'),
  /** A number here; its range is the domain's rule (contactLogErrors), said the same on the page. */
  durationMinutes: number(CONTACT_LOG_MESSAGES.duration),
  state: familyState,
  note: text('备注', { max: CONTACT_NOTE_MAX }),
  nextContactDate: nullish(dateString('下次联系日期')),
})

export const LogResult = object({
  family: FamilyCareDto,
  /** 需紧急帮助: the urgent request opened with the log, for the contact to follow up at once. */
  openedRequest: nullable(HelpDetail),
})

export const PhoneInInput = object({
  ...HelpInput.entries,
  /** The contact confirms the family asked for this on the phone and agreed to it being shared. */
  familyAgreed: literal(true, '请确认已在电话中征得对方同意'),
})

/** Where a figure comes from and when it was last compared with it; every one needs a local check. */
const sourced = { basis: string(), checkedOn: string(), note: string() }

/** 我的三个全覆盖: a special family's own card (never a contact's view: the amounts are theirs). */
export const CoverageCardDto = object({
  /** The two 双岗联系人, whole numbers to call in one tap. */
  contacts: array(ContactDto),
  /** The 暖心热线, beside them. */
  hotline: object({ name: string(), phone: string() }),
  /** The signed 家庭医生; null when the family has not signed with one yet. */
  doctor: nullable(object({ name: string(), clinic: string(), phone: string() })),
  greenChannel: object({ hospitals: array(string()), priorities: array(string()), show: array(string()), ...sourced }),
  subsidy: object({
    kind: oneOf(SPECIAL_FAMILY_KINDS, '家庭类型'),
    /** In 周岁 by birth year; null when the birth year is not on file. */
    age: nullable(number()),
    /** Per person per month for the kind and age; null when the age is not known. */
    yuanPerMonth: nullable(number()),
    /** 60–69周岁, 不分年龄…; '' when the age is not known. */
    bracket: string(),
    payment: string(),
    regionName: string(),
    ...sourced,
  }),
  insurance: array(
    object({ id: oneOf(INSURANCE_IDS, '保险'), name: string(), covers: string(), documents: array(string()), claimDeadline: string(), ...sourced }),
  ),
  /** Said once under the card: the figures are to be checked locally. */
  localCheck: string(),
})

export const careMethods = methods({
  'care.families': { summary: '双岗联系人：我联系的家庭，超期未联系的在前（列表不含备注）', payload: nothing, result: array(CaseloadItem) },
  'care.family': { summary: '双岗联系人：一户家庭的联系记录、联系频次和求助（仅其两位联系人）', payload: object({ familyId }), result: FamilyCareDto },
  'care.log': {
    summary: '双岗联系人：记录一次电话、上门或视频联系；需紧急帮助时同时登记一条紧急求助',
    form: 'log',
    payload: object({ familyId, log: ContactLogInput }),
    result: LogResult,
  },
  'care.phoneIn': {
    summary: '双岗联系人：接到电话后代为登记求助（标记电话代录），家庭在我的求助中可见、可取消和评价',
    form: 'request',
    payload: object({ familyId, request: PhoneInInput }),
    result: HelpDetail,
  },
  'care.setSpecialDays': {
    summary: '双岗联系人：记录家庭同意记录的特殊日子（如子女生日、忌日），便于前后联系或上门；家庭撤回同意时清空（仅其两位联系人）',
    form: 'specialDays',
    payload: object({ familyId, specialDays: SpecialDaysInput }),
    result: FamilyCareDto,
  },
  'care.myCard': {
    summary: '特殊家庭：我的三个全覆盖（两位联系人、家庭医生、就医绿色通道）和特别扶助金、保险保障（仅本人可见）',
    payload: nothing,
    result: CoverageCardDto,
  },
})

export type CaseloadItem = InferOutput<typeof CaseloadItem>
export type ContactLogDto = InferOutput<typeof ContactLogDto>
export type FamilyCareDto = InferOutput<typeof FamilyCareDto>
export type ContactLogInput = InferInput<typeof ContactLogInput>
export type LogResult = InferOutput<typeof LogResult>
export type PhoneInInput = InferInput<typeof PhoneInInput>
export type SpecialDaysInput = InferInput<typeof SpecialDaysInput>
export type CoverageCardDto = InferOutput<typeof CoverageCardDto>
