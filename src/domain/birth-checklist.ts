import { NATIONAL_RULES, rulesFor, ZHEJIANG_RULES, type SupportRules } from './birth-support-rules'
import { addDays, addMonths, daysBetween, type DateString } from './dates'

/**
 * The 出生一件事 checklist for one child: the papers and enrolments a family sees to after a birth
 * (出生医学证明、预防接种证、户口、医保、社保卡, which the 一件事 services join into one application,
 * plus the two claims that follow them: 育儿补贴 and 生育津贴). The content is per region like the
 * figures of birth-support-rules; every item says where to go, what to bring and, when a law or a
 * common local rule sets one, by when. All of it is "参考，以当地规定为准": the joined services and
 * the 医保 window differ from city to city.
 */

/** In the order a family meets them: the 出生医学证明 first, since 户口 and 医保 need it. */
export const CHECKLIST_ITEM_IDS = [
  'birth-certificate',
  'vaccination',
  'hukou',
  'medical-insurance',
  'social-security-card',
  'childcare-subsidy',
  'maternity-allowance',
] as const

export type ChecklistItemId = (typeof CHECKLIST_ITEM_IDS)[number]

export function isChecklistItemId(value: unknown): value is ChecklistItemId {
  return typeof value === 'string' && (CHECKLIST_ITEM_IDS as readonly string[]).includes(value)
}

/** The regions with their own content; the keys are those of rulesFor(). */
export type ChecklistRegion = 'national' | 'zhejiang'

export interface DeadlineRule {
  /** The period counted from the birth day; months first, then days. */
  afterBirth: { days?: number; months?: number }
  basis: string
  /** How the period is said to parents, e.g. 出生后一个月内. */
  label: string
}

export interface ChecklistItem {
  id: ChecklistItemId
  title: string
  /** What it is and why it matters, in one or two plain sentences. */
  what: string
  where: { online?: string; inPerson?: string }
  documents: readonly string[]
  /** The 一件事联办 line, when this item can be done in the joined application. */
  jointService?: string
  /** Null where no law sets a last day. */
  deadlineRule: DeadlineRule | null
  basis: string
  checkedOn: DateString
  note?: string
  /** Always true: the parent is told to confirm with the local office. */
  needsLocalCheck: true
}

export type ChecklistState = 'done' | 'overdue' | 'due-soon' | 'open'

export interface ChecklistEntry extends ChecklistItem {
  /** The last day, inclusive; null when the item has no deadline. */
  deadline: DateString | null
  /** Days from today to the deadline: 0 on the last day, negative once it has passed. */
  daysLeft: number | null
  state: ChecklistState
  done: boolean
}

export interface ChecklistInput {
  birthDate: DateString
  /** A region key or name as rulesFor() takes it; the national content when absent or unknown. */
  region?: string
  today: DateString
  /** Ids the family has ticked off; ids that are not checklist items are ignored. */
  done?: ReadonlySet<string> | readonly string[]
}

export interface ChecklistProgress {
  done: number
  total: number
  overdue: number
}

/** A deadline this close (in days, inclusive) is shown as due soon. */
export const DUE_SOON_DAYS = 7

/** When the texts below were last compared with their sources. */
const CHECKED_ON: DateString = '2026-12-02'

// The national 新生儿出生一件事 is one of the first 高效办成一件事 services (国发〔2024〕3号); provinces run it
// on their own platforms and choose which items they join, hence the hedge in the line.
const NATIONAL_JOINT_SERVICE =
  '可在国家政务服务平台或当地政务服务网申办“新生儿出生一件事”：一次提交材料，联办出生医学证明、预防接种证、户口登记、医保参保、社保卡申领'
  + '（各地开通的事项和条件不同）。'
const ZHEJIANG_JOINT_SERVICE = '在浙里办 App 申办“出生一件事”：一次网上申请，联办出生医学证明、户口登记、医保参保、社保卡申领。'

const ONE_MONTH = { months: 1 }

function childcareSubsidy(rules: SupportRules): ChecklistItem {
  const subsidy = rules.childcareSubsidy
  return {
    id: 'childcare-subsidy',
    title: '育儿补贴申领',
    what: `国家育儿补贴按每孩每年${subsidy.value.yuanPerYear}元发放至孩子满3周岁，须由父母一方申领；孩子落户、有了身份证号码后即可申请。`,
    where: { online: '支付宝或微信“育儿补贴”服务，或当地政务服务平台', inPerson: '户籍所在地乡镇（街道）便民服务中心' },
    documents: ['孩子的出生医学证明和户口登记信息', '父母双方居民身份证', '申领人本人名下银行卡'],
    // The scheme pays by the year and sets no last day for a claim; local notices give the windows.
    deadlineRule: null,
    basis: subsidy.basis,
    checkedOn: subsidy.checkedOn,
    note: '法规未规定申领期限，以当地通知为准；部分地市另有地方补贴，需另行申请。',
    needsLocalCheck: true,
  }
}

function maternityAllowance(rules: SupportRules, where: ChecklistItem['where'], extra: string): ChecklistItem {
  const allowance = rules.maternityAllowance
  return {
    id: 'maternity-allowance',
    title: '生育津贴申领',
    what: `参加生育保险的职工在产假期间由生育保险基金按本单位上年度职工月平均工资发放生育津贴，代替产假工资。${extra}`,
    where,
    documents: ['出生医学证明', '母亲居民身份证', '母亲本人名下银行卡', '用人单位出具的产假或工资证明（按当地要求）'],
    // No national last day; many places set one counted from the end of 产假, so it is left to the note.
    deadlineRule: null,
    basis: allowance.basis,
    checkedOn: allowance.checkedOn,
    note: '国家未规定申领期限，但不少地方要求在产假结束后一定期限内申请，请向参保地医保部门或用人单位核实。',
    needsLocalCheck: true,
  }
}

const NATIONAL_ITEMS: readonly ChecklistItem[] = [
  {
    id: 'birth-certificate',
    title: '出生医学证明',
    what: '孩子的第一份身份证明，由孩子出生的助产机构签发；办户口、上医保都要用到它。',
    where: { online: '国家政务服务平台或当地政务服务网“新生儿出生一件事”', inPerson: '孩子出生医院（助产机构）的出生医学证明办理窗口' },
    documents: ['父母双方居民身份证', '结婚证（如有）', '住院分娩记录（医院存档，通常由医院调取）'],
    jointService: NATIONAL_JOINT_SERVICE,
    deadlineRule: null,
    basis: '《中华人民共和国母婴保健法》第二十三条',
    checkedOn: CHECKED_ON,
    note: '法律未规定办理期限，但落户和参保都要用到，多数家庭在出院前办好；孩子姓名等信息请核对无误再签发。',
    needsLocalCheck: true,
  },
  {
    id: 'vaccination',
    title: '预防接种证和首针疫苗',
    what: '预防接种证记录孩子每一针疫苗，入托、入学都要查验。乙肝疫苗第1剂和卡介苗通常在出生医院、出生后24小时内接种。',
    where: { inPerson: '出生医院，或孩子居住地社区卫生服务中心、乡镇卫生院的预防接种门诊' },
    documents: ['出生医学证明或出生医院的出生记录', '监护人居民身份证', '出生医院的首针接种记录'],
    jointService: NATIONAL_JOINT_SERVICE,
    deadlineRule: { afterBirth: ONE_MONTH, basis: '《中华人民共和国疫苗管理法》第四十七条', label: '出生后一个月内' },
    basis: '《中华人民共和国疫苗管理法》第四十七条',
    checkedOn: CHECKED_ON,
    note: '出生医院在首针后常当场发放接种证；之后按接种证上的预约时间到居住地接种门诊接种。',
    needsLocalCheck: true,
  },
  {
    id: 'hukou',
    title: '户口登记',
    what: '为孩子申报出生登记、落户，取得公民身份号码；医保、社保卡、育儿补贴都以此为前提。',
    where: { online: '国家政务服务平台或当地政务服务网“新生儿出生一件事”', inPerson: '落户地（父亲或母亲户籍所在地）派出所户籍窗口' },
    documents: ['出生医学证明', '父母双方居民身份证', '落户方的户口簿', '结婚证（如有）'],
    jointService: NATIONAL_JOINT_SERVICE,
    deadlineRule: { afterBirth: ONE_MONTH, basis: '《中华人民共和国户口登记条例》第七条', label: '出生后一个月内' },
    basis: '《中华人民共和国户口登记条例》第七条',
    checkedOn: CHECKED_ON,
    note: '超过一个月仍可办理，但部分地方需补充说明材料。',
    needsLocalCheck: true,
  },
  {
    id: 'medical-insurance',
    title: '医保参保',
    what: '为孩子参加城乡居民基本医疗保险并缴费，孩子看病住院的费用才能按规定报销。',
    where: {
      online: '国家医保服务平台 App 或当地医保公众号；保费多通过税务缴费渠道（微信、支付宝）缴纳',
      inPerson: '户籍地或居住地医保经办机构、社区（村）便民服务点',
    },
    documents: ['出生医学证明', '孩子的户口簿（部分地区可先凭出生医学证明参保）', '监护人居民身份证'],
    jointService: NATIONAL_JOINT_SERVICE,
    deadlineRule: { afterBirth: { days: 90 }, basis: '各统筹地区城乡居民医保参保规定（多数地区为出生后90天）', label: '出生后90天内' },
    basis: '《中华人民共和国社会保险法》第二十五条；国家医保局等五部门《关于开展儿童参加基本医疗保险专项行动的通知》（2024年）',
    checkedOn: CHECKED_ON,
    note: '多数地区规定出生后90天内参保缴费的，自出生之日起享受待遇；也有地方为3个月或6个月。期限各地不一，以当地医保部门规定为准。',
    needsLocalCheck: true,
  },
  {
    id: 'social-security-card',
    title: '社保卡申领',
    what: '参保后为孩子申领社会保障卡，就医时用它（或电子社保卡、医保码）结算。',
    where: { online: '微信或支付宝搜索“电子社保卡”，或掌上12333 App', inPerson: '社保卡合作银行网点或人社服务窗口' },
    documents: ['孩子的户口簿或出生医学证明（证明监护关系）', '监护人居民身份证', '孩子近期证件照（申领实体卡时，部分地区免照片）'],
    jointService: NATIONAL_JOINT_SERVICE,
    deadlineRule: null,
    basis: '《中华人民共和国社会保险法》第五十八条（个人社会保障号码为公民身份号码）',
    checkedOn: CHECKED_ON,
    note: '没有办理期限；须先完成医保参保。',
    needsLocalCheck: true,
  },
  childcareSubsidy(NATIONAL_RULES),
  maternityAllowance(
    NATIONAL_RULES,
    { online: '国家医保服务平台 App 或参保地医保网上服务大厅', inPerson: '参保地医保经办机构（多由用人单位代为申报）' },
    '延长产假期间是否发放由各省规定。',
  ),
]

/** 浙江 differs in where: its 出生一件事 runs on 浙里办, and its fund pays for the province's extra 产假 too. */
const ZHEJIANG_CHANGES: Partial<Record<ChecklistItemId, Partial<ChecklistItem>>> = {
  'birth-certificate': {
    where: { online: '浙里办 App“出生一件事”', inPerson: '孩子出生医院（助产机构）的出生医学证明办理窗口' },
    jointService: ZHEJIANG_JOINT_SERVICE,
  },
  // 浙里办's 出生一件事 joins the four items below; the card comes from the birth hospital with the first doses.
  vaccination: { jointService: undefined },
  hukou: {
    where: { online: '浙里办 App“出生一件事”', inPerson: '落户地（父亲或母亲户籍所在地）派出所户籍窗口' },
    jointService: ZHEJIANG_JOINT_SERVICE,
  },
  'medical-insurance': {
    where: { online: '浙里办 App“出生一件事”，或浙江医保公众号', inPerson: '户籍地或居住地医保经办机构、乡镇（街道）便民服务中心' },
    jointService: ZHEJIANG_JOINT_SERVICE,
  },
  'social-security-card': {
    where: { online: '浙里办 App“出生一件事”；电子社保卡可在微信或支付宝申领', inPerson: '社保卡合作银行网点或人社服务窗口' },
    jointService: ZHEJIANG_JOINT_SERVICE,
  },
  'childcare-subsidy': {
    where: { online: '浙里办 App 搜索“育儿补贴”，或支付宝、微信“育儿补贴”服务', inPerson: '户籍所在地乡镇（街道）便民服务中心' },
  },
  'maternity-allowance': maternityAllowance(
    ZHEJIANG_RULES,
    { online: '浙里办 App 或浙江医保网上服务大厅', inPerson: '参保地医保经办机构（多由用人单位代为申报）' },
    '浙江按含省延长产假在内的产假天数计发。',
  ),
}

function withChanges(items: readonly ChecklistItem[], changes: Partial<Record<ChecklistItemId, Partial<ChecklistItem>>>): ChecklistItem[] {
  return items.map((item) => {
    const changed: ChecklistItem = { ...item, ...changes[item.id] }
    // A change that takes the joined service away leaves no key behind, as if it was never there.
    if (changed.jointService === undefined) delete changed.jointService
    return changed
  })
}

export const CHECKLIST_CONTENT: Readonly<Record<ChecklistRegion, readonly ChecklistItem[]>> = {
  national: NATIONAL_ITEMS,
  zhejiang: withChanges(NATIONAL_ITEMS, ZHEJIANG_CHANGES),
}

/** The items for `region`, in CHECKLIST_ITEM_IDS order; the national content for a region without its own. */
export function checklistContent(region?: string): readonly ChecklistItem[] {
  // rulesFor knows the names and codes a profile may hold, so both modules agree on the region.
  const key = rulesFor(region ?? 'national').region
  return key === 'zhejiang' ? CHECKLIST_CONTENT.zhejiang : CHECKLIST_CONTENT.national
}

/**
 * The last day of a period counted from the birth, inclusive. As 《民法典》第二百零一条、第二百零二条
 * count periods, the birth day itself is not counted and a month ends on the same day of the next
 * month, or on that month's last day when it has none: 一个月内 from 1月31日 ends on 2月28日 (29日).
 */
export function deadlineAfter(birthDate: DateString, rule: DeadlineRule): DateString {
  return addDays(addMonths(birthDate, rule.afterBirth.months ?? 0), rule.afterBirth.days ?? 0)
}

function stateOf(done: boolean, daysLeft: number | null): ChecklistState {
  if (done) return 'done'
  // Without a deadline nothing can be late: such items stay open until ticked off.
  if (daysLeft === null) return 'open'
  if (daysLeft < 0) return 'overdue'
  return daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'open'
}

/** The checklist for one child as it stands on `today`. */
export function checklistFor(input: ChecklistInput): ChecklistEntry[] {
  const doneIds = new Set<string>(input.done ?? [])
  return checklistContent(input.region).map((item) => {
    const deadline = item.deadlineRule ? deadlineAfter(input.birthDate, item.deadlineRule) : null
    const daysLeft = deadline === null ? null : daysBetween(input.today, deadline)
    const done = doneIds.has(item.id)
    return { ...item, deadline, daysLeft, state: stateOf(done, daysLeft), done }
  })
}

export function checklistProgress(entries: readonly ChecklistEntry[]): ChecklistProgress {
  return {
    done: entries.filter((entry) => entry.state === 'done').length,
    total: entries.length,
    overdue: entries.filter((entry) => entry.state === 'overdue').length,
  }
}
