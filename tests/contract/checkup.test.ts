import { createCheckupService } from '../../src/services/checkup-service'
import { expectServiceError } from '../support/expect-error'
import { describeContract } from '../support/transports'

// The clock is 2026-11-24; 林晓雯's LMP is 2026-07-04 (孕20周+3天), with visits v01–v03 done.
describeContract('婚孕检 checkup', (h) => {
  const checkup = () => createCheckupService(h().transport)

  it('lists the three programmes without signing in', async () => {
    const programmes = await checkup().programmes()
    expect(programmes.map((programme) => programme.id)).toEqual(['premarital', 'preconception', 'antenatal'])
    expect(programmes.map((programme) => programme.name)).toEqual(['婚前医学检查', '孕前优生健康检查', '产前检查'])
  })

  it('gives a programme in full, each item with its purpose, and NOT_FOUND for an unknown one', async () => {
    const programme = await checkup().programme('preconception')
    const items = programme.itemGroups.flatMap((group) => group.items)
    expect(items.length).toBeGreaterThanOrEqual(15)
    for (const item of items) expect(item.purpose.length).toBeGreaterThan(4)
    expect(programme.documents.join('')).toContain('身份证')
    expect(programme.preparation.join('')).toMatch(/空腹/)
    await expectServiceError(checkup().programme('dental' as never), 'NOT_FOUND')
  })

  it('filters institutions by district and programme, and lists the districts', async () => {
    const all = await checkup().institutions()
    expect(all.districts).toContain('西湖区')
    expect(all.items.length).toBeGreaterThanOrEqual(all.districts.length)
    const westLake = await checkup().institutions({ district: '西湖区', programme: 'premarital' })
    expect(westLake.items.length).toBeGreaterThan(0)
    for (const item of westLake.items) {
      expect(item.district).toBe('西湖区')
      expect(item.programmes).toContain('premarital')
      expect(item.phone).toMatch(/^0571-\d{7,8}$/)
    }
    await expectServiceError(checkup().institutions({ programme: 'x' as never }), 'VALIDATION')
  })

  it('returns the pregnancy timeline from the profile with the seeded visits done', async () => {
    await h().signInAs('u-parent')
    const timeline = await checkup().timeline()
    expect(timeline.lmp).toBe('2026-07-04')
    expect(Object.keys(timeline.records).sort()).toEqual(['v01', 'v02', 'v03'])
  })

  it('marks a visit done with date and note, keeps it, replays by key, and unmarks it', async () => {
    await h().signInAs('u-parent')
    const marked = await checkup().markVisit({ visitId: 'v04', date: '2026-11-22', note: '大排畸未见异常' }, 'mark-v04')
    expect(marked.records.v04).toEqual({ date: '2026-11-22', note: '大排畸未见异常' })
    const replay = await checkup().markVisit({ visitId: 'v04', date: '2026-11-23' }, 'mark-v04')
    expect(replay.records.v04.date).toBe('2026-11-22')
    expect((await checkup().timeline()).records.v04.date).toBe('2026-11-22')
    const unmarked = await checkup().unmarkVisit('v04', 'unmark-v04')
    expect(unmarked.records.v04).toBeUndefined()
  })

  it('refuses a visit date in the future or before the LMP, with the field named', async () => {
    await h().signInAs('u-parent')
    const future = await expectServiceError(checkup().markVisit({ visitId: 'v04', date: '2026-11-25' }, 'k1'), 'VALIDATION')
    expect(future.fieldErrors?.date).toBe('产检日期不能晚于今天')
    const early = await expectServiceError(checkup().markVisit({ visitId: 'v04', date: '2026-07-01' }, 'k2'), 'VALIDATION')
    expect(early.fieldErrors?.date).toBe('产检日期不能早于末次月经')
    await expectServiceError(checkup().markVisit({ visitId: 'v99', date: '2026-11-20' }, 'k3'), 'NOT_FOUND')
    expect((await checkup().timeline()).records.v04).toBeUndefined()
  })

  it('refuses to record visits for someone with no pregnancy on file', async () => {
    await h().signInAs('u-instructor')
    expect((await checkup().timeline()).lmp).toBeNull()
    await expectServiceError(checkup().markVisit({ visitId: 'v01', date: '2026-11-20' }, 'k'), 'CONFLICT')
  })

  it('keeps each user’s timeline and answers to themselves', async () => {
    await h().signInAs('u-parent')
    await checkup().markVisit({ visitId: 'v04', date: '2026-11-22' }, 'mine')
    await h().signInAs('u-instructor')
    expect((await checkup().timeline()).records).toEqual({})
    expect(await checkup().myAnswers()).toBeNull()
  })

  it('requires signing in for the timeline and the guided check answers', async () => {
    await expectServiceError(checkup().timeline(), 'UNAUTHENTICATED')
    await expectServiceError(checkup().saveAnswers({ residency: 'hukou', marital: 'married', planning: true, pregnant: false }, 'k'), 'UNAUTHENTICATED')
  })

  it('saves guided check answers only with consent, and validates them', async () => {
    const answers = { residency: 'hukou' as const, marital: 'married' as const, planning: true, pregnant: false, district: '西湖区' }
    await h().signInAs('u-instructor')
    await expectServiceError(checkup().saveAnswers(answers, 'no-consent'), 'CONSENT_REQUIRED')
    expect(await checkup().myAnswers()).toBeNull()
    // The family-record consent does not cover the answers: they have their own.
    await h().call('profile.grantConsent', { scope: 'family-health' })
    await expectServiceError(checkup().saveAnswers(answers, 'family-consent-only'), 'CONSENT_REQUIRED')
    await h().call('profile.grantConsent', { scope: 'checkup-answers' })
    const saved = await checkup().saveAnswers(answers, 'with-consent')
    expect(saved.answers).toMatchObject(answers)
    await expect(checkup().myAnswers()).resolves.toEqual(saved)

    const bad = await expectServiceError(
      checkup().saveAnswers({ residency: 'hukou', marital: 'married', planning: false, pregnant: true, lmp: '2027-01-01' }, 'bad'),
      'VALIDATION',
    )
    expect(bad.fieldErrors?.lmp).toBe('末次月经日期不能晚于今天')
    await expect(checkup().myAnswers()).resolves.toEqual(saved)
  })

  it('restores the seeded timeline on demo reset', async () => {
    await h().signInAs('u-parent')
    await checkup().unmarkVisit('v01', 'drop-v01')
    await h().call('demo.reset')
    expect(Object.keys((await checkup().timeline()).records).sort()).toEqual(['v01', 'v02', 'v03'])
  })
})

describeContract('婚孕检 timeline across LMP changes', (h) => {
  const checkup = () => createCheckupService(h().transport)
  async function setLmp(lmp: string, key: string) {
    const { family } = await h().call('profile.get')
    await h().call('profile.saveFamily', { family: { children: family.children, pregnancy: { lmp } } }, { idempotencyKey: key })
  }

  it('keeps the visits when the LMP is corrected by up to two weeks', async () => {
    await h().signInAs('u-parent')
    await setLmp('2026-07-14', 'correct')
    expect(Object.keys((await checkup().timeline()).records).sort()).toEqual(['v01', 'v02', 'v03'])
  })

  it('starts an empty timeline for a new pregnancy, and its visits are kept', async () => {
    await h().signInAs('u-parent')
    await setLmp('2026-09-15', 'new-pregnancy')
    const fresh = await checkup().timeline()
    expect(fresh).toEqual({ lmp: '2026-09-15', records: {} })
    await checkup().markVisit({ visitId: 'v01', date: '2026-11-20' }, 'mark-new-v01')
    expect((await checkup().timeline()).records).toEqual({ v01: { date: '2026-11-20' } })
  })
})
