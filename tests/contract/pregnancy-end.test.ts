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
    const end = { lmp: LAST_ONGOING_LMP, outcome: 'born' as const, child: { name: '安安', birthDate: '2026-11-20', gender: 'male' as const } }
    const saved = await h().call('profile.endPregnancy', { end }, { idempotencyKey: 'born' })
    expect(saved.family.pregnancy).toBeNull()
    expect(saved.family.children).toEqual([LELE, { id: expect.stringMatching(/^child-\d+$/), name: '安安', birthDate: '2026-11-20', gender: 'male' }])
    // Replaying the same key does not add the baby twice.
    await expect(h().call('profile.endPregnancy', { end }, { idempotencyKey: 'born' })).resolves.toEqual(saved)
    await expect(h().call('profile.get')).resolves.toEqual(saved)
    await expect(h().call('checkup.timeline')).resolves.toEqual({ lmp: null, records: {} })
    await expectServiceError(h().call('checkup.markVisit', { visitId: 'v14', date: '2026-11-10' }, { idempotencyKey: 'late-mark' }), 'CONFLICT')
  })

  it('本次孕期已结束 ends the pregnancy and asks for nothing', async () => {
    await pastTerm()
    const saved = await h().call('profile.endPregnancy', { end: { lmp: LAST_ONGOING_LMP, outcome: 'ended' } }, { idempotencyKey: 'ended' })
    expect(saved.family).toEqual({ children: [LELE], pregnancy: null })
  })

  it('can end a pregnancy before 42 weeks too (a baby born at term)', async () => {
    await h().signInAs('u-parent')
    const saved = await h().call('profile.endPregnancy', { end: { lmp: '2026-07-04', outcome: 'born', child: { name: '小满', birthDate: '2026-11-24', gender: 'female' } } }, { idempotencyKey: 'early' })
    expect(saved.family.pregnancy).toBeNull()
    expect(saved.family.children.map((child) => child.name)).toEqual(['乐乐', '小满'])
  })

  it('refuses what does not fit the pregnancy on record, and changes nothing', async () => {
    await pastTerm()
    const before = await h().call('profile.get')
    const end = (payload: unknown, key: string) => h().call('profile.endPregnancy', { end: payload as never }, { idempotencyKey: key })

    await expectServiceError(end({ lmp: '2026-07-04', outcome: 'ended' }, 'other-pregnancy'), 'CONFLICT')
    const noBaby = await expectServiceError(end({ lmp: LAST_ONGOING_LMP, outcome: 'born' }, 'no-baby'), 'VALIDATION')
    expect(noBaby.fieldErrors).toEqual({ child: '请填写宝宝的名字、出生日期和性别' })
    const early = await expectServiceError(
      end({ lmp: LAST_ONGOING_LMP, outcome: 'born', child: { name: '安安', birthDate: '2026-03-01', gender: 'male' } }, 'too-early'),
      'VALIDATION',
    )
    expect(early.fieldErrors).toEqual({ 'child.birthDate': '按末次月经 2026-02-04 推算，出生日期应在 2026-06-24 至 2026-11-26 之间，请核对' })
    const future = await expectServiceError(
      end({ lmp: LAST_ONGOING_LMP, outcome: 'born', child: { name: '', birthDate: '2026-11-30', gender: 'female' } }, 'future'),
      'VALIDATION',
    )
    expect(future.fieldErrors).toEqual({ 'child.name': '请输入孩子的名字', 'child.birthDate': '出生日期不能晚于今天' })
    // A value outside the closed set is refused by the contract before any rule runs.
    const boy = await expectServiceError(
      h().rawCall('profile.endPregnancy', { end: { lmp: LAST_ONGOING_LMP, outcome: 'born', child: { name: '安安', birthDate: '2026-11-20', gender: 'boy' } } }, { idempotencyKey: 'boy' }),
      'VALIDATION',
    )
    expect(boy.fieldErrors).toEqual({ 'child.gender': '请选择性别' })
    await expectServiceError(
      end({ lmp: LAST_ONGOING_LMP, outcome: 'ended', child: { name: '安安', birthDate: '2026-11-20', gender: 'male' } }, 'mixed'),
      'VALIDATION',
    )
    await expectServiceError(end({ lmp: LAST_ONGOING_LMP, outcome: 'unknown' }, 'unknown'), 'VALIDATION')
    await expectServiceError(end({ lmp: LAST_ONGOING_LMP, outcome: 'ended' }, ''), 'VALIDATION')
    await expect(h().call('profile.get')).resolves.toEqual(before)

    h().signOutLocally()
    await expectServiceError(end({ lmp: LAST_ONGOING_LMP, outcome: 'ended' }, 'signed-out'), 'UNAUTHENTICATED')
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
