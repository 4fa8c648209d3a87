import type { SituationInput } from '@/contract/support'
import { expectServiceError } from '../support/expect-error'
import { describeContract } from '../support/transports'

// The clock is 2026-11-24. 林晓雯 (u-parent): 乐乐 born 2025-09-18, pregnant since 2026-07-04
// (due 2027-04-10), her second child; 豆豆's mother (u-parent-2) has one child, born 2024-09-13.
const DUE = '2027-04-10'
const INSURED: SituationInput = {
  region: 'zhejiang',
  motherInsured: true,
  averageMonthlyWage: 9000,
  deductionSplit: 'one-parent',
  expectedBabies: 1,
  difficultBirth: false,
}

describeContract('生育支持', (h) => {
  /** 林晓雯's pregnancy moved to 39+4 weeks (due 2026-11-27), so a birth on 11-20 fits it. */
  const AT_TERM_LMP = '2026-02-20'
  async function atTerm() {
    const family = { children: [{ id: 'child-1', name: '乐乐', birthDate: '2025-09-18', gender: 'female' as const }], pregnancy: { lmp: AT_TERM_LMP } }
    await h().call('profile.saveFamily', { family }, { idempotencyKey: 'at-term' })
  }
  const recordBirth = (children: { name: string; birthDate: string; gender: 'female' | 'male' }[], key = 'born') =>
    h().call('profile.endPregnancy', { end: { lmp: AT_TERM_LMP, outcome: 'born', children } }, { idempotencyKey: key })
  const save = (situation: SituationInput, key = 'situation') => h().call('support.saveSituation', { situation }, { idempotencyKey: key })
  const claim = (claims: { kind: string; who: string }[], kind: string, who: string) => claims.find((c) => c.kind === kind && c.who === who)

  it('the explainer needs no account: 浙江 by default with its extended 产假, the national floor elsewhere, each with its basis', async () => {
    const zhejiang = await h().call('support.explainer', null)
    expect(zhejiang.region).toBe('zhejiang')
    expect(zhejiang.regions.map((region) => region.id)).toEqual(['zhejiang', 'national'])
    expect(zhejiang.items.find((item) => item.id === 'maternity-leave')?.figure).toBe('一孩158天，二孩、三孩188天（国家规定98天，浙江延长）')
    expect(zhejiang.items.find((item) => item.id === 'childcare-subsidy')?.figure).toBe('每孩每年3600元，发放至满3周岁')
    for (const item of zhejiang.items) {
      expect(item.basis).toMatch(/《|规定|通知/)
      expect(item.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(item.howToClaim.length).toBeGreaterThan(0)
    }
    const national = await h().call('support.explainer', { region: 'national' })
    expect(national.items.find((item) => item.id === 'maternity-leave')?.figure).toBe('98天，另加各省延长天数')
    expect(national.items.find((item) => item.id === 'partner-leave')?.figure).toBe('各省多为15天左右')
    await expectServiceError(h().rawCall('support.explainer', { region: 'beijing' }), 'VALIDATION')
  })

  it('林晓雯 sees what her family can claim now (乐乐) and soon (the baby due in April), and no 生育津贴 before she says she is insured', async () => {
    await h().signInAs('u-parent')
    const mine = await h().call('support.mine')
    expect(mine.situation).toBeNull()
    expect(claim(mine.claims, '育儿补贴', '乐乐')).toMatchObject({ when: 'now', amount: 3600, unit: '元/年' })
    expect(claim(mine.claims, '个税专项附加扣除', '乐乐')).toMatchObject({ when: 'now', amount: 2000, unit: '元/月', end: '2028-08-31' })
    // Her second child: 98 + 浙江's 90 days, from 15 days before the due date.
    expect(claim(mine.claims, '产假', '妈妈')).toMatchObject({ when: 'soon', amount: 188, unit: '天', start: '2027-03-26', end: '2027-09-29' })
    expect(claim(mine.claims, '陪产假', '配偶')).toMatchObject({ when: 'soon', amount: 15, start: DUE, end: '2027-04-24' })
    expect(claim(mine.claims, '生育津贴', '妈妈')).toBeUndefined()
    expect(mine.calendar).toMatchObject({ from: DUE, estimated: true, forWhom: '宝宝（预产期）' })
    expect(mine.calendar?.partner.filter((period) => period.kind === '育儿假')).toHaveLength(3)
    // 乐乐's were done in her first weeks (seeded), all but the newer 育儿补贴.
    expect(mine.checklists).toEqual([{ childId: 'child-1', name: '乐乐', birthDate: '2025-09-18', done: 6, total: 7, overdue: 0 }])
    expect((await h().call('support.checklist', { childId: 'child-1' })).items.filter((item) => !item.done).map((item) => item.id)).toEqual(['childcare-subsidy'])
    for (const item of mine.claims) expect(item.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('her situation changes the figures: 生育津贴 on the province’s days, the national floor elsewhere, a shared deduction', async () => {
    await h().signInAs('u-parent')
    const insured = await save(INSURED)
    expect(insured.situation).toEqual(INSURED)
    // 9000 ÷ 30 × 188 days (浙江 pays the extension too).
    expect(claim(insured.claims, '生育津贴', '妈妈')).toMatchObject({ amount: 56400, unit: '元' })

    const elsewhere = await save({ ...INSURED, region: 'national', deductionSplit: 'shared', expectedBabies: 2 }, 'elsewhere')
    expect(elsewhere.regionName).toBe('全国')
    // Twins: 98 + 15 days nationally; the allowance on those days only.
    expect(claim(elsewhere.claims, '产假', '妈妈')).toMatchObject({ amount: 113 })
    expect(claim(elsewhere.claims, '生育津贴', '妈妈')).toMatchObject({ amount: 33900 })
    expect(claim(elsewhere.claims, '个税专项附加扣除', '乐乐')).toMatchObject({ amount: 1000, note: '父母双方各扣除此数' })
    await expect(h().call('support.mine')).resolves.toEqual(elsewhere)
  })

  it('refuses a wage that is not a figure, and an unknown region, at their fields, keeping what was saved', async () => {
    await h().signInAs('u-parent')
    await save(INSURED)
    const wage = await expectServiceError(save({ ...INSURED, averageMonthlyWage: 0 }, 'zero'), 'VALIDATION')
    expect(wage.fieldErrors).toEqual({ averageMonthlyWage: '单位月平均工资不能小于1' })
    const region = await expectServiceError(h().rawCall('support.saveSituation', { situation: { ...INSURED, region: '北京' } }, { idempotencyKey: 'bj' }), 'VALIDATION')
    expect(region.fieldErrors).toEqual({ region: '请选择参保地' })
    await expect(h().call('support.mine')).resolves.toMatchObject({ situation: INSURED })
  })

  it('“加入我的计划” keeps the calendar under 我的; after the birth it is marked outdated; 移除 forgets it', async () => {
    await h().signInAs('u-parent')
    const plan = await h().call('support.savePlan', null, { idempotencyKey: 'plan' })
    expect(plan.outdated).toBe(false)
    expect(plan.calendar).toMatchObject({ from: DUE, estimated: true })
    expect((await h().call('support.mine')).plan).toEqual(plan)

    await atTerm()
    expect((await h().call('support.mine')).plan).toMatchObject({ outdated: true })
    await h().call('support.savePlan', null, { idempotencyKey: 'plan-again' })
    await recordBirth([{ name: '安安', birthDate: '2026-11-20', gender: 'male' }])
    const after = await h().call('support.mine')
    expect(after.calendar).toMatchObject({ from: '2026-11-20', estimated: false, forWhom: '安安' })
    expect(after.plan).toMatchObject({ outdated: true, calendar: { from: '2026-11-27', estimated: true } })

    await h().call('support.removePlan', null, { idempotencyKey: 'remove' })
    expect((await h().call('support.mine')).plan).toBeNull()
  })

  it('a plan made for the expected baby is not shown again after 本次孕期已结束', async () => {
    await h().signInAs('u-parent')
    await h().call('support.savePlan', null, { idempotencyKey: 'plan' })
    await h().call('profile.endPregnancy', { end: { lmp: '2026-07-04', outcome: 'ended' } }, { idempotencyKey: 'ended' })
    const mine = await h().call('support.mine')
    // 乐乐's leaves remain to plan; the expected baby's plan is gone.
    expect(mine.calendar).toMatchObject({ forWhom: '乐乐', estimated: false })
    expect(mine.plan).toBeNull()
  })

  it('a plan needs a birth to plan around', async () => {
    await h().signInAs('u-parent-2')
    // 豆豆's third birthday is in September 2027: his 育儿假 years still run.
    await expect(h().call('support.savePlan', null, { idempotencyKey: 'plan' })).resolves.toMatchObject({ calendar: { from: '2024-09-13', forWhom: '豆豆' } })
    h().clock.advance(300 * 24 * 60 * 60 * 1000)
    await h().signInAs('u-parent-2')
    const none = await expectServiceError(h().call('support.savePlan', null, { idempotencyKey: 'late' }), 'CONFLICT')
    expect(none.message).toContain('家庭信息')
  })

  it('the 出生一件事 of a newborn: deadlines from the birth date, ticks kept across sign-out and sign-in', async () => {
    await h().signInAs('u-parent')
    await atTerm()
    const profile = await recordBirth([{ name: '安安', birthDate: '2026-11-20', gender: 'male' }])
    const childId = profile.family.children.find((child) => child.name === '安安')!.id
    const list = await h().call('support.checklist', { childId })
    expect(list.child).toEqual({ id: childId, name: '安安', birthDate: '2026-11-20' })
    expect(list.items.map((item) => item.id)).toEqual([
      'birth-certificate', 'vaccination', 'hukou', 'medical-insurance', 'social-security-card', 'childcare-subsidy', 'maternity-allowance',
    ])
    expect(list.items.find((item) => item.id === 'hukou')).toMatchObject({ deadline: '2026-12-20', daysLeft: 26, state: 'open', done: false })
    expect(list.items.find((item) => item.id === 'hukou')?.jointService).toContain('浙里办')

    await h().call('support.tick', { childId, itemId: 'birth-certificate', done: true }, { idempotencyKey: 't1' })
    const ticked = await h().call('support.tick', { childId, itemId: 'hukou', done: true }, { idempotencyKey: 't2' })
    expect(ticked.progress).toEqual({ done: 2, total: 7, overdue: 0 })

    await h().call('auth.signOut')
    await h().signInAs('u-parent')
    const again = await h().call('support.checklist', { childId })
    expect(again.items.filter((item) => item.done).map((item) => item.id)).toEqual(['birth-certificate', 'hukou'])
    const undone = await h().call('support.tick', { childId, itemId: 'hukou', done: false }, { idempotencyKey: 't3' })
    expect(undone.progress.done).toBe(1)
    expect((await h().call('support.mine')).checklists.find((entry) => entry.childId === childId)).toMatchObject({ done: 1, total: 7 })
  })

  it('twins are two children, each with a checklist of its own that names the other', async () => {
    await h().signInAs('u-parent')
    const twins = [
      { name: '大宝', birthDate: '2026-11-22', gender: 'female' as const },
      { name: '小宝', birthDate: '2026-11-22', gender: 'male' as const },
    ]
    await atTerm()
    const profile = await recordBirth(twins, 'twins')
    const [first, second] = profile.family.children.filter((child) => child.birthDate === '2026-11-22')
    await h().call('support.tick', { childId: first.id, itemId: 'vaccination', done: true }, { idempotencyKey: 'tick' })
    const hers = await h().call('support.checklist', { childId: first.id })
    const his = await h().call('support.checklist', { childId: second.id })
    expect(hers.twins).toEqual([{ id: second.id, name: '小宝' }])
    expect(hers.progress.done).toBe(1)
    expect(his.progress.done).toBe(0)
    const mine = await h().call('support.mine')
    expect(mine.calendar).toMatchObject({ forWhom: '大宝、小宝', estimated: false })
    // Twins: 98 + 15 + 浙江's 90 (a second birth) days.
    expect(mine.calendar?.mother[0]).toMatchObject({ kind: '产假', days: 203 })
  })

  it('a child of another family, or a child past three, is NOT_FOUND', async () => {
    await h().signInAs('u-parent-2')
    await expectServiceError(h().call('support.checklist', { childId: 'child-1' }), 'NOT_FOUND')
    await expectServiceError(h().call('support.tick', { childId: 'child-1', itemId: 'hukou', done: true }, { idempotencyKey: 'other' }), 'NOT_FOUND')
    await expectServiceError(h().call('support.checklist', { childId: 'constructor' }), 'NOT_FOUND')
    await expect(h().call('support.checklist', { childId: 'child-2' })).resolves.toMatchObject({ child: { name: '豆豆' } })
    h().clock.advance(300 * 24 * 60 * 60 * 1000)
    await h().signInAs('u-parent-2')
    await expectServiceError(h().call('support.checklist', { childId: 'child-2' }), 'NOT_FOUND')
  })

  it('withdrawing the family-health consent deletes the situation, the plan and the ticks', async () => {
    await h().signInAs('u-parent')
    await save(INSURED)
    await h().call('support.savePlan', null, { idempotencyKey: 'plan' })
    await h().call('support.tick', { childId: 'child-1', itemId: 'hukou', done: true }, { idempotencyKey: 'tick' })
    await h().call('profile.withdrawConsent', { scope: 'family-health' }, { idempotencyKey: 'withdraw' })
    await h().call('profile.grantConsent', { scope: 'family-health' }, { idempotencyKey: 'grant' })
    const family = { children: [{ id: 'child-1', name: '乐乐', birthDate: '2025-09-18', gender: 'female' as const }], pregnancy: null }
    await h().call('profile.saveFamily', { family }, { idempotencyKey: 'family' })
    const mine = await h().call('support.mine')
    expect(mine.situation).toBeNull()
    expect(mine.plan).toBeNull()
    // The family was deleted with the consent: 乐乐 comes back as a new record with nothing ticked.
    expect(mine.checklists).toEqual([expect.objectContaining({ name: '乐乐', done: 0 })])
  })

  it('saving needs the family-health consent', async () => {
    await h().signInAs('u-parent')
    await h().call('profile.withdrawConsent', { scope: 'family-health' }, { idempotencyKey: 'withdraw' })
    await expectServiceError(save(INSURED), 'CONSENT_REQUIRED')
    await expectServiceError(h().call('support.savePlan', null, { idempotencyKey: 'plan' }), 'CONSENT_REQUIRED')
  })

  it.each([
    ['u-instructor', 'FORBIDDEN'],
    ['u-special', 'FORBIDDEN'],
    ['u-contact', 'FORBIDDEN'],
    [null, 'UNAUTHENTICATED'],
  ] as const)('%s: the family’s own calls are refused, the explainer is answered', async (identity, code) => {
    if (identity) await h().signInAs(identity)
    await expect(h().call('support.explainer', null)).resolves.toMatchObject({ region: 'zhejiang' })
    await expectServiceError(h().call('support.mine'), code)
    await expectServiceError(save(INSURED), code)
    await expectServiceError(h().call('support.savePlan', null, { idempotencyKey: 'p' }), code)
    await expectServiceError(h().call('support.removePlan', null, { idempotencyKey: 'r' }), code)
    await expectServiceError(h().call('support.checklist', { childId: 'child-1' }), code)
    await expectServiceError(h().call('support.tick', { childId: 'child-1', itemId: 'hukou', done: true }, { idempotencyKey: 't' }), code)
  })
})
