import { expectServiceError } from '../support/expect-error'
import { describeContract } from '../support/transports'

const DAY_MS = 24 * 60 * 60 * 1000
// The clock is 2026-11-24. 林晓雯 (u-parent) has 乐乐 and a pregnancy; 41+6 weeks before today is 2026-02-04.
const LAST_ONGOING_LMP = '2026-02-04'
const LELE = { id: 'child-1', name: '乐乐', birthDate: '2025-09-18', gender: 'female' as const }

describeContract('ending a pregnancy', (h) => {

  /** Her pregnancy reaches 42+1 weeks: recorded at 41+6, two days pass. */
  async function pastTerm() {
    await h().signInAs('u-parent')
    await h().call('profile.saveFamily', { family: { children: [LELE], pregnancy: { lmp: LAST_ONGOING_LMP } } }, { idempotencyKey: 'set-lmp' })
    h().clock.advance(2 * DAY_MS)
  }

  it('a pregnancy date past 42 weeks never blocks saving the rest of the family', async () => {
    await pastTerm()
    const renamed = await h().call('profile.saveFamily', { family: { children: [{ ...LELE, name: '朵朵' }], pregnancy: { lmp: LAST_ONGOING_LMP } } }, { idempotencyKey: 'rename' })
    expect(renamed.family).toEqual({ children: [{ ...LELE, name: '朵朵' }], pregnancy: { lmp: LAST_ONGOING_LMP } })
    // A new date that old is still refused.
    const moved = await expectServiceError(
      h().call('profile.saveFamily', { family: { children: [LELE], pregnancy: { lmp: '2026-02-01' } } }, { idempotencyKey: 'move' }),
      'VALIDATION',
    )
    expect(moved.fieldErrors).toEqual({ 'pregnancy.lmp': '末次月经日期距今已满42周，请核对' })
  })

  it('宝宝出生了 adds the baby with a new id and ends the pregnancy; the timeline ends with it', async () => {
    await pastTerm()
    const end = { lmp: LAST_ONGOING_LMP, outcome: 'born' as const, children: [{ name: '安安', birthDate: '2026-11-20', gender: 'male' as const }] }
    const saved = await h().call('profile.endPregnancy', { end }, { idempotencyKey: 'born' })
    expect(saved.family.pregnancy).toBeNull()
    expect(saved.family.children).toEqual([LELE, { id: expect.stringMatching(/^child-\d+$/), name: '安安', birthDate: '2026-11-20', gender: 'male' }])
    // Replaying the same key does not add the baby twice.
    await expect(h().call('profile.endPregnancy', { end }, { idempotencyKey: 'born' })).resolves.toEqual(saved)
    await expect(h().call('profile.get')).resolves.toEqual(saved)
    await expect(h().call('checkup.timeline')).resolves.toEqual({ lmp: null, records: {} })
    await expectServiceError(h().call('checkup.markVisit', { visitId: 'v14', date: '2026-11-10' }, { idempotencyKey: 'late-mark' }), 'CONFLICT')
  })

  it('twins: two children with new ids and the one birth date, in the order given', async () => {
    await pastTerm()
    const twins = [
      { name: '安安', birthDate: '2026-11-20', gender: 'male' as const },
      { name: '平平', birthDate: '2026-11-20', gender: 'female' as const },
    ]
    const saved = await h().call('profile.endPregnancy', { end: { lmp: LAST_ONGOING_LMP, outcome: 'born', children: twins } }, { idempotencyKey: 'twins' })
    expect(saved.family.pregnancy).toBeNull()
    expect(saved.family.children).toEqual([LELE, { ...twins[0], id: expect.stringMatching(/^child-\d+$/) }, { ...twins[1], id: expect.stringMatching(/^child-\d+$/) }])
    const [, first, second] = saved.family.children
    expect(first.id).not.toBe(second.id)
    expect(first.id).not.toBe(LELE.id)
    await expect(h().call('profile.get')).resolves.toEqual(saved)
  })

  it('a birth at 26 weeks and one at 43 weeks both fit the pregnancy (the window is 20+0 to 44+0 weeks)', async () => {
    await h().signInAs('u-parent')
    // 26 weeks after an LMP of 2026-05-26 is today (2026-11-24).
    await h().call('profile.saveFamily', { family: { children: [LELE], pregnancy: { lmp: '2026-05-26' } } }, { idempotencyKey: 'lmp-26' })
    const preterm = await h().call(
      'profile.endPregnancy',
      { end: { lmp: '2026-05-26', outcome: 'born', children: [{ name: '小满', birthDate: '2026-11-24', gender: 'female' }] } },
      { idempotencyKey: 'born-26' },
    )
    expect(preterm.family.children.map((child) => child.name)).toEqual(['乐乐', '小满'])

    // Recorded at 41+6 weeks, born a week later, told the day after: 43+0 weeks after the LMP.
    await h().call('profile.saveFamily', { family: { children: preterm.family.children, pregnancy: { lmp: LAST_ONGOING_LMP } } }, { idempotencyKey: 'lmp-43' })
    h().clock.advance(8 * DAY_MS)
    const late = await h().call(
      'profile.endPregnancy',
      { end: { lmp: LAST_ONGOING_LMP, outcome: 'born', children: [{ name: '安安', birthDate: '2026-12-02', gender: 'male' }] } },
      { idempotencyKey: 'born-43' },
    )
    expect(late.family.pregnancy).toBeNull()
    expect(late.family.children.map((child) => `${child.name} ${child.birthDate}`)).toEqual(['乐乐 2025-09-18', '小满 2026-11-24', '安安 2026-12-02'])
  })

  it('本次孕期已结束 ends the pregnancy and asks for nothing', async () => {
    await pastTerm()
    const saved = await h().call('profile.endPregnancy', { end: { lmp: LAST_ONGOING_LMP, outcome: 'ended' } }, { idempotencyKey: 'ended' })
    expect(saved.family).toEqual({ children: [LELE], pregnancy: null })
  })

  it('can end a pregnancy before 42 weeks too (a baby born at term)', async () => {
    await h().signInAs('u-parent')
    const saved = await h().call('profile.endPregnancy', { end: { lmp: '2026-07-04', outcome: 'born', children: [{ name: '小满', birthDate: '2026-11-24', gender: 'female' }] } }, { idempotencyKey: 'early' })
    expect(saved.family.pregnancy).toBeNull()
    expect(saved.family.children.map((child) => child.name)).toEqual(['乐乐', '小满'])
  })

  it('refuses what does not fit the pregnancy on record, and changes nothing', async () => {
    await pastTerm()
    const before = await h().call('profile.get')
    const end = (payload: unknown, key: string) => h().call('profile.endPregnancy', { end: payload as never }, { idempotencyKey: key })

    await expectServiceError(end({ lmp: '2026-07-04', outcome: 'ended' }, 'other-pregnancy'), 'CONFLICT')
    const noBaby = await expectServiceError(end({ lmp: LAST_ONGOING_LMP, outcome: 'born' }, 'no-baby'), 'VALIDATION')
    expect(noBaby.message).toBe('请填写宝宝的名字、出生日期和性别')
    expect(noBaby.fieldErrors).toEqual({ children: '请填写宝宝的名字、出生日期和性别' })
    const emptyList = await expectServiceError(end({ lmp: LAST_ONGOING_LMP, outcome: 'born', children: [] }, 'empty-list'), 'VALIDATION')
    expect(emptyList.fieldErrors).toEqual({ children: '请填写宝宝的名字、出生日期和性别' })
    const early = await expectServiceError(
      end({ lmp: LAST_ONGOING_LMP, outcome: 'born', children: [{ name: '安安', birthDate: '2026-03-01', gender: 'male' }] }, 'too-early'),
      'VALIDATION',
    )
    expect(early.fieldErrors).toEqual({ 'children.0.birthDate': '按末次月经 2026-02-04 推算，出生日期应在 2026-06-24 至 2026-11-26 之间，请核对' })
    const future = await expectServiceError(
      end({ lmp: LAST_ONGOING_LMP, outcome: 'born', children: [{ name: '', birthDate: '2026-11-30', gender: 'female' }] }, 'future'),
      'VALIDATION',
    )
    expect(future.fieldErrors).toEqual({ 'children.0.name': '请输入孩子的名字', 'children.0.birthDate': '出生日期不能晚于今天' })
    // Twins share one birth date: a different one is refused at the second baby's date.
    const apart = await expectServiceError(
      end(
        {
          lmp: LAST_ONGOING_LMP,
          outcome: 'born',
          children: [
            { name: '安安', birthDate: '2026-11-20', gender: 'male' },
            { name: '平平', birthDate: '2026-11-21', gender: 'female' },
          ],
        },
        'apart',
      ),
      'VALIDATION',
    )
    expect(apart.fieldErrors).toEqual({ 'children.1.birthDate': '一起出生的宝宝出生日期应相同（第1个宝宝是 2026-11-20）' })
    // Four at most at once, refused by the contract with the domain's words.
    const quintuplets = ['大宝', '二宝', '三宝', '四宝', '五宝'].map((name) => ({ name, birthDate: '2026-11-20', gender: 'male' }))
    const five = await expectServiceError(end({ lmp: LAST_ONGOING_LMP, outcome: 'born', children: quintuplets }, 'five'), 'VALIDATION')
    expect(five.fieldErrors).toEqual({ children: '一次最多登记4个宝宝' })
    // A value outside the closed set is refused by the contract before any rule runs.
    const boy = await expectServiceError(
      h().rawCall(
        'profile.endPregnancy',
        { end: { lmp: LAST_ONGOING_LMP, outcome: 'born', children: [{ name: '安安', birthDate: '2026-11-20', gender: 'boy' }] } },
        { idempotencyKey: 'boy' },
      ),
      'VALIDATION',
    )
    expect(boy.fieldErrors).toEqual({ 'children.0.gender': '请选择性别' })
    const mixed = await expectServiceError(
      end({ lmp: LAST_ONGOING_LMP, outcome: 'ended', children: [{ name: '安安', birthDate: '2026-11-20', gender: 'male' }] }, 'mixed'),
      'VALIDATION',
    )
    expect(mixed.fieldErrors).toEqual({ children: '结束本次孕期记录时不需要填写宝宝的信息' })
    await expectServiceError(end({ lmp: LAST_ONGOING_LMP, outcome: 'unknown' }, 'unknown'), 'VALIDATION')
    await expectServiceError(end({ lmp: LAST_ONGOING_LMP, outcome: 'ended' }, ''), 'VALIDATION')
    await expect(h().call('profile.get')).resolves.toEqual(before)

    h().signOutLocally()
    await expectServiceError(end({ lmp: LAST_ONGOING_LMP, outcome: 'ended' }, 'signed-out'), 'UNAUTHENTICATED')
  })

  it('the family’s limit of 6 children counts every baby born together', async () => {
    await h().signInAs('u-parent')
    const siblings = ['乐乐', '朵朵', '豆豆'].map((name, i) => ({ name, birthDate: `202${i + 2}-03-01`, gender: 'female' as const }))
    await h().call('profile.saveFamily', { family: { children: siblings, pregnancy: { lmp: LAST_ONGOING_LMP } } }, { idempotencyKey: 'three' })
    const babies = ['大宝', '二宝', '三宝', '四宝'].map((name) => ({ name, birthDate: '2026-11-20', gender: 'male' as const }))
    const full = await expectServiceError(
      h().call('profile.endPregnancy', { end: { lmp: LAST_ONGOING_LMP, outcome: 'born', children: babies } }, { idempotencyKey: 'four' }),
      'VALIDATION',
    )
    expect(full.fieldErrors).toEqual({ children: '最多登记6个孩子' })
    const saved = await h().call('profile.endPregnancy', { end: { lmp: LAST_ONGOING_LMP, outcome: 'born', children: babies.slice(0, 3) } }, { idempotencyKey: 'three-babies' })
    expect(saved.family.children).toHaveLength(6)
  })

  it('refuses to end a pregnancy nobody recorded', async () => {
    await h().signInAs('u-instructor')
    await expectServiceError(h().call('profile.endPregnancy', { end: { lmp: '2026-07-04', outcome: 'ended' } }, { idempotencyKey: 'none' }), 'CONFLICT')
  })

  it('guided check answers about a pregnancy past 42 weeks are no longer offered as hers', async () => {
    await h().signInAs('u-parent')
    const answers = { residency: 'hukou' as const, marital: 'married' as const, planning: false, pregnant: true, lmp: LAST_ONGOING_LMP }
    const saved = await h().call('checkup.saveAnswers', { answers }, { idempotencyKey: 'answers' })
    await expect(h().call('checkup.myAnswers')).resolves.toEqual(saved)
    h().clock.advance(DAY_MS)
    await expect(h().call('checkup.myAnswers')).resolves.toBeNull()
    // And a pregnant answer with such a date cannot be saved.
    const stale = await expectServiceError(h().call('checkup.saveAnswers', { answers }, { idempotencyKey: 'answers-again' }), 'VALIDATION')
    expect(stale.fieldErrors?.lmp).toBe('末次月经日期距今已满42周，请核对')
  })
})
