export type ProgrammeId = 'premarital' | 'preconception' | 'antenatal'

export interface CheckupItem {
  name: string
  /** Plain-language purpose: why this item is done. */
  purpose: string
}

export interface CheckupItemGroup {
  /** e.g. 病史询问, 体格检查, 实验室检查, 影像检查, 风险评估与咨询指导 */
  title: string
  items: CheckupItem[]
}

export interface ProgrammeSeed {
  id: ProgrammeId
  name: string
  /** One sentence shown on the programme list. */
  tagline: string
  /** Who is eligible: one line each (户籍/居住证, both partners, how often). */
  eligibility: string[]
  itemGroups: CheckupItemGroup[]
  /** How to prepare: fasting, timing around menstruation, abstinence, etc. */
  preparation: string[]
  /** What to bring. */
  documents: string[]
  cost: string
  /** How long results are valid / when to repeat. */
  validity: string
  /** What to do after the checkup. */
  nextSteps: string[]
  /** Short official-style basis, e.g. the national programme it belongs to. */
  basis: string
}

export type DistrictName =
  | '上城区'
  | '拱墅区'
  | '西湖区'
  | '滨江区'
  | '萧山区'
  | '余杭区'
  | '临平区'
  | '钱塘区'
  | '富阳区'
  | '临安区'

export interface InstitutionSeed {
  id: string
  name: string
  district: DistrictName
  address: string
  /** Landline like 0571-8xxxxxxx. */
  phone: string
  /** e.g. 周一至周五 8:00-11:30，13:30-16:30 */
  hours: string
  programmes: ProgrammeId[]
  latitude: number
  longitude: number
  /** Optional practical note, e.g. 需提前在公众号预约 */
  note?: string
}
