/**
 * The 计生协's side of 暖心服务 (role association, 计生协工作人员): per-community numbers, never a
 * family's name or a note, and handing a leaving contact's families to another contact with
 * their record intact.
 */
import { array, nullable, number, object, pipe, regex, string, type InferOutput } from 'valibot'
import { methods } from './method'
import { nothing } from './schema-kit'

/** Contacts are accounts u-contact, u-contact-2…: nothing else names one. */
const contactId = (label: string) => pipe(string(`请选择${label}`), regex(/^u-contact(-\d{1,6})?$/, `请选择${label}`))

export const CommunityOverviewDto = object({
  community: string(),
  families: number(),
  contacts: number(),
  contactsOverdue: number(),
  requestsOpen: number(),
  requestsPastResponse: number(),
  requestsEscalated: number(),
  averageHoursToAccept: nullable(number()),
  satisfaction: nullable(number()),
  scored: number(),
})

export const ContactSummaryDto = object({
  id: string(),
  name: string(),
  organisation: string(),
  /** Families they are one of the two contacts of. */
  families: number(),
  /** Of those, past their cadence. */
  overdue: number(),
})

export const OverviewDto = object({
  communities: array(CommunityOverviewDto),
  contacts: array(ContactSummaryDto),
  /** When the figures were computed (ISO). */
  at: string(),
})

export const careAdminMethods = methods({
  'care.overview': { summary: '计生协：各社区的特殊家庭服务情况（只有数字，不含姓名和备注）', payload: nothing, result: OverviewDto },
  'care.reassign': {
    summary: '计生协：联系人离岗时，把他/她联系的家庭转给另一位联系人，联系记录和求助保持不变',
    form: 'handover',
    payload: object({ handover: object({ fromContactId: contactId('离岗的联系人'), toContactId: contactId('接手的联系人') }) }),
    result: object({ moved: number(), overview: OverviewDto }),
  },
})

export type CommunityOverviewDto = InferOutput<typeof CommunityOverviewDto>
export type ContactSummaryDto = InferOutput<typeof ContactSummaryDto>
export type OverviewDto = InferOutput<typeof OverviewDto>
