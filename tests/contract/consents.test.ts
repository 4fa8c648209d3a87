import { addDays } from '@/domain/dates'
import type { HelpInput } from '@/contract/help'
import { expectServiceError } from '../support/expect-error'
import { describeContract } from '../support/transports'

// The clock is 2026-11-24 10:00. 林晓雯 (u-parent) gave the family-record and guided-check consents
// 30 days ago; she has 乐乐 and a pregnancy with three checkup visits marked done. 王桂英
// (u-special-2) agreed 40 days ago to share her requests (three seeded) with 李慧敏 (u-contact).
const TODAY = '2026-11-24'
const DAY = 24 * 3_600_000
const CONSENTED = new Date(Date.parse('2026-11-24T10:00:00+08:00') - 30 * DAY).toISOString()
const ANSWERS = { residency: 'hukou' as const, marital: 'married' as const, planning: true, pregnant: false, district: '西湖区' as const }
const CHILD = { children: [{ name: '乐乐', birthDate: addDays(TODAY, -420), gender: 'female' as const }], pregnancy: null }
const REQUEST: HelpInput = {
  type: 'emotional',
  volunteerKind: null,
  need: '最近睡不好，想请人来家里陪着说说话。',
  preferredDate: '2026-11-27',
  halfDay: 'pm',
  address: '杭州市西湖区翠苑二区5幢1单元502室',
  phone: '13588023571',
  urgent: false,
  callOnly: false,
}

describeContract('隐私与授权 consents', (h) => {

  describe('listing', () => {
    it('lists each consent the account was asked for, with when it was given', async () => {
      await h().signInAs('u-parent')
      expect(await h().call('profile.consents')).toEqual([
        { scope: 'family-health', givenAt: CONSENTED, withdrawnAt: null },
        { scope: 'checkup-answers', givenAt: CONSENTED, withdrawnAt: null },
      ])
      await h().signInAs('u-special-2')
      expect(await h().call('profile.consents')).toEqual([{ scope: 'help-sharing', givenAt: expect.any(String) as string, withdrawnAt: null }])
      await h().signInAs('u-special')
      expect(await h().call('profile.consents')).toEqual([{ scope: 'help-sharing', givenAt: null, withdrawnAt: null }])
      await h().signInAs('u-contact')
      expect(await h().call('profile.consents')).toEqual([])
    })

    it('need sign-in', async () => {
      await expectServiceError(h().call('profile.consents'), 'UNAUTHENTICATED')
      await expectServiceError(h().call('profile.withdrawConsent', { scope: 'family-health' }, { idempotencyKey: 'w' }), 'UNAUTHENTICATED')
    })

    it('gives the owner their own phone in full, to prefill their forms', async () => {
      await h().signInAs('u-parent')
      expect((await h().call('profile.get')).phone).toBe('13857161234')
    })
  })

  describe('withdrawing', () => {
    it('needs an idempotency key, a known scope and a consent that stands', async () => {
      await h().signInAs('u-parent')
      await expectServiceError(h().transport.call('profile.withdrawConsent', { scope: 'family-health' }), 'VALIDATION')
      await expectServiceError(h().rawCall('profile.withdrawConsent', { scope: 'location' }, { idempotencyKey: 'w-x' }), 'VALIDATION')
      await expectServiceError(h().call('profile.withdrawConsent', { scope: 'help-sharing' }, { idempotencyKey: 'w-help' }), 'CONFLICT')
      expect((await h().call('profile.get')).family.children).toHaveLength(1)
    })

    it('the family record: children, pregnancy and checkup records are deleted, and not kept again without consent', async () => {
      await h().signInAs('u-parent')
      const lmp = (await h().call('profile.get')).family.pregnancy!.lmp
      expect(Object.keys((await h().call('checkup.timeline')).records)).toHaveLength(3)

      h().clock.advance(60_000)
      const listed = await h().call('profile.withdrawConsent', { scope: 'family-health' }, { idempotencyKey: 'w-1' })
      expect(listed[0]).toEqual({ scope: 'family-health', givenAt: null, withdrawnAt: new Date(h().clock.now()).toISOString() })
      // A retry of the same withdrawal answers the same.
      expect(await h().call('profile.withdrawConsent', { scope: 'family-health' }, { idempotencyKey: 'w-1' })).toEqual(listed)

      const after = await h().call('profile.get')
      expect(after.family).toEqual({ children: [], pregnancy: null })
      expect(after.consents.familyHealth).toBeNull()
      expect(await h().call('checkup.timeline')).toEqual({ lmp: null, records: {} })

      // The backend refuses to keep a child or a pregnancy until consent is given again.
      await expectServiceError(h().call('profile.saveFamily', { family: CHILD }, { idempotencyKey: 'save-no-consent' }), 'CONSENT_REQUIRED')
      await expectServiceError(h().call('profile.saveFamily', { family: { children: [], pregnancy: { lmp } } }, { idempotencyKey: 'lmp-no-consent' }), 'CONSENT_REQUIRED')

      // Given again, it covers what is saved from now on; the old checkup records stay deleted
      // even when the same pregnancy is entered again.
      await h().call('profile.grantConsent', { scope: 'family-health' })
      await h().call('profile.saveFamily', { family: { children: [], pregnancy: { lmp } } }, { idempotencyKey: 'lmp-again' })
      expect(await h().call('checkup.timeline')).toEqual({ lmp, records: {} })
      const marked = await h().call('checkup.markVisit', { visitId: 'v04', date: TODAY }, { idempotencyKey: 'mark-again' })
      expect(Object.keys(marked.records)).toEqual(['v04'])
      expect(Object.keys((await h().call('checkup.timeline')).records)).toEqual(['v04'])
    })

    it('the guided-check answers: deleted, refused without consent, kept when saved after agreeing again', async () => {
      await h().signInAs('u-parent')
      await h().call('checkup.saveAnswers', { answers: ANSWERS }, { idempotencyKey: 'answers-1' })
      expect(await h().call('checkup.myAnswers')).not.toBeNull()

      await h().call('profile.withdrawConsent', { scope: 'checkup-answers' }, { idempotencyKey: 'w-answers' })
      expect(await h().call('checkup.myAnswers')).toBeNull()
      await expectServiceError(h().call('checkup.saveAnswers', { answers: ANSWERS }, { idempotencyKey: 'answers-no-consent' }), 'CONSENT_REQUIRED')
      // The family record has its own consent, which still stands.
      expect((await h().call('profile.get')).family.children).toHaveLength(1)

      await h().call('profile.grantConsent', { scope: 'checkup-answers' })
      const saved = await h().call('checkup.saveAnswers', { answers: ANSWERS }, { idempotencyKey: 'answers-2' })
      expect(await h().call('checkup.myAnswers')).toEqual(saved)
    })

    it('sharing help requests: every shared request is deleted for the family and its contacts, and new ones need consent', async () => {
      await h().signInAs('u-contact')
      const queued = (await h().call('help.queue')).filter((request) => request.familyName === '王桂英')
      expect(queued.length).toBeGreaterThan(0)

      await h().signInAs('u-special-2')
      expect(await h().call('help.mine')).toHaveLength(3)
      await h().call('profile.withdrawConsent', { scope: 'help-sharing' }, { idempotencyKey: 'w-help' })
      expect(await h().call('help.mine')).toEqual([])
      expect((await h().call('help.overview')).consentedAt).toBeNull()
      await expectServiceError(h().call('help.submit', { request: REQUEST }, { idempotencyKey: 'help-no-consent' }), 'CONSENT_REQUIRED')

      await h().signInAs('u-contact')
      expect((await h().call('help.queue')).filter((request) => request.familyName === '王桂英')).toEqual([])
      await expectServiceError(h().call('help.detail', { id: queued[0].id }), 'NOT_FOUND')

      // Agreeing again: a new request is shared, the deleted ones stay deleted.
      await h().signInAs('u-special-2')
      await h().call('help.consent')
      const fresh = await h().call('help.submit', { request: REQUEST }, { idempotencyKey: 'help-again' })
      expect((await h().call('help.mine')).map((request) => request.id)).toEqual([fresh.id])
      await h().signInAs('u-contact')
      expect((await h().call('help.detail', { id: fresh.id })).id).toBe(fresh.id)
    })

    it('only through 暖心服务 can requests be shared: the profile does not grant it', async () => {
      await h().signInAs('u-special')
      await expectServiceError(h().transport.call('profile.grantConsent', { scope: 'help-sharing' }), 'VALIDATION')
      expect((await h().call('help.overview')).consentedAt).toBeNull()
    })
  })
})
