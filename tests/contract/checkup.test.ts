import type { EligibilityAnswers } from '@/domain/checkup-eligibility'
import { expectServiceError } from '../support/expect-error'
import { describeContract } from '../support/transports'

// The clock is 2026-11-24; 林晓雯's LMP is 2026-07-04 (孕20周+3天), with visits v01–v03 done.
describeContract('婚孕检 checkup', (h) => {
  it('lists the three programmes without signing in', async () => {
    const programmes = await h().call('checkup.programmes')
    expect(programmes.map((programme) => programme.id)).toEqual(['premarital', 'preconception', 'antenatal'])
    expect(programmes.map((programme) => programme.name)).toEqual(['婚前医学检查', '孕前优生健康检查', '产前检查'])
  })

  it('gives a programme in full, each item with its purpose, and NOT_FOUND for an unknown one', async () => {
    const programme = await h().call('checkup.programme', { id: 'preconception' })
    const items = programme.itemGroups.flatMap((group) => group.items)
    expect(items.length).toBeGreaterThanOrEqual(15)
    for (const item of items) expect(item.purpose.length).toBeGreaterThan(4)
    expect(programme.documents.join('')).toContain('身份证')
    expect(programme.preparation.join('')).toMatch(/空腹/)
    // The id is a closed set (the three programmes): anything else is refused before any lookup.
    const unknown = await expectServiceError(h().rawCall('checkup.programme', { id: 'dental' }), 'VALIDATION')
    expect(unknown.message).toBe('没有找到这项检查')
  })

  it('filters institutions by district and programme, and lists the districts', async () => {
    const all = await h().call('checkup.institutions')
    expect(all.districts).toContain('西湖区')
    expect(all.items.length).toBeGreaterThanOrEqual(all.districts.length)
    const westLake = await h().call('checkup.institutions', { district: '西湖区', programme: 'premarital' })
    expect(westLake.items.length).toBeGreaterThan(0)
    for (const item of westLake.items) {
      expect(item.district).toBe('西湖区')
      expect(item.programmes).toContain('premarital')
      expect(item.phone).toMatch(/^0571-\d{7,8}$/)
    }
    await expectServiceError(h().rawCall('checkup.institutions', { programme: 'x' }), 'VALIDATION')
  })

  it('returns the pregnancy timeline from the profile with the seeded visits done', async () => {
    await h().signInAs('u-parent')
    const timeline = await h().call('checkup.timeline')
    expect(timeline.lmp).toBe('2026-07-04')
    expect(Object.keys(timeline.records).sort()).toEqual(['v01', 'v02', 'v03'])
  })

  it('marks a visit done with date and note, keeps it, replays by key, and unmarks it', async () => {
    await h().signInAs('u-parent')
    const marked = await h().call('checkup.markVisit', { visitId: 'v04', date: '2026-11-22', note: '大排畸未见异常' }, { idempotencyKey: 'mark-v04' })
    expect(marked.records.v04).toEqual({ date: '2026-11-22', note: '大排畸未见异常' })
    const replay = await h().call('checkup.markVisit', { visitId: 'v04', date: '2026-11-22', note: '大排畸未见异常' }, { idempotencyKey: 'mark-v04' })
    expect(replay).toEqual(marked)
    // The same key with another date is another request: refused, not silently answered with the first.
    const reused = await expectServiceError(h().call('checkup.markVisit', { visitId: 'v04', date: '2026-11-23' }, { idempotencyKey: 'mark-v04' }), 'CONFLICT')
    expect(reused.reason).toBe('IDEMPOTENCY_KEY_REUSED')
    expect((await h().call('checkup.timeline')).records.v04.date).toBe('2026-11-22')
    const unmarked = await h().call('checkup.unmarkVisit', { visitId: 'v04' }, { idempotencyKey: 'unmark-v04' })
    expect(unmarked.records.v04).toBeUndefined()
  })

  it('refuses a visit date in the future or before the LMP, with the field named', async () => {
    await h().signInAs('u-parent')
    const future = await expectServiceError(h().call('checkup.markVisit', { visitId: 'v04', date: '2026-11-25' }, { idempotencyKey: 'k1' }), 'VALIDATION')
    expect(future.fieldErrors?.date).toBe('产检日期不能晚于今天')
    const early = await expectServiceError(h().call('checkup.markVisit', { visitId: 'v04', date: '2026-07-01' }, { idempotencyKey: 'k2' }), 'VALIDATION')
    expect(early.fieldErrors?.date).toBe('产检日期不能早于末次月经')
    await expectServiceError(h().call('checkup.markVisit', { visitId: 'v99', date: '2026-11-20' }, { idempotencyKey: 'k3' }), 'NOT_FOUND')
    expect((await h().call('checkup.timeline')).records.v04).toBeUndefined()
  })

  it('refuses to record visits for someone with no pregnancy on file', async () => {
    await h().signInAs('u-instructor')
    expect((await h().call('checkup.timeline')).lmp).toBeNull()
    await expectServiceError(h().call('checkup.markVisit', { visitId: 'v01', date: '2026-11-20' }, { idempotencyKey: 'k' }), 'CONFLICT')
  })

  it('keeps each user’s timeline and answers to themselves', async () => {
    await h().signInAs('u-parent')
    await h().call('checkup.markVisit', { visitId: 'v04', date: '2026-11-22' }, { idempotencyKey: 'mine' })
    await h().signInAs('u-instructor')
    expect((await h().call('checkup.timeline')).records).toEqual({})
    expect(await h().call('checkup.myAnswers')).toBeNull()
  })

  it('requires signing in for the timeline and the guided check answers', async () => {
    await expectServiceError(h().call('checkup.timeline'), 'UNAUTHENTICATED')
    await expectServiceError(h().call('checkup.saveAnswers', { answers: { residency: 'hukou', marital: 'married', planning: true, pregnant: false } }, { idempotencyKey: 'k' }), 'UNAUTHENTICATED')
  })

  it('saves guided check answers only with consent, and validates them', async () => {
    const answers: EligibilityAnswers = { residency: 'hukou', marital: 'married', planning: true, pregnant: false, district: '西湖区' }
    await h().signInAs('u-instructor')
    await expectServiceError(h().call('checkup.saveAnswers', { answers }, { idempotencyKey: 'no-consent' }), 'CONSENT_REQUIRED')
    expect(await h().call('checkup.myAnswers')).toBeNull()
    // The family-record consent does not cover the answers: they have their own.
    await h().call('profile.grantConsent', { scope: 'family-health' })
    await expectServiceError(h().call('checkup.saveAnswers', { answers }, { idempotencyKey: 'family-consent-only' }), 'CONSENT_REQUIRED')
    await h().call('profile.grantConsent', { scope: 'checkup-answers' })
    const saved = await h().call('checkup.saveAnswers', { answers }, { idempotencyKey: 'with-consent' })
    expect(saved.answers).toMatchObject(answers)
    await expect(h().call('checkup.myAnswers')).resolves.toEqual(saved)

    const bad = await expectServiceError(
      h().call('checkup.saveAnswers', { answers: { residency: 'hukou', marital: 'married', planning: false, pregnant: true, lmp: '2027-01-01' } }, { idempotencyKey: 'bad' }),
      'VALIDATION',
    )
    expect(bad.fieldErrors?.lmp).toBe('末次月经日期不能晚于今天')
    await expect(h().call('checkup.myAnswers')).resolves.toEqual(saved)
  })

  it('restores the seeded timeline on demo reset', async () => {
    await h().signInAs('u-parent')
    await h().call('checkup.unmarkVisit', { visitId: 'v01' }, { idempotencyKey: 'drop-v01' })
    await h().call('demo.reset')
    expect(Object.keys((await h().call('checkup.timeline')).records).sort()).toEqual(['v01', 'v02', 'v03'])
  })
})

describeContract('婚孕检 timeline across LMP changes', (h) => {
  async function setLmp(lmp: string, key: string) {
    const { family } = await h().call('profile.get')
    await h().call('profile.saveFamily', { family: { children: family.children, pregnancy: { lmp } } }, { idempotencyKey: key })
  }

  it('keeps the visits when the LMP is corrected by up to two weeks', async () => {
    await h().signInAs('u-parent')
    await setLmp('2026-07-14', 'correct')
    expect(Object.keys((await h().call('checkup.timeline')).records).sort()).toEqual(['v01', 'v02', 'v03'])
  })

  it('starts an empty timeline for a new pregnancy, and its visits are kept', async () => {
    await h().signInAs('u-parent')
    await setLmp('2026-09-15', 'new-pregnancy')
    const fresh = await h().call('checkup.timeline')
    expect(fresh).toEqual({ lmp: '2026-09-15', records: {} })
    await h().call('checkup.markVisit', { visitId: 'v01', date: '2026-11-20' }, { idempotencyKey: 'mark-new-v01' })
    expect((await h().call('checkup.timeline')).records).toEqual({ v01: { date: '2026-11-20' } })
  })
})
