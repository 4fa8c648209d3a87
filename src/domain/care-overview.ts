import { RESPONSE_HOURS, type HelpStatus } from './help'

/**
 * The 计生协's view of 暖心服务, per community: how many families are served and by how many
 * contacts, how many contacts have a family past its cadence, how requests fare. Numbers only:
 * nothing here names a family, a contact or what anyone wrote.
 */
export interface OverviewFamily {
  community: string
  contactIds: readonly string[]
  /** Past its call or visit cadence (careStatus). */
  overdue: boolean
}

export interface OverviewRequest {
  community: string
  status: HelpStatus
  urgent: boolean
  /** Epoch ms. */
  createdAt: number
  /** Epoch ms of 已受理, or null while not accepted. */
  acceptedAt: number | null
  /** The family's own stars (评价), 1–5, when it has given them. */
  satisfaction: number | null
}

export interface CommunityOverview {
  community: string
  families: number
  contacts: number
  /** Contacts with at least one of their families past its cadence. */
  contactsOverdue: number
  /** Submitted, accepted or scheduled. */
  requestsOpen: number
  /** Still not accepted past the response time (24 h, 2 h when urgent). */
  requestsPastResponse: number
  /** Escalated to the second contact at some point: accepted late, or not yet and past the time. */
  requestsEscalated: number
  /** Mean hours from a request to its acceptance, one decimal; null when none was accepted. */
  averageHoursToAccept: number | null
  /** Mean satisfaction (1–5), one decimal; null when nobody has scored yet. */
  satisfaction: number | null
  scored: number
}

const OPEN: readonly HelpStatus[] = ['submitted', 'accepted', 'scheduled']
const HOUR = 3_600_000

const oneDecimal = (value: number) => Math.round(value * 10) / 10
const mean = (values: number[]) => (values.length === 0 ? null : oneDecimal(values.reduce((sum, value) => sum + value, 0) / values.length))

function responseMs(request: OverviewRequest): number {
  return (request.urgent ? RESPONSE_HOURS.urgent : RESPONSE_HOURS.normal) * HOUR
}

function escalated(request: OverviewRequest, now: number): boolean {
  if (request.acceptedAt !== null) return request.acceptedAt - request.createdAt >= responseMs(request)
  // Never accepted: escalated while it still waits past the time (one cancelled or returned unaccepted is not counted).
  return request.status === 'submitted' && now - request.createdAt >= responseMs(request)
}

/**
 * One row per community that has a family, in the order the communities first appear among the
 * families (the association's own list order; code-point order would put 三区 before 二区).
 */
export function careOverview(families: readonly OverviewFamily[], requests: readonly OverviewRequest[], now: number): CommunityOverview[] {
  const communities = [...new Set(families.map((family) => family.community))]
  return communities.map((community) => {
    const own = families.filter((family) => family.community === community)
    const contacts = new Set(own.flatMap((family) => family.contactIds))
    const late = new Set(own.filter((family) => family.overdue).flatMap((family) => family.contactIds))
    const asked = requests.filter((request) => request.community === community)
    const accepted = asked.filter((request) => request.acceptedAt !== null)
    const scores = asked.map((request) => request.satisfaction).filter((score): score is number => score !== null)
    return {
      community,
      families: own.length,
      contacts: contacts.size,
      contactsOverdue: late.size,
      requestsOpen: asked.filter((request) => OPEN.includes(request.status)).length,
      requestsPastResponse: asked.filter((request) => request.status === 'submitted' && now - request.createdAt >= responseMs(request)).length,
      requestsEscalated: asked.filter((request) => escalated(request, now)).length,
      averageHoursToAccept: mean(accepted.map((request) => ((request.acceptedAt ?? 0) - request.createdAt) / HOUR)),
      satisfaction: mean(scores),
      scored: scores.length,
    }
  })
}

export const HANDOVER_MESSAGES = {
  from: '请选择离岗的联系人',
  to: '请选择接手的联系人',
  same: '接手的联系人不能是离岗的联系人本人',
  clash: (name: string, families: number) => `${name}已是其中${families}户家庭的另一位联系人，请另选接手的人`,
} as const

/**
 * A handover's own errors, the same on the page and in the backend: both people chosen, and not
 * the same one. (Whether the new contact is already a family's other contact only the backend knows.)
 */
export function handoverErrors(fromContactId: string, toContactId: string): { fromContactId?: string; toContactId?: string } {
  const errors: { fromContactId?: string; toContactId?: string } = {}
  if (!fromContactId) errors.fromContactId = HANDOVER_MESSAGES.from
  if (!toContactId) errors.toContactId = HANDOVER_MESSAGES.to
  else if (toContactId === fromContactId) errors.toContactId = HANDOVER_MESSAGES.same
  return errors
}
