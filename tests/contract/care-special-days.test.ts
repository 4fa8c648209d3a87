import type { SpecialDaysInput } from '@/contract/care'
import { expectServiceError } from '../support/expect-error'
import { describeContract } from '../support/transports'

// The clock is 2026-11-24. 张建国 (u-special) agreed on his contacts' visit of 2026-10-05 that
// they keep his son's birthday, 11-30: six days away, 近期特殊日子. 李慧敏 (u-contact) and the
// street's 赵志强 (u-contact-2) are his contacts; 孙丽 (u-contact-3) is not. 朱玉珍 (u-special-9)
// agreed too, her daughter's birthday (04-23) months away.
const BIRTHDAY = { monthDay: '11-30', label: '儿子生日' }

describeContract('暖心服务: 近期特殊日子, kept only with the family’s agreement', (h) => {
  const set = (familyId: string, specialDays: SpecialDaysInput, key = 'days') => h().call('care.setSpecialDays', { familyId, specialDays }, { idempotencyKey: key })
  const rawSet = (familyId: string, specialDays: unknown, key = 'raw') => h().rawCall('care.setSpecialDays', { familyId, specialDays }, { idempotencyKey: key })

  it('李慧敏 sees 张建国’s flag in the list, never the day itself', async () => {
    await h().signInAs('u-contact')
    const families = await h().call('care.families')
    const zhang = families.find((family) => family.familyId === 'u-special')!
    expect(zhang.specialDaySoon).toBe(true)
    expect(families.filter((family) => family.specialDaySoon).map((family) => family.name)).toEqual(['张建国'])
    expect(JSON.stringify(families)).not.toContain('儿子生日')
    expect(JSON.stringify(families)).not.toContain('11-30')
  })

  it('the family page shows the days, the next one and when the family agreed', async () => {
    await h().signInAs('u-contact')
    const family = await h().call('care.family', { familyId: 'u-special' })
    expect(family.specialDays).toEqual([BIRTHDAY])
    expect(family.specialDayNext).toEqual({ ...BIRTHDAY, daysAway: 6 })
    expect(family.specialDaysAgreedAt).toBe('2026-10-05')
    expect(family.specialDaySoon).toBe(true)
    // A family with no agreement has nothing.
    const wang = await h().call('care.family', { familyId: 'u-special-2' })
    expect(wang).toMatchObject({ specialDays: [], specialDayNext: null, specialDaysAgreedAt: null, specialDaySoon: false })
  })

  it('朱玉珍’s day is months away: kept, but not flagged', async () => {
    await h().signInAs('u-contact-2')
    const zhu = await h().call('care.family', { familyId: 'u-special-9' })
    expect(zhu).toMatchObject({ specialDays: [{ monthDay: '04-23', label: '女儿生日' }], specialDayNext: null, specialDaySoon: false })
  })

  it('setting days needs the family’s agreement and the rows’ own rules, at their fields', async () => {
    await h().signInAs('u-contact')
    const agreed = await expectServiceError(set('u-special', { days: [BIRTHDAY], familyAgreed: false }, 'a'), 'VALIDATION')
    expect(agreed.fieldErrors).toEqual({ familyAgreed: '请确认家庭已同意记录这些日子' })
    const rows = await expectServiceError(
      set('u-special', { days: [{ monthDay: '02-30', label: '儿子生日' }, { monthDay: '08-09', label: '  ' }, { monthDay: '08-09', label: '儿子忌日' }], familyAgreed: true }, 'b'),
      'VALIDATION',
    )
    expect(rows.fieldErrors).toEqual({ 'days.0.monthDay': '请选择日期', 'days.1.label': '请写上是什么日子', 'days.2.monthDay': '这个日子已经记过了' })
    const six = ['01-01', '02-01', '03-01', '04-01', '05-01', '06-01'].map((monthDay) => ({ monthDay, label: '纪念日' }))
    expect((await expectServiceError(set('u-special', { days: six, familyAgreed: true }, 'c'), 'VALIDATION')).fieldErrors).toEqual({ days: '最多记录5个特殊日子' })
    const shape = await expectServiceError(rawSet('u-special', { days: [{ monthDay: 1130, label: '儿子生日' }], familyAgreed: true }), 'VALIDATION')
    expect(shape.fieldErrors).toEqual({ 'days.0.monthDay': '请选择日期' })
    // Nothing changed.
    expect((await h().call('care.family', { familyId: 'u-special' })).specialDays).toEqual([BIRTHDAY])
  })

  it('a contact saves the days; the other contact sees the same; the agreement keeps its day', async () => {
    await h().signInAs('u-contact')
    const days = [BIRTHDAY, { monthDay: '12-02', label: '  儿子忌日 ' }]
    const saved = await set('u-special', { days, familyAgreed: true })
    expect(saved.specialDays).toEqual([BIRTHDAY, { monthDay: '12-02', label: '儿子忌日' }])
    expect(saved.specialDayNext).toEqual({ ...BIRTHDAY, daysAway: 6 })
    expect(saved.specialDaysAgreedAt).toBe('2026-10-05')
    // Replayed by its key, the same answer.
    expect((await set('u-special', { days, familyAgreed: true })).specialDays).toHaveLength(2)
    await h().signInAs('u-contact-2')
    const seen = await h().call('care.family', { familyId: 'u-special' })
    expect(seen.specialDays.map((day) => day.label)).toEqual(['儿子生日', '儿子忌日'])
  })

  it('a family that agrees for the first time is recorded with today', async () => {
    await h().signInAs('u-contact')
    const saved = await set('u-special-2', { days: [{ monthDay: '11-24', label: '老伴忌日' }], familyAgreed: true })
    expect(saved).toMatchObject({ specialDaysAgreedAt: '2026-11-24', specialDayNext: { label: '老伴忌日', daysAway: 0 }, specialDaySoon: true })
  })

  it('the family withdrew: an empty list without the agreement clears everything, for both contacts', async () => {
    await h().signInAs('u-contact')
    const cleared = await set('u-special', { days: [], familyAgreed: false })
    expect(cleared).toMatchObject({ specialDays: [], specialDayNext: null, specialDaysAgreedAt: null, specialDaySoon: false })
    await h().signInAs('u-contact-2')
    expect((await h().call('care.families')).find((family) => family.familyId === 'u-special')?.specialDaySoon).toBe(false)
    // Agreeing again starts from today.
    expect((await set('u-special', { days: [BIRTHDAY], familyAgreed: true }, 'again')).specialDaysAgreedAt).toBe('2026-11-24')
  })

  it('a write needs an idempotency key', async () => {
    await h().signInAs('u-contact')
    await expectServiceError(h().call('care.setSpecialDays', { familyId: 'u-special', specialDays: { days: [], familyAgreed: false } }), 'VALIDATION')
  })

  it.each([
    ['u-contact-3', 'NOT_FOUND'],
    ['u-contact-4', 'NOT_FOUND'],
    ['u-parent', 'FORBIDDEN'],
    ['u-special', 'FORBIDDEN'],
    ['u-association', 'FORBIDDEN'],
    [null, 'UNAUTHENTICATED'],
  ] as const)('%s can neither read nor set 张建国’s days', async (identity, code) => {
    if (identity) await h().signInAs(identity)
    await expectServiceError(set('u-special', { days: [{ monthDay: '01-01', label: '元旦' }], familyAgreed: true }, `set-${identity}`), code)
    await expectServiceError(h().call('care.family', { familyId: 'u-special' }), code)
    if (code === 'NOT_FOUND') expect(JSON.stringify(await h().call('care.families'))).not.toContain('张建国')
    await h().signInAs('u-contact')
    expect((await h().call('care.family', { familyId: 'u-special' })).specialDays).toEqual([BIRTHDAY])
  })

  it('张建国 himself never gets the list through any care call', async () => {
    await h().signInAs('u-special')
    const card = await h().call('care.myCard')
    expect(JSON.stringify(card)).not.toMatch(/儿子生日|11-30/)
    for (const method of ['care.families', 'care.family', 'care.setSpecialDays'] as const) {
      await expectServiceError(h().rawCall(method, { familyId: 'u-special', specialDays: { days: [], familyAgreed: false } }, { idempotencyKey: method }), 'FORBIDDEN')
    }
    expect(JSON.stringify(await h().call('help.overview'))).not.toMatch(/儿子生日|specialDay/)
  })
})
