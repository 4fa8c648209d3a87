import type { centresMethods, VisitDto } from '@/contract/centres'
import { canCancelVisit, visitOutcomes, type VisitOutcome, type VisitRequestFacts } from '@/domain/centre-visits'
import { visitErrors } from '@/domain/centres'
import { chinaDate, compareIso } from '@/domain/dates'
import { ownValue } from '@/domain/own'
import { hasErrors, maskPhone, normaliseMobile } from '@/domain/validation'
import { ServiceError } from '@/contract/errors'
import type { ContractHandlers } from '../../core/area'
import { centreOf, PARENTS } from './centre-handlers'
import { dataset } from './dataset'
import type { CentresState, VisitRecord } from './state'

type Handlers = ContractHandlers<typeof centresMethods, CentresState>

function factsOf(visit: VisitRecord): VisitRequestFacts {
  const cancelledAt = visit.status === 'cancelled' ? Date.parse(visit.cancelledAt ?? visit.createdAt) : null
  return { id: visit.id, centreId: visit.centreId, date: visit.date, slot: visit.slot, createdAt: Date.parse(visit.createdAt), cancelledAt }
}

/** Every visit's outcome now: the centres answer on their own schedule, worked out when read. */
function outcomesAt(state: CentresState, now: number): Map<string, VisitOutcome> {
  return visitOutcomes(Object.values(state.visits).map(factsOf), now)
}

const iso = (ms: number) => new Date(ms).toISOString()

function visitDto(state: CentresState, visit: VisitRecord, outcome: VisitOutcome, today: string): VisitDto {
  // A visit may be to a centre of the other data set (after a switch): the 200 are the first
  // 200 of the 5,000, so the larger set knows every centre.
  const centre = dataset(state.datasetSize).byId.get(visit.centreId) ?? dataset(5000).byId.get(visit.centreId)!
  const answered = outcome.status === 'confirmed' || outcome.status === 'declined'
  return {
    id: visit.id,
    centreId: visit.centreId,
    date: visit.date,
    slot: visit.slot,
    phoneMasked: maskPhone(visit.phone),
    childAgeMonths: visit.childAgeMonths,
    status: outcome.status,
    createdAt: visit.createdAt,
    centreName: centre.name,
    centreAddress: centre.address,
    centrePhone: centre.phone,
    answerBy: outcome.status === 'pending' ? iso(outcome.answerBy) : null,
    answeredAt: answered ? iso(outcome.answeredAt) : null,
    time: outcome.status === 'confirmed' ? outcome.time : null,
    declineReason: outcome.status === 'declined' ? outcome.reason : null,
    unread: answered && !visit.answerSeen,
    cancellable: canCancelVisit(outcome, visit.date, today),
  }
}

function dtoNow(state: CentresState, visit: VisitRecord, now: number): VisitDto {
  return visitDto(state, visit, outcomesAt(state, now).get(visit.id)!, chinaDate(now))
}

export const visitHandlers: Pick<Handlers, 'centres.requestVisit' | 'centres.cancelVisit' | 'centres.myVisits' | 'centres.readAnswers'> = {
  'centres.requestVisit': {
    access: PARENTS,
    write: true,
    requireIdempotencyKey: true,
    handle: ({ state, user, today, now }, input) => {
      const centre = centreOf(state, input.centreId)
      const phone = normaliseMobile(input.phone)
      const errors = visitErrors({ ...input, phone }, today, centre)
      if (hasErrors(errors)) throw new ServiceError('VALIDATION', '参观预约信息有误，请按提示修改', errors)
      const outcomes = outcomesAt(state, now)
      const standing = (visit: VisitRecord) => ['pending', 'confirmed'].includes(outcomes.get(visit.id)!.status)
      const duplicate = Object.values(state.visits).find(
        (visit) => visit.userId === user.id && visit.centreId === centre.id && standing(visit) && visit.date >= today,
      )
      if (duplicate) throw new ServiceError('CONFLICT', `您已预约 ${duplicate.date} 参观这家机构，如需改期请先取消`)
      const visit: VisitRecord = {
        id: `visit-${state.nextId++}`,
        userId: user.id,
        centreId: centre.id,
        date: input.date,
        slot: input.slot,
        phone,
        childAgeMonths: input.childAgeMonths,
        status: 'pending',
        createdAt: iso(now),
      }
      state.visits[visit.id] = visit
      return dtoNow(state, visit, now)
    },
  },
  'centres.cancelVisit': {
    access: PARENTS,
    write: true,
    requireIdempotencyKey: true,
    handle: ({ state, user, now, today }, { id }) => {
      const visit = ownValue(state.visits, id)
      if (!visit || visit.userId !== user.id) throw new ServiceError('NOT_FOUND', '没有找到这条参观预约')
      const outcome = outcomesAt(state, now).get(visit.id)!
      if (outcome.status === 'cancelled') return visitDto(state, visit, outcome, today)
      if (outcome.status === 'declined') throw new ServiceError('CONFLICT', '机构已婉拒这次参观，无需取消')
      if (!canCancelVisit(outcome, visit.date, today)) throw new ServiceError('CONFLICT', '参观日期已过，无法取消')
      visit.status = 'cancelled'
      visit.cancelledAt = iso(now)
      return dtoNow(state, visit, now)
    },
  },
  'centres.myVisits': {
    access: PARENTS,
    handle: ({ state, user, now, today }) => {
      const outcomes = outcomesAt(state, now)
      return Object.values(state.visits)
        .filter((visit) => visit.userId === user.id)
        .sort((a, b) => compareIso(b.createdAt, a.createdAt))
        .map((visit) => visitDto(state, visit, outcomes.get(visit.id)!, today))
    },
  },
  'centres.readAnswers': {
    access: PARENTS,
    write: true,
    handle: ({ state, user, now }) => {
      const outcomes = outcomesAt(state, now)
      for (const visit of Object.values(state.visits)) {
        const status = outcomes.get(visit.id)!.status
        if (visit.userId === user.id && (status === 'confirmed' || status === 'declined')) visit.answerSeen = true
      }
      return { done: true }
    },
  },
}
