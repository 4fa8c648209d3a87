import { describeContract } from '../support/transports'
import { expectServiceError } from '../support/expect-error'

describeContract('auth and session', (h) => {
  it('offers the six demo identities, labelled by role', async () => {
    const identities = await h().call('auth.identities')
    expect(identities.map((identity) => identity.label)).toEqual(['家长', '家庭健康指导员', '特殊家庭成员', '双岗联系人', '家长', '计生协工作人员'])
    expect(identities.map((identity) => identity.name)).toEqual(['林晓雯', '陈静', '张建国', '李慧敏', '王磊', '方晓红'])
    expect(new Set(identities.map((identity) => identity.role))).toEqual(
      new Set(['parent', 'instructor', 'special_family', 'contact', 'association']),
    )
  })

  it('signs in and tells the user who they are, with the phone masked', async () => {
    const session = await h().call('auth.signIn', { identityId: 'u-parent' })
    expect(session.user.name).toBe('林晓雯')
    expect(session.user.role).toBe('parent')
    expect(session.user.phoneMasked).toMatch(/^1\d{2}\*{4}\d{4}$/)
    expect(JSON.stringify(session)).not.toContain('13857161234')
    await h().signInAs('u-parent')
    await expect(h().call('auth.me')).resolves.toMatchObject({ id: 'u-parent', name: '林晓雯' })
  })

  it('exchanges a weapp login code on sign-in', async () => {
    const session = await h().call('auth.signIn', { identityId: 'u-instructor', loginCode: 'code-from-wx-login' })
    expect(session.user.role).toBe('instructor')
    await expectServiceError(h().call('auth.signIn', { identityId: 'u-instructor', loginCode: '  ' }), 'VALIDATION')
  })

  it('refuses an unknown identity; seeded people not on the demo list can still sign in', async () => {
    await expectServiceError(h().call('auth.signIn', { identityId: 'u-nobody' }), 'NOT_FOUND')
    const identities = await h().call('auth.identities')
    expect(identities.map((identity) => identity.id)).not.toContain('u-contact-2')
    await expect(h().call('auth.signIn', { identityId: 'u-contact-2' })).resolves.toMatchObject({ user: { name: '赵志强', role: 'contact' } })
  })

  it('answers UNAUTHENTICATED without a session, and after sign-out', async () => {
    await expectServiceError(h().call('auth.me'), 'UNAUTHENTICATED')
    await expectServiceError(h().call('profile.get'), 'UNAUTHENTICATED')
    await h().signInAs('u-special')
    await expect(h().call('auth.me')).resolves.toMatchObject({ role: 'special_family' })
    await h().call('auth.signOut')
    await expectServiceError(h().call('auth.me'), 'UNAUTHENTICATED')
  })

  it('expires a session after 30 days', async () => {
    await h().signInAs('u-contact')
    h().clock.advance(29 * 24 * 3600 * 1000)
    await expect(h().call('auth.me')).resolves.toMatchObject({ id: 'u-contact' })
    h().clock.advance(2 * 24 * 3600 * 1000)
    await expectServiceError(h().call('auth.me'), 'UNAUTHENTICATED')
  })

  it('lets one device switch identity without touching the other identity’s data', async () => {
    await h().signInAs('u-parent')
    const before = await h().call('profile.get')
    await h().signInAs('u-instructor')
    await expect(h().call('auth.me')).resolves.toMatchObject({ id: 'u-instructor' })
    await h().signInAs('u-parent')
    await expect(h().call('profile.get')).resolves.toEqual(before)
  })

  it('answers a network failure with NETWORK and then recovers', async () => {
    h().backend.failNext(1)
    await expectServiceError(h().call('auth.identities'), 'NETWORK')
    await expect(h().call('auth.identities')).resolves.toHaveLength(6)
  })
})
