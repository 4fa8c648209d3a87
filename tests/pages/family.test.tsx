import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import FamilyPage from '@/features/account/pages/family/index'
import { FAMILY_TEXTS } from '@/features/account/texts'
import { DEFAULT_NOW } from '../support/clock'
import { taroDouble } from '../doubles/taro'
import { navigationCalls, openedFromAnotherPage, setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
  openedFromAnotherPage()
})
afterEach(tearDownPage)

const SEEDED_CHILD = { id: 'child-1', name: '乐乐', birthDate: '2025-09-18', gender: 'female' }

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement
const type = (label: string, value: string) => fireEvent.change(input(label), { target: { value } })
/** The error shown inside the same labelled field as the input, if any. */
const errorAt = (label: string) => {
  const field = input(label).closest('.field') as HTMLElement
  return within(field).queryByRole('alert')?.textContent ?? null
}
const save = () => fireEvent.click(screen.getByRole('button', { name: FAMILY_TEXTS.save }))
const toasts = () => taroDouble.callsOf('showToast').map((call) => (call as { title: string }).title)
const draftKey = (userId: string) => `family-app:draft:family:${userId}`

async function openAs(identityId: string) {
  await h.signInAs(identityId)
  const rendered = render(<FamilyPage />)
  await screen.findByRole('button', { name: FAMILY_TEXTS.save })
  return rendered
}

async function savedFamily() {
  return (await h.call('profile.get')).family
}

describe('家庭信息 page', () => {
  it('shows the parent’s saved child and pregnancy to edit', async () => {
    await openAs('u-parent')
    expect(input('孩子1的名字').value).toBe('乐乐')
    expect(input('孩子1的出生日期').value).toBe('2025-09-18')
    expect(screen.getByRole('radio', { name: '女孩（已选）' })).toBeTruthy()
    expect(input(FAMILY_TEXTS.lmpLabel).value).toBe('2026-07-04')
    expect(screen.getByText('孕20周+3天，预产期 2027-04-10')).toBeTruthy()
  })

  it('an impossible birth date is refused at the birth-date field and nothing is saved', async () => {
    await openAs('u-parent')
    type('孩子1的出生日期', '2025-13-40')
    save()

    expect(errorAt('孩子1的出生日期')).toBe('出生日期格式不正确，应为年-月-日')
    expect(errorAt('孩子1的名字')).toBeNull()
    expect(toasts()).toEqual([FAMILY_TEXTS.fixErrors])
    expect(navigationCalls()).toEqual([])
    expect(await savedFamily()).toMatchObject({ children: [SEEDED_CHILD] })
  })

  it('a birth date after today is refused with its own message', async () => {
    await openAs('u-parent')
    type('孩子1的出生日期', '2026-11-25') // the day after DEFAULT_NOW
    save()
    expect(errorAt('孩子1的出生日期')).toBe('出生日期不能晚于今天')
    expect(await savedFamily()).toMatchObject({ children: [SEEDED_CHILD] })
  })

  it('an empty child name is refused at the name field and nothing is saved', async () => {
    await openAs('u-parent')
    type('孩子1的名字', '   ')
    save()

    expect(errorAt('孩子1的名字')).toBe('请输入孩子的名字')
    expect(errorAt('孩子1的出生日期')).toBeNull()
    expect(navigationCalls()).toEqual([])
    expect(await savedFamily()).toMatchObject({ children: [SEEDED_CHILD] })
  })

  describe('without the family-health consent (陈静, 家庭健康指导员)', () => {
    async function addChild() {
      await openAs('u-instructor')
      expect(screen.getByText(FAMILY_TEXTS.noChildren)).toBeTruthy()
      fireEvent.click(screen.getByRole('button', { name: FAMILY_TEXTS.addChild }))
      type('孩子1的名字', '安安')
      type('孩子1的出生日期', '2026-03-24')
      fireEvent.click(screen.getByRole('radio', { name: '男孩' }))
      save()
      return screen.findByRole('dialog', { name: FAMILY_TEXTS.consentTitle })
    }

    it('asks for consent first; refusing saves nothing, keeps what was typed and says why', async () => {
      const sheet = await addChild()
      fireEvent.click(within(sheet).getByRole('button', { name: '暂不同意' }))

      expect(screen.queryByRole('dialog')).toBeNull()
      expect(screen.getByRole('status').textContent).toBe(FAMILY_TEXTS.consentRefused)
      expect(input('孩子1的名字').value).toBe('安安')
      expect(input('孩子1的出生日期').value).toBe('2026-03-24')
      expect(screen.getByRole('radio', { name: '男孩（已选）' })).toBeTruthy()

      const profile = await h.call('profile.get')
      expect(profile.family.children).toEqual([])
      expect(profile.consents.familyHealth).toBeNull()
      expect(navigationCalls()).toEqual([])
    })

    it('agreeing records the consent and saves the child', async () => {
      const sheet = await addChild()
      fireEvent.click(within(sheet).getByRole('button', { name: '同意并保存' }))

      await waitFor(() => expect(navigationCalls()).toEqual(['navigateBack']))
      expect(toasts()).toEqual([FAMILY_TEXTS.saved])
      const profile = await h.call('profile.get')
      expect(profile.consents.familyHealth).toBe(new Date(DEFAULT_NOW).toISOString())
      expect(profile.family.children).toEqual([
        { id: expect.stringMatching(/^child-\d+$/), name: '安安', birthDate: '2026-03-24', gender: 'male' },
      ])
      expect(taroDouble.storage.has(draftKey('u-instructor'))).toBe(false)
    })
  })

  it('a network failure on save keeps what was typed, and 重新保存 saves it', async () => {
    await openAs('u-parent')
    type('孩子1的名字', '乐乐宝')
    h.backend.failNext(1)
    save()

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain(FAMILY_TEXTS.saveFailed('网络连接失败，请检查网络后重试'))
    expect(input('孩子1的名字').value).toBe('乐乐宝')
    expect(navigationCalls()).toEqual([])
    expect((await savedFamily()).children[0].name).toBe('乐乐')

    fireEvent.click(within(alert).getByRole('button', { name: FAMILY_TEXTS.retry }))
    await waitFor(() => expect(navigationCalls()).toEqual(['navigateBack']))
    expect(toasts()).toEqual([FAMILY_TEXTS.saved])
    expect((await savedFamily()).children).toEqual([{ ...SEEDED_CHILD, name: '乐乐宝' }])
    expect(taroDouble.storage.has(draftKey('u-parent'))).toBe(false)
  })

  it('what was typed survives leaving and reopening the page, unsaved', async () => {
    const first = await openAs('u-parent')
    type('孩子1的名字', '小宝')
    type('孩子1的出生日期', '2025-10-01')
    first.unmount()
    expect(taroDouble.storage.has(draftKey('u-parent'))).toBe(true)

    render(<FamilyPage />)
    expect(await screen.findByText(FAMILY_TEXTS.restored)).toBeTruthy()
    expect(input('孩子1的名字').value).toBe('小宝')
    expect(input('孩子1的出生日期').value).toBe('2025-10-01')
    expect((await savedFamily()).children).toEqual([SEEDED_CHILD])
  })

  it('放弃修改 on a restored draft brings back the saved values and forgets the draft', async () => {
    const first = await openAs('u-parent')
    type('孩子1的名字', '小宝')
    first.unmount()

    render(<FamilyPage />)
    fireEvent.click(await screen.findByRole('button', { name: FAMILY_TEXTS.discard }))
    expect(input('孩子1的名字').value).toBe('乐乐')
    expect(screen.queryByText(FAMILY_TEXTS.restored)).toBeNull()
    expect(taroDouble.storage.has(draftKey('u-parent'))).toBe(false)
  })
})
