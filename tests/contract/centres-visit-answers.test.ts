import { weekdayOf } from '@/domain/booking'
import { heldElsewhere, slotFullReason } from '@/domain/centre-visits'
import { addDays } from '@/domain/dates'
import type { VisitInput } from '@/contract/centres'
import { expectServiceError } from '../support/expect-error'
import { describeContract } from '../support/transports'

// The clock starts on Tuesday 2026-11-24 10:00 (China). ctr-0001 takes children of 12–36 months.
const CENTRE = 'ctr-0001'
const chinaTime = (text: string) => Date.parse(`${text}+08:00`)
const iso = (text: string) => new Date(chinaTime(text)).toISOString()

/** The first weekday from `from` on whose morning families from outside the app hold `held` times. */
function morningWith(held: number, from = '2026-11-26', centreId = CENTRE): string {
  let date = from
  while ([0, 6].includes(weekdayOf(date)) || heldElsewhere(centreId, date, 'morning') !== held) date = addDays(date, 1)
  return date
}

const visit = (date: string, patch: Partial<VisitInput> = {}): VisitInput => ({ centreId: CENTRE, date, slot: 'morning', phone: '13857161234', childAgeMonths: 14, ...patch })

describeContract('托育机构 visit answers', (h) => {
  const mine = async (id: string) => (await h().call('centres.myVisits')).find((candidate) => candidate.id === id)!

  it('a request is answered by 10:00 the next working day: confirmed with a time, told once as new', async () => {
    const date = morningWith(0)
    await h().signInAs('u-parent')
    const asked = await h().call('centres.requestVisit', visit(date), { idempotencyKey: 'v-1' })
    expect(asked).toMatchObject({ status: 'pending', answerBy: iso('2026-11-25T10:00:00'), answeredAt: null, time: null, unread: false, cancellable: true })

    h().clock.set(chinaTime('2026-11-25T09:59:00'))
    expect((await mine(asked.id)).status).toBe('pending')
    h().clock.set(chinaTime('2026-11-25T10:00:00'))
    expect(await mine(asked.id)).toMatchObject({ status: 'confirmed', time: '09:00', answeredAt: iso('2026-11-25T10:00:00'), answerBy: null, declineReason: null, unread: true, cancellable: true })

    await h().call('centres.readAnswers', null, { idempotencyKey: 'read-1' })
    expect(await mine(asked.id)).toMatchObject({ status: 'confirmed', unread: false })
  })

  it('a request made on Friday afternoon is answered on Monday; one for the next working day by 08:30 that morning', async () => {
    await h().signInAs('u-parent')
    h().clock.set(chinaTime('2026-11-27T15:00:00'))
    const nextWeek = await h().call('centres.requestVisit', visit(morningWith(0, '2026-12-02')), { idempotencyKey: 'v-fri' })
    expect(nextWeek.answerBy).toBe(iso('2026-11-30T10:00:00'))
    const monday = await h().call('centres.requestVisit', visit('2026-11-30', { centreId: 'ctr-0002', childAgeMonths: 24 }), { idempotencyKey: 'v-mon' })
    expect(monday.answerBy).toBe(iso('2026-11-30T08:30:00'))
  })

  it('the second family gets the next time; a full morning is declined with the reason and cannot be cancelled', async () => {
    const date = morningWith(0)
    await h().signInAs('u-parent')
    const first = await h().call('centres.requestVisit', visit(date), { idempotencyKey: 'v-a' })
    await h().signInAs('u-parent-2')
    const wang = await h().call('centres.requestVisit', visit(date, { phone: '13656712580', childAgeMonths: 26 }), { idempotencyKey: 'v-b' })
    // At another centre, a morning where a family who phoned holds 09:00.
    const second = await h().call('centres.centre', { id: 'ctr-0002' })
    const busy = morningWith(1, '2026-11-26', second.id)
    const oneLeft = await h().call('centres.requestVisit', visit(busy, { phone: '13656712580', childAgeMonths: second.ageMin, centreId: second.id }), { idempotencyKey: 'v-busy' })
    h().clock.set(chinaTime('2026-11-25T10:00:00'))
    expect(await mine(wang.id)).toMatchObject({ status: 'confirmed', time: '10:00' })
    expect(await mine(oneLeft.id)).toMatchObject({ status: 'confirmed', time: '10:00' })
    await h().signInAs('u-parent')
    expect(await mine(first.id)).toMatchObject({ status: 'confirmed', time: '09:00' })

    h().clock.set(chinaTime('2026-11-24T10:00:00'))
    const third = await h().call('centres.centre', { id: 'ctr-0003' })
    const full = morningWith(2, '2026-11-26', third.id)
    const atThird = (day: string) => visit(day, { centreId: third.id, childAgeMonths: third.ageMin })
    const refused = await h().call('centres.requestVisit', atThird(full), { idempotencyKey: 'v-full' })
    h().clock.set(chinaTime('2026-11-25T10:00:00'))
    expect(await mine(refused.id)).toMatchObject({ status: 'declined', time: null, declineReason: slotFullReason(full, 'morning'), unread: true, cancellable: false })
    await expectServiceError(h().call('centres.cancelVisit', { id: refused.id }, { idempotencyKey: 'c-declined' }), 'CONFLICT')
    // A declined visit does not stand in the way of asking for another day.
    const other = await h().call('centres.requestVisit', atThird(morningWith(0, addDays(full, 1), third.id)), { idempotencyKey: 'v-other-day' })
    expect(other.status).toBe('pending')
  })

  it('cancelled before the answer, a request is never answered; a time given up is offered to families answered later', async () => {
    const date = morningWith(0)
    await h().signInAs('u-parent')
    const withdrawn = await h().call('centres.requestVisit', visit(date), { idempotencyKey: 'v-1' })
    await h().call('centres.cancelVisit', { id: withdrawn.id }, { idempotencyKey: 'c-1' })
    await h().signInAs('u-parent-2')
    const kept = await h().call('centres.requestVisit', visit(date, { phone: '13656712580', childAgeMonths: 26 }), { idempotencyKey: 'v-2' })
    h().clock.set(chinaTime('2026-11-26T08:00:00'))
    expect(await mine(kept.id)).toMatchObject({ status: 'confirmed', time: '09:00' })
    await h().signInAs('u-parent')
    expect(await mine(withdrawn.id)).toMatchObject({ status: 'cancelled', answeredAt: null, unread: false, cancellable: false })
  })

  it('a confirmed visit can still be cancelled before its day; the answer already given to others does not change', async () => {
    const date = morningWith(0)
    await h().signInAs('u-parent')
    const lin = await h().call('centres.requestVisit', visit(date), { idempotencyKey: 'v-lin' })
    await h().signInAs('u-parent-2')
    const wang = await h().call('centres.requestVisit', visit(date, { phone: '13656712580', childAgeMonths: 26 }), { idempotencyKey: 'v-wang' })
    h().clock.set(chinaTime('2026-11-25T11:00:00'))
    await h().signInAs('u-parent')
    expect(await h().call('centres.cancelVisit', { id: lin.id }, { idempotencyKey: 'c-lin' })).toMatchObject({ status: 'cancelled', cancellable: false })
    await h().signInAs('u-parent-2')
    expect(await mine(wang.id)).toMatchObject({ status: 'confirmed', time: '10:00' })
    // 林晓雯 asks again for the same morning: answered after her cancellation, she gets 09:00 back.
    await h().signInAs('u-parent')
    const again = await h().call('centres.requestVisit', visit(date), { idempotencyKey: 'v-lin-again' })
    h().clock.set(chinaTime(`${date}T08:30:00`))
    expect(await mine(again.id)).toMatchObject({ status: 'confirmed', time: '09:00' })
  })

  it('are for parents: other accounts are refused, as 我的 does not offer them', async () => {
    for (const identity of ['u-instructor', 'u-special', 'u-contact']) {
      await h().signInAs(identity)
      await expectServiceError(h().call('centres.requestVisit', visit(morningWith(0)), { idempotencyKey: `v-${identity}` }), 'FORBIDDEN')
      await expectServiceError(h().call('centres.myVisits'), 'FORBIDDEN')
      await expectServiceError(h().call('centres.favourite', { id: CENTRE, on: true }, { idempotencyKey: `f-${identity}` }), 'FORBIDDEN')
      await expectServiceError(h().call('centres.readAnswers', null, { idempotencyKey: `r-${identity}` }), 'FORBIDDEN')
    }
  })
})
