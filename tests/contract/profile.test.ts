import { describeContract } from '../support/transports'
import { expectServiceError } from '../support/expect-error'

describeContract('family profile', (h) => {
  it('returns the seeded parent’s pregnancy and 14-month-old child', async () => {
    await h().signInAs('u-parent')
    const profile = await h().call('profile.get')
    expect(profile.family.pregnancy?.lmp).toBe('2026-07-04')
    expect(profile.family.children).toEqual([
      { id: 'child-1', name: '乐乐', birthDate: '2025-09-18', gender: 'female' },
    ])
    expect(profile.consents.familyHealth).not.toBeNull()
  })

  it('saves a new child with a server-assigned id and keeps it', async () => {
    await h().signInAs('u-parent')
    const { family } = await h().call('profile.get')
    const saved = await h().call('profile.saveFamily', { family: { ...family, children: [...family.children, { name: '安安', birthDate: '2026-03-24', gender: 'male' }] } }, { idempotencyKey: 'key-add-anan' })
    expect(saved.family.children).toHaveLength(2)
    expect(saved.family.children[1]).toMatchObject({ name: '安安', birthDate: '2026-03-24' })
    expect(saved.family.children[1].id).toMatch(/^child-\d+$/)
    await expect(h().call('profile.get')).resolves.toEqual(saved)
  })

  it('replays the same idempotency key without adding the child twice', async () => {
    await h().signInAs('u-parent')
    const { family } = await h().call('profile.get')
    const input = { ...family, children: [...family.children, { name: '安安', birthDate: '2026-03-24', gender: 'male' as const }] }
    const first = await h().call('profile.saveFamily', { family: input }, { idempotencyKey: 'same-key' })
    const again = await h().call('profile.saveFamily', { family: input }, { idempotencyKey: 'same-key' })
    expect(again).toEqual(first)
    const newKey = await h().call('profile.saveFamily', { family: { ...first.family, children: first.family.children.slice(0, 1) } }, { idempotencyKey: 'other-key' })
    expect(newKey.family.children).toHaveLength(1)
  })

  it('keeps the write when the answer is lost, and the retry with the same key gets it', async () => {
    await h().signInAs('u-parent')
    const { family } = await h().call('profile.get')
    const input = { ...family, pregnancy: null }
    h().backend.failNext(1, { afterWrite: true })
    await expectServiceError(h().call('profile.saveFamily', { family: input }, { idempotencyKey: 'lost-answer' }), 'NETWORK')
    const retried = await h().call('profile.saveFamily', { family: input }, { idempotencyKey: 'lost-answer' })
    expect(retried.family.pregnancy).toBeNull()
    expect(retried.family.children).toHaveLength(1)
  })

  it('refuses a save without an idempotency key', async () => {
    await h().signInAs('u-parent')
    const { family } = await h().call('profile.get')
    await expectServiceError(h().call('profile.saveFamily', { family }, { idempotencyKey: '' }), 'VALIDATION')
  })

  it('rejects bad fields with a message per field, and changes nothing', async () => {
    await h().signInAs('u-parent')
    const before = await h().call('profile.get')
    const error = await expectServiceError(
      h().call('profile.saveFamily', { family: {
          children: [{ id: 'child-1', name: '', birthDate: '2027-01-01', gender: 'female' }],
          pregnancy: { lmp: '2026-12-01' },
        } }, { idempotencyKey: 'bad-fields' }),
      'VALIDATION',
    )
    expect(error.fieldErrors).toEqual({
      'children.0.name': '请输入孩子的名字',
      'children.0.birthDate': '出生日期不能晚于今天',
      'pregnancy.lmp': '末次月经日期不能晚于今天',
    })
    await expect(h().call('profile.get')).resolves.toEqual(before)
  })

  it('needs the family-health consent before children or a pregnancy are kept', async () => {
    await h().signInAs('u-instructor')
    const input = { children: [{ name: '小满', birthDate: '2025-05-01', gender: 'female' as const }], pregnancy: null }
    await expectServiceError(h().call('profile.saveFamily', { family: input }, { idempotencyKey: 'no-consent' }), 'CONSENT_REQUIRED')
    await expect(h().call('profile.get')).resolves.toMatchObject({ family: { children: [] } })
    const consents = await h().call('profile.grantConsent', { scope: 'family-health' })
    expect(consents.familyHealth).toBe(new Date(h().clock.now()).toISOString())
    const saved = await h().call('profile.saveFamily', { family: input }, { idempotencyKey: 'with-consent' })
    expect(saved.family.children[0].name).toBe('小满')
  })

  it('keeps each user’s family to themselves', async () => {
    await h().signInAs('u-contact')
    const profile = await h().call('profile.get')
    expect(profile.family).toEqual({ children: [], pregnancy: null })
  })

  it('puts everything back to the seed on demo reset, without signing anyone out', async () => {
    await h().signInAs('u-parent')
    const seeded = await h().call('profile.get')
    await h().call('profile.saveFamily', { family: { children: [], pregnancy: null } }, { idempotencyKey: 'clear-all' })
    await h().call('demo.reset')
    await expect(h().call('profile.get')).resolves.toEqual(seeded)
  })
})
