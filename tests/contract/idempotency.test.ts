import { setSessionToken } from '@/services/session-token'
import { expectServiceError } from '../support/expect-error'
import { describeContract } from '../support/transports'

const LELE = { id: 'child-1', name: '乐乐', birthDate: '2025-09-18', gender: 'female' as const }
const withBaby = (name: string) => ({ children: [LELE, { name, birthDate: '2026-10-02', gender: 'male' as const }], pregnancy: null })
const names = (profile: { family: { children: Array<{ name: string }> } }) => profile.family.children.map((child) => child.name)

describeContract('idempotency keys (IETF Idempotency-Key draft)', (h) => {
  it('the same key and body replay the first answer and change nothing', async () => {
    await h().signInAs('u-parent')
    const first = await h().call('profile.saveFamily', { family: withBaby('安安') }, { idempotencyKey: 'k-1' })
    // Whitespace the schema trims away is the same body.
    const again = await h().call('profile.saveFamily', { family: withBaby(' 安安 ') }, { idempotencyKey: 'k-1' })
    expect(again).toEqual(first)
    expect(names(await h().call('profile.get'))).toEqual(['乐乐', '安安'])
  })

  it('the same key with another body is refused with IDEMPOTENCY_KEY_REUSED, and the first stands', async () => {
    await h().signInAs('u-parent')
    await h().call('profile.saveFamily', { family: withBaby('安安') }, { idempotencyKey: 'k-2' })
    const reused = await expectServiceError(h().call('profile.saveFamily', { family: withBaby('安然') }, { idempotencyKey: 'k-2' }), 'CONFLICT')
    expect(reused.reason).toBe('IDEMPOTENCY_KEY_REUSED')
    expect(names(await h().call('profile.get'))).toEqual(['乐乐', '安安'])
  })

  it('a key belongs to its caller and its method: another person or another method starts afresh', async () => {
    await h().signInAs('u-parent')
    await h().call('profile.saveFamily', { family: withBaby('安安') }, { idempotencyKey: 'shared-key' })
    await h().signInAs('u-parent-2')
    const other = await h().call('profile.grantConsent', { scope: 'family-health' })
    expect(other.familyHealth).not.toBeNull()
    const theirs = await h().call('profile.saveFamily', { family: { children: [], pregnancy: null } }, { idempotencyKey: 'shared-key' })
    expect(theirs.family.children).toEqual([])
    await h().signInAs('u-parent')
    const answers = await h().call('profile.withdrawConsent', { scope: 'checkup-answers' }, { idempotencyKey: 'shared-key' })
    expect(answers.find((consent) => consent.scope === 'checkup-answers')?.givenAt).toBeNull()
  })

  it('calls without a session are never keyed: a reused key on sign-in gets its own session', async () => {
    setSessionToken(null)
    const first = await h().call('auth.signIn', { identityId: 'u-parent' }, { idempotencyKey: 'anon' })
    const second = await h().call('auth.signIn', { identityId: 'u-instructor' }, { idempotencyKey: 'anon' })
    expect(second.token).not.toBe(first.token)
    expect(second.user.name).toBe('陈静')
  })

  it('a key expires after 24 hours', async () => {
    await h().signInAs('u-parent')
    await h().call('profile.saveFamily', { family: withBaby('安安') }, { idempotencyKey: 'k-day' })
    h().clock.advance(24 * 3600 * 1000 + 1)
    await h().call('profile.saveFamily', { family: withBaby('安然') }, { idempotencyKey: 'k-day' })
    expect(names(await h().call('profile.get'))).toEqual(['乐乐', '安然'])
  })
})
