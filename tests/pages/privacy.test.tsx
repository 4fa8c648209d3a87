import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import PrivacyPage from '@/features/account/pages/privacy/index'
import { CONSENT_TEXTS, PRIVACY_TEXTS as T } from '@/features/account/texts'
import { useFamilyStore } from '@/stores/family-store'
import { useReminderStore } from '@/stores/reminder-store'
import { taroDouble } from '../doubles/taro'
import { settle, toasts } from './support/page-queries'
import { setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

// 林晓雯 gave the family-record and guided-check consents 30 days before DEFAULT_NOW (2026-11-24).
const FAMILY = CONSENT_TEXTS['family-health']
const ANSWERS = CONSENT_TEXTS['checkup-answers']
const consentItem = (title: string) => screen.getByLabelText(title)
const withdrawButton = (title: string) => within(consentItem(title)).getByRole('button', { name: T.withdraw })

async function openAs(identityId: string) {
  await h.signInAs(identityId)
  render(<PrivacyPage />)
  await screen.findByText(T.consentsTitle)
  await settle()
}

describe('隐私与授权 page', () => {
  it('lists each consent with its date, what it covers and what withdrawing does', async () => {
    await openAs('u-parent')
    for (const texts of [FAMILY, ANSWERS]) {
      const item = consentItem(texts.title)
      expect(within(item).getByText(T.given('2026-10-25'))).toBeTruthy()
      expect(within(item).getByText(texts.covers)).toBeTruthy()
      expect(within(item).getByText(texts.afterWithdrawal)).toBeTruthy()
    }
    expect(screen.queryByLabelText(CONSENT_TEXTS['help-sharing'].title)).toBeNull()
    // The policy itself follows, and says where consent is withdrawn.
    expect(screen.getByText(/在“我的 - 隐私与授权”中查看每项同意及其时间/)).toBeTruthy()
  })

  it('a special family sees the sharing consent, not given yet, with nothing to withdraw', async () => {
    await openAs('u-special')
    const item = consentItem(CONSENT_TEXTS['help-sharing'].title)
    expect(within(item).getByText(T.notGiven)).toBeTruthy()
    expect(within(item).queryByRole('button')).toBeNull()
  })

  it('asks first; 暂不撤回 keeps the consent and the data', async () => {
    await openAs('u-parent')
    taroDouble.answerModals(false)
    fireEvent.click(withdrawButton(FAMILY.title))
    await settle()
    expect(taroDouble.callsOf('showModal')).toEqual([
      expect.objectContaining({ title: T.confirmTitle(FAMILY.title), content: FAMILY.afterWithdrawal, confirmText: T.confirm, cancelText: T.keep }),
    ])
    expect((await h.call('profile.get')).consents.familyHealth).not.toBeNull()
    expect((await h.call('profile.get')).family.children).toHaveLength(1)
    expect(within(consentItem(FAMILY.title)).getByText(T.given('2026-10-25'))).toBeTruthy()
  })

  it('withdrawing the family record deletes it on the server and on this phone', async () => {
    await h.signInAs('u-parent')
    await useFamilyStore.getState().load()
    useReminderStore.getState().set('u-parent', { visitId: 'v04', title: '第4次产检', start: '2026-11-28', end: '2026-12-12', channel: 'in-app' })
    taroDouble.storage.set('family-app:draft:family:u-parent', JSON.stringify({ pregnant: false }))
    taroDouble.storage.set('family-app:draft:checkup-guide', JSON.stringify({ planning: true }))
    render(<PrivacyPage />)
    await screen.findByText(T.consentsTitle)
    await settle()

    taroDouble.answerModals(true)
    fireEvent.click(withdrawButton(FAMILY.title))
    await waitFor(() => expect(within(consentItem(FAMILY.title)).getByText(T.withdrawnOn('2026-11-24'))).toBeTruthy())
    expect(within(consentItem(FAMILY.title)).queryByRole('button')).toBeNull()
    await waitFor(() => expect(useFamilyStore.getState().profile?.family).toEqual({ children: [], pregnancy: null }))
    expect(toasts()).toEqual([FAMILY.withdrawn])
    expect((await h.call('profile.get')).family).toEqual({ children: [], pregnancy: null })
    expect(useReminderStore.getState().byUser['u-parent']).toBeUndefined()
    expect(taroDouble.storage.has('family-app:draft:family:u-parent')).toBe(false)
    // The other consent and what it covers are untouched.
    expect(taroDouble.storage.has('family-app:draft:checkup-guide')).toBe(true)
    expect(within(consentItem(ANSWERS.title)).getByText(T.given('2026-10-25'))).toBeTruthy()
  })

  it('withdrawing the guided-check consent deletes the saved answers', async () => {
    await h.signInAs('u-parent')
    await h.call('checkup.saveAnswers', { answers: { residency: 'hukou', marital: 'married', planning: true, pregnant: false, district: '西湖区' } }, { idempotencyKey: 'answers' })
    render(<PrivacyPage />)
    await screen.findByText(T.consentsTitle)
    await settle()
    taroDouble.answerModals(true)
    fireEvent.click(withdrawButton(ANSWERS.title))
    await waitFor(() => expect(toasts()).toEqual([ANSWERS.withdrawn]))
    expect(await h.call('checkup.myAnswers')).toBeNull()
  })

  it('a failed withdrawal says why and changes nothing', async () => {
    await openAs('u-parent')
    taroDouble.answerModals(true)
    h.backend.failNext(1)
    fireEvent.click(withdrawButton(FAMILY.title))
    await waitFor(() => expect(toasts()).toHaveLength(1))
    expect(toasts()[0]).toMatch(/网络/)
    expect((await h.call('profile.get')).consents.familyHealth).not.toBeNull()
    expect(within(consentItem(FAMILY.title)).getByRole('button', { name: T.withdraw })).toBeTruthy()
  })

  it('signed out, it says consents are listed after signing in, and shows the policy', async () => {
    render(<PrivacyPage />)
    await settle()
    expect(screen.getByText(T.signedOut)).toBeTruthy()
    expect(screen.getByText('家庭服务隐私政策')).toBeTruthy()
  })
})
