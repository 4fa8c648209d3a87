import { addDays } from '@/domain/dates'
import { expectServiceError } from '../support/expect-error'
import { describeContract } from '../support/transports'

// The clock is 2026-11-24. 林晓雯 (u-parent) is at 孕20周+3天: LMP 2026-07-04, due 2027-04-10, with
// v01–v03 done. 王磊 (u-parent-2) is a parent with no pregnancy on record; both gave the family-health consent.
const LMP = '2026-07-04'
const HER_PAST = {
  lmp: LMP,
  dueDate: '2027-04-10',
  endedOn: null,
  records: [
    { visitId: 'v01', title: '建档与首次产检', date: '2026-08-31', note: '在翠苑街道社区卫生服务中心建册，领了母子健康手册' },
    { visitId: 'v02', title: 'NT检查', date: '2026-09-29', note: 'NT 1.4毫米，医生说正常' },
    { visitId: 'v03', title: '唐筛或无创DNA', date: '2026-10-25' },
  ],
}
const NEXT_LMP = '2026-10-20'
const ANSWERS = { residency: 'hukou' as const, marital: 'married' as const, planning: true, pregnant: false }

describeContract('婚孕检 以往孕期的产检记录 (checkup.history)', (h) => {
  const history = async () => (await h().call('checkup.history')).pregnancies
  const endEnded = (lmp: string, key: string) => h().call('profile.endPregnancy', { end: { lmp, outcome: 'ended' } }, { idempotencyKey: key })
  /** 宝宝出生了 with one baby: the born payload of profile.endPregnancy in one place. */
  const endBorn = (lmp: string, birthDate: string, key: string) =>
    h().call('profile.endPregnancy', { end: { lmp, outcome: 'born', children: [{ name: '安安', birthDate, gender: 'male' }] } }, { idempotencyKey: key })
  async function setPregnancy(lmp: string | null, key: string) {
    const { family } = await h().call('profile.get')
    await h().call('profile.saveFamily', { family: { children: family.children, pregnancy: lmp ? { lmp } : null } }, { idempotencyKey: key })
  }

  it('is empty while the only pregnancy is the one on record', async () => {
    await h().signInAs('u-parent')
    expect(await h().call('checkup.history')).toEqual({ pregnancies: [] })
  })

  it('本次孕期已结束: the visits are in history at once, the timeline is empty, and a write keeps them there', async () => {
    await h().signInAs('u-parent')
    await endEnded(LMP, 'ended')
    // The first call to 婚孕检 after ending is a read: it already answers the ended pregnancy.
    expect(await history()).toEqual([HER_PAST])
    expect(await h().call('checkup.timeline')).toEqual({ lmp: null, records: {} })
    // A write to 婚孕检 moves them for good; nothing changes for the person.
    await h().call('checkup.saveAnswers', { answers: ANSWERS }, { idempotencyKey: 'answers' })
    expect(await history()).toEqual([HER_PAST])
    expect(await h().call('checkup.timeline')).toEqual({ lmp: null, records: {} })
  })

  it('宝宝出生了: the visits are in history with the baby’s birth date, and the timeline is empty', async () => {
    await h().signInAs('u-parent')
    await endBorn(LMP, '2026-11-22', 'born')
    expect(await history()).toEqual([{ ...HER_PAST, endedOn: '2026-11-22' }])
    expect(await h().call('checkup.timeline')).toEqual({ lmp: null, records: {} })
    await expectServiceError(h().call('checkup.markVisit', { visitId: 'v04', date: '2026-11-20' }, { idempotencyKey: 'late' }), 'CONFLICT')
    expect(await history()).toEqual([{ ...HER_PAST, endedOn: '2026-11-22' }])
  })

  it('a new pregnancy starts with an empty timeline; history keeps the old one, and gains the new one when it ends', async () => {
    await h().signInAs('u-parent')
    await endEnded(LMP, 'ended')
    await setPregnancy(NEXT_LMP, 'next')
    expect(await h().call('checkup.timeline')).toEqual({ lmp: NEXT_LMP, records: {} })
    expect(await history()).toEqual([HER_PAST])

    const marked = await h().call('checkup.markVisit', { visitId: 'v01', date: '2026-11-23', note: '建册' }, { idempotencyKey: 'next-v01' })
    expect(marked).toEqual({ lmp: NEXT_LMP, records: { v01: { date: '2026-11-23', note: '建册' } } })
    expect(await history()).toEqual([HER_PAST])

    await endEnded(NEXT_LMP, 'next-ended')
    expect(await history()).toEqual([
      { lmp: NEXT_LMP, dueDate: '2027-07-27', endedOn: null, records: [{ visitId: 'v01', title: '建档与首次产检', date: '2026-11-23', note: '建册' }] },
      HER_PAST,
    ])
  })

  it('a pregnancy replaced by another (its LMP moved by more than two weeks) goes to history; a correction does not', async () => {
    await h().signInAs('u-parent')
    await setPregnancy('2026-07-14', 'corrected')
    expect(await history()).toEqual([])
    expect(Object.keys((await h().call('checkup.timeline')).records).sort()).toEqual(['v01', 'v02', 'v03'])

    await setPregnancy(NEXT_LMP, 'replaced')
    expect(await history()).toEqual([HER_PAST])
    expect((await h().call('checkup.timeline')).records).toEqual({})
  })

  it('a pregnancy ended with no visit done leaves nothing in history', async () => {
    await h().signInAs('u-parent')
    for (const visitId of ['v01', 'v02', 'v03']) await h().call('checkup.unmarkVisit', { visitId }, { idempotencyKey: `unmark-${visitId}` })
    await endEnded(LMP, 'ended')
    expect(await history()).toEqual([])
    await h().call('checkup.saveAnswers', { answers: ANSWERS }, { idempotencyKey: 'answers' })
    expect(await history()).toEqual([])
  })

  it('the same pregnancy ended twice (entered again in between) is one entry with all its visits', async () => {
    await h().signInAs('u-parent')
    await endEnded(LMP, 'ended')
    await h().call('checkup.saveAnswers', { answers: ANSWERS }, { idempotencyKey: 'answers' })
    await setPregnancy(LMP, 'again')
    await h().call('checkup.markVisit', { visitId: 'v04', date: '2026-11-22' }, { idempotencyKey: 'v04' })
    await endEnded(LMP, 'ended-again')
    expect(await history()).toEqual([
      { ...HER_PAST, records: [...HER_PAST.records, { visitId: 'v04', title: '大排畸超声', date: '2026-11-22' }] },
    ])
  })

  it('keeps the ten latest pregnancies, by LMP', async () => {
    await h().signInAs('u-parent')
    await endEnded(LMP, 'ended')
    // Ten more, each more than two weeks from the others: one before hers, nine after.
    const lmps = [158, 120, 105, 90, 75, 60, 45, 30, 15, 0].map((days) => addDays('2026-11-24', -days))
    for (const lmp of lmps) {
      await setPregnancy(lmp, `set-${lmp}`)
      await h().call('checkup.markVisit', { visitId: 'v01', date: '2026-11-24' }, { idempotencyKey: `mark-${lmp}` })
      await endEnded(lmp, `end-${lmp}`)
    }
    const latest = [...lmps.slice(1).reverse(), LMP]
    expect((await history()).map((past) => past.lmp)).toEqual(latest)
    await h().call('checkup.saveAnswers', { answers: ANSWERS }, { idempotencyKey: 'answers' })
    expect((await history()).map((past) => past.lmp)).toEqual(latest)
  })

  describe('withdrawing the family-health consent', () => {
    it('deletes history moved there by a write', async () => {
      await h().signInAs('u-parent')
      await endEnded(LMP, 'ended')
      await h().call('checkup.saveAnswers', { answers: ANSWERS }, { idempotencyKey: 'answers' })
      expect(await history()).toHaveLength(1)
      await h().call('profile.withdrawConsent', { scope: 'family-health' }, { idempotencyKey: 'withdraw' })
      expect(await history()).toEqual([])
    })

    it('deletes an ended pregnancy’s visits not moved yet, and they stay deleted when consent is given again', async () => {
      await h().signInAs('u-parent')
      await endEnded(LMP, 'ended')
      await h().call('profile.withdrawConsent', { scope: 'family-health' }, { idempotencyKey: 'withdraw' })
      expect(await history()).toEqual([])
      await h().call('profile.grantConsent', { scope: 'family-health' })
      await setPregnancy(NEXT_LMP, 'next')
      expect(await history()).toEqual([])
      expect(await h().call('checkup.timeline')).toEqual({ lmp: NEXT_LMP, records: {} })
    })

    it('keeps what was recorded after consent was given again', async () => {
      await h().signInAs('u-parent')
      await h().call('profile.withdrawConsent', { scope: 'family-health' }, { idempotencyKey: 'withdraw' })
      await h().call('profile.grantConsent', { scope: 'family-health' })
      await setPregnancy(NEXT_LMP, 'next')
      await h().call('checkup.markVisit', { visitId: 'v01', date: '2026-11-23' }, { idempotencyKey: 'v01' })
      await endEnded(NEXT_LMP, 'ended')
      expect(await history()).toEqual([{ lmp: NEXT_LMP, dueDate: '2027-07-27', endedOn: null, records: [{ visitId: 'v01', title: '建档与首次产检', date: '2026-11-23' }] }])
    })
  })

  it('needs signing in, and answers other roles as checkup.timeline does: nothing of theirs', async () => {
    await expectServiceError(h().call('checkup.timeline'), 'UNAUTHENTICATED')
    await expectServiceError(h().call('checkup.history'), 'UNAUTHENTICATED')
    for (const identity of ['u-instructor', 'u-special', 'u-contact']) {
      await h().signInAs(identity)
      expect(await h().call('checkup.timeline')).toEqual({ lmp: null, records: {} })
      expect(await h().call('checkup.history')).toEqual({ pregnancies: [] })
    }
  })

  it('never shows one user’s history to another', async () => {
    await h().signInAs('u-parent')
    await endEnded(LMP, 'ended')
    await h().signInAs('u-parent-2')
    expect(await history()).toEqual([])
    await setPregnancy(NEXT_LMP, 'his-pregnancy')
    await h().call('checkup.markVisit', { visitId: 'v01', date: '2026-11-23' }, { idempotencyKey: 'his-v01' })
    await endEnded(NEXT_LMP, 'his-end')
    expect((await history()).map((past) => past.lmp)).toEqual([NEXT_LMP])
    await h().signInAs('u-parent')
    expect(await history()).toEqual([HER_PAST])
  })
})
