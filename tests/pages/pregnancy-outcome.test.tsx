import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import FamilyPage from '@/features/account/pages/family/index'
import { FAMILY_TEXTS } from '@/features/account/texts'
import CheckupIndexPage from '@/features/checkup/pages/index/index'
import TimelinePage from '@/features/checkup/pages/timeline/index'
import { CHECKUP_TEXTS, TIMELINE_TEXTS } from '@/features/checkup/texts'
import HomePage from '@/pages/home/index'
import { HOME_TEXTS } from '@/pages/home/texts'
import MePage from '@/pages/me/index'
import { useReminderStore } from '@/stores/reminder-store'
import { OUTCOME_TEXTS as T } from '@/pregnancy-outcome/texts'
import { DEFAULT_NOW } from '../support/clock'
import { taroDouble } from '../doubles/taro'
import { openedFromAnotherPage, setUpPage, tearDownPage, type PageHarness } from './support/page-harness'
import { openedUrls, redirectedUrls, toasts } from './support/page-queries'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
  openedFromAnotherPage()
})
afterEach(tearDownPage)

const DAY_MS = 24 * 60 * 60 * 1000
const LELE = { id: 'child-1', name: '乐乐', birthDate: '2025-09-18', gender: 'female' as const }
// 41+6 weeks before DEFAULT_NOW (2026-11-24); two days later (2026-11-26) it is 42+1.
const LMP = '2026-02-04'
const DUE = '2026-11-11'

/** 林晓雯's pregnancy, recorded at 41+6 weeks; two days pass before she opens the app. */
async function pastTermParent() {
  await h.signInAs('u-parent')
  await h.call('profile.saveFamily', { family: { children: [LELE], pregnancy: { lmp: LMP } } }, { idempotencyKey: 'set-lmp' })
  h.setNow(DEFAULT_NOW + 2 * DAY_MS)
}

const question = () => screen.queryByRole('group', { name: T.question })
const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement
const errorAt = (label: string) => within(input(label).closest('.field') as HTMLElement).queryByRole('alert')?.textContent ?? null
const family = async () => (await h.call('profile.get')).family

describe('首页 past 42 weeks', () => {
  async function openHome() {
    await pastTermParent()
    render(<HomePage />)
    const card = await screen.findByLabelText('我的家庭')
    await within(card).findByRole('group', { name: T.question })
    return card
  }

  it('asks 宝宝出生了吗？ instead of showing 孕42周, and still shows 乐乐', async () => {
    const card = await openHome()
    expect(card.textContent).not.toMatch(/孕4\d周/)
    expect(within(card).getByText(T.explain(DUE, 15))).toBeTruthy()
    expect(within(card).getByText('乐乐 1岁2个月')).toBeTruthy()
  })

  it('宝宝出生了 opens the family form for the baby', async () => {
    const card = await openHome()
    fireEvent.click(within(card).getByRole('button', { name: T.born }))
    expect(openedUrls()).toEqual(['/features/account/pages/family/index?outcome=born'])
  })

  it('本次孕期已结束 asks once, gently, and ends the record; 再想想 changes nothing', async () => {
    const card = await openHome()
    taroDouble.answerModals(false)
    fireEvent.click(within(card).getByRole('button', { name: T.ended }))
    await waitFor(() => expect(taroDouble.callsOf('showModal')).toHaveLength(1))
    expect((await family()).pregnancy).toEqual({ lmp: LMP })
    expect(question()).not.toBeNull()

    fireEvent.click(within(card).getByRole('button', { name: T.ended }))
    await waitFor(() => expect(question()).toBeNull())
    expect(taroDouble.callsOf('showModal')[1]).toMatchObject({ title: T.endTitle, content: T.endContent })
    expect(toasts()).toEqual([T.endedDone])
    expect(await family()).toEqual({ children: [LELE], pregnancy: null })
    expect(card.textContent).not.toMatch(/孕\d+周/)
    expect(within(card).getByText('乐乐 1岁2个月')).toBeTruthy()
  })
})

describe('家庭信息 past 42 weeks', () => {
  async function openFamily(params: Record<string, string> = {}) {
    await pastTermParent()
    taroDouble.setRouterParams(params)
    const rendered = render(<FamilyPage />)
    await screen.findByRole('button', { name: FAMILY_TEXTS.save })
    return rendered
  }

  it('asks how the pregnancy ended instead of refusing the date, and saves other changes', async () => {
    await openFamily()
    expect(question()).not.toBeNull()
    expect(screen.queryByLabelText(FAMILY_TEXTS.lmpLabel)).toBeNull()
    fireEvent.change(input('孩子1的名字'), { target: { value: '朵朵' } })
    fireEvent.click(screen.getByRole('button', { name: FAMILY_TEXTS.save }))

    await waitFor(() => expect(toasts()).toEqual([FAMILY_TEXTS.saved]))
    expect(await family()).toEqual({ children: [{ ...LELE, name: '朵朵' }], pregnancy: { lmp: LMP } })
  })

  it('the date can still be corrected, and a corrected date is checked', async () => {
    await openFamily()
    fireEvent.click(screen.getByRole('button', { name: FAMILY_TEXTS.fixLmp }))
    expect(input(FAMILY_TEXTS.lmpLabel).value).toBe(LMP)
    fireEvent.change(input(FAMILY_TEXTS.lmpLabel), { target: { value: '2026-02-01' } })
    fireEvent.click(screen.getByRole('button', { name: FAMILY_TEXTS.save }))
    expect(errorAt(FAMILY_TEXTS.lmpLabel)).toBe('末次月经日期距今已满42周，请核对')
    fireEvent.change(input(FAMILY_TEXTS.lmpLabel), { target: { value: '2026-09-15' } })
    fireEvent.click(screen.getByRole('button', { name: FAMILY_TEXTS.save }))
    await waitFor(() => expect(toasts()).toContain(FAMILY_TEXTS.saved))
    expect((await family()).pregnancy).toEqual({ lmp: '2026-09-15' })
  })

  it('宝宝出生了: the baby’s name, birth date and sex, checked at the fields, then added; the pregnancy ends', async () => {
    await openFamily()
    fireEvent.click(within(question()!).getByRole('button', { name: T.born }))
    const form = screen.getByLabelText(FAMILY_TEXTS.birthTitle)
    fireEvent.click(within(form).getByRole('button', { name: FAMILY_TEXTS.saveBaby }))
    expect(errorAt(FAMILY_TEXTS.babyNameField)).toBe('请输入孩子的名字')
    expect(errorAt(FAMILY_TEXTS.babyBirthDate)).toBe('请选择出生日期')
    expect(within(form).getByText('请选择性别')).toBeTruthy()

    fireEvent.change(input(FAMILY_TEXTS.babyNameField), { target: { value: '安安' } })
    fireEvent.change(input(FAMILY_TEXTS.babyBirthDate), { target: { value: '2026-02-20' } })
    expect(errorAt(FAMILY_TEXTS.babyNameField)).toBeNull()
    fireEvent.click(within(form).getByRole('radio', { name: FAMILY_TEXTS.boy }))
    fireEvent.click(within(form).getByRole('button', { name: FAMILY_TEXTS.saveBaby }))
    expect(errorAt(FAMILY_TEXTS.babyBirthDate)).toBe(`按末次月经 ${LMP} 推算，出生日期应在 2026-06-24 至 2026-11-26 之间，请核对`)
    expect((await family()).pregnancy).toEqual({ lmp: LMP })

    fireEvent.change(input(FAMILY_TEXTS.babyBirthDate), { target: { value: '2026-11-10' } })
    fireEvent.click(within(form).getByRole('button', { name: FAMILY_TEXTS.saveBaby }))
    await waitFor(() => expect(toasts()).toEqual([FAMILY_TEXTS.babySaved('安安')]))
    expect(input('孩子2的名字').value).toBe('安安')
    expect(screen.getByRole('radio', { name: `${FAMILY_TEXTS.notPregnant}（已选）` })).toBeTruthy()
    expect(screen.queryByLabelText(FAMILY_TEXTS.birthTitle)).toBeNull()
    const saved = await family()
    expect(saved.pregnancy).toBeNull()
    expect(saved.children).toEqual([LELE, { id: expect.any(String), name: '安安', birthDate: '2026-11-10', gender: 'male' }])
    expect(taroDouble.storage.has('family-app:draft:family-birth:u-parent')).toBe(false)
    // What comes next after a birth: the new baby's 出生一件事 checklist.
    expect(redirectedUrls()).toEqual([`/features/support/pages/checklist/index?childId=${saved.children[1].id}`])
    expect(openedUrls()).toEqual([])
  })

  it('opened from 首页’s 宝宝出生了, the baby’s form shows at once; what is typed survives a reload', async () => {
    const first = await openFamily({ outcome: 'born' })
    const form = screen.getByLabelText(FAMILY_TEXTS.birthTitle)
    fireEvent.change(within(form).getByLabelText(FAMILY_TEXTS.babyNameField), { target: { value: '安安' } })
    first.unmount()

    taroDouble.setRouterParams({})
    render(<FamilyPage />)
    await screen.findByRole('button', { name: FAMILY_TEXTS.save })
    expect(input(FAMILY_TEXTS.babyNameField).value).toBe('安安')
    // 返回 closes it and forgets what was typed; the question is back.
    fireEvent.click(screen.getByRole('button', { name: FAMILY_TEXTS.babyCancel }))
    expect(question()).not.toBeNull()
    expect(taroDouble.storage.has('family-app:draft:family-birth:u-parent')).toBe(false)
  })

  it('本次孕期已结束 keeps unsaved changes to the children as a draft', async () => {
    await openFamily()
    fireEvent.change(input('孩子1的名字'), { target: { value: '朵朵' } })
    fireEvent.click(within(question()!).getByRole('button', { name: T.ended }))
    await waitFor(() => expect(toasts()).toEqual([T.endedDone]))
    expect(screen.getByRole('radio', { name: `${FAMILY_TEXTS.notPregnant}（已选）` })).toBeTruthy()
    expect(input('孩子1的名字').value).toBe('朵朵')
    expect(await family()).toEqual({ children: [LELE], pregnancy: null })
    fireEvent.click(screen.getByRole('button', { name: FAMILY_TEXTS.save }))
    await waitFor(() => expect(toasts()).toContain(FAMILY_TEXTS.saved))
    expect(await family()).toEqual({ children: [{ ...LELE, name: '朵朵' }], pregnancy: null })
  })
})

describe('婚孕检 past 42 weeks', () => {
  it('the timeline asks instead of counting weeks; 本次孕期已结束 leaves the 记录孕期 form', async () => {
    await pastTermParent()
    render(<TimelinePage />)
    await waitFor(() => expect(question()).not.toBeNull())
    expect(document.body.textContent).not.toMatch(/孕4\d周|已逾期/)
    expect(screen.queryByText(TIMELINE_TEXTS.scheduleTitle)).toBeNull()

    fireEvent.click(screen.getByRole('button', { name: T.ended }))
    await screen.findByLabelText(TIMELINE_TEXTS.setTitle)
    expect(question()).toBeNull()
    expect(await h.call('checkup.timeline')).toEqual({ lmp: null, records: {} })
  })

  it('the timeline’s 宝宝出生了 opens the family form; 修改末次月经 offers the date again', async () => {
    await pastTermParent()
    render(<TimelinePage />)
    await waitFor(() => expect(question()).not.toBeNull())
    fireEvent.click(screen.getByRole('button', { name: T.born }))
    expect(openedUrls()).toEqual(['/features/account/pages/family/index?outcome=born'])
    fireEvent.click(screen.getByRole('button', { name: TIMELINE_TEXTS.editLmp }))
    expect((within(screen.getByLabelText(TIMELINE_TEXTS.setTitle)).getByLabelText(TIMELINE_TEXTS.lmpLabel) as HTMLInputElement).value).toBe(LMP)
  })

  it('the 婚孕检 page asks too', async () => {
    await pastTermParent()
    render(<CheckupIndexPage />)
    const card = await screen.findByLabelText('我的孕期')
    await within(card).findByRole('group', { name: T.question })
    expect(card.textContent).not.toMatch(/孕4\d周/)
  })
})

describe('宝宝出生了 with twins (and more)', () => {
  const babyBlock = (index: number) => screen.getByLabelText(FAMILY_TEXTS.babyOf(index))
  const birthDraftKey = 'family-app:draft:family-birth:u-parent'

  async function openBirthForm() {
    await pastTermParent()
    taroDouble.setRouterParams({ outcome: 'born' })
    const rendered = render(<FamilyPage />)
    await screen.findByLabelText(FAMILY_TEXTS.birthTitle)
    return rendered
  }

  it('再添一个宝宝 adds a name and sex sharing the birth date; both join the family and the first one’s checklist opens', async () => {
    const first = await openBirthForm()
    expect(screen.queryByText(FAMILY_TEXTS.sharedBirthDate)).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: FAMILY_TEXTS.addBaby }))
    expect(screen.getByText(FAMILY_TEXTS.sharedBirthDate)).toBeTruthy()
    // One date field for both, a name and a sex each; only the second can be removed.
    expect(screen.getAllByLabelText(FAMILY_TEXTS.babyBirthDate)).toHaveLength(1)
    expect(within(babyBlock(0)).queryByRole('button', { name: FAMILY_TEXTS.removeBaby })).toBeNull()
    expect(within(babyBlock(1)).getByRole('button', { name: FAMILY_TEXTS.removeBaby })).toBeTruthy()

    fireEvent.change(input(FAMILY_TEXTS.babyBirthDate), { target: { value: '2026-11-20' } })
    fireEvent.change(input(FAMILY_TEXTS.babyNameOf(0)), { target: { value: '安安' } })
    fireEvent.click(within(screen.getByRole('radiogroup', { name: FAMILY_TEXTS.babyGenderOf(0) })).getByRole('radio', { name: FAMILY_TEXTS.boy }))
    fireEvent.click(screen.getByRole('button', { name: FAMILY_TEXTS.saveBaby }))
    // The second baby is checked at its own fields; nothing is saved.
    expect(errorAt(FAMILY_TEXTS.babyNameOf(1))).toBe('请输入孩子的名字')
    expect(within(babyBlock(1)).getByText('请选择性别')).toBeTruthy()
    expect(errorAt(FAMILY_TEXTS.babyNameOf(0))).toBeNull()
    expect((await family()).pregnancy).toEqual({ lmp: LMP })

    // Everything typed survives a reload.
    fireEvent.change(input(FAMILY_TEXTS.babyNameOf(1)), { target: { value: '平平' } })
    expect(errorAt(FAMILY_TEXTS.babyNameOf(1))).toBeNull()
    first.unmount()
    taroDouble.setRouterParams({})
    render(<FamilyPage />)
    await screen.findByLabelText(FAMILY_TEXTS.birthTitle)
    expect(input(FAMILY_TEXTS.babyBirthDate).value).toBe('2026-11-20')
    expect(input(FAMILY_TEXTS.babyNameOf(0)).value).toBe('安安')
    expect(input(FAMILY_TEXTS.babyNameOf(1)).value).toBe('平平')
    expect(screen.getByRole('radio', { name: `${FAMILY_TEXTS.boy}（已选）` })).toBeTruthy()

    fireEvent.click(within(screen.getByRole('radiogroup', { name: FAMILY_TEXTS.babyGenderOf(1) })).getByRole('radio', { name: FAMILY_TEXTS.girl }))
    fireEvent.click(screen.getByRole('button', { name: FAMILY_TEXTS.saveBaby }))
    await waitFor(() => expect(toasts()).toEqual([FAMILY_TEXTS.babySaved('安安和平平')]))
    const saved = await family()
    expect(saved.pregnancy).toBeNull()
    expect(saved.children).toEqual([
      LELE,
      { id: expect.any(String), name: '安安', birthDate: '2026-11-20', gender: 'male' },
      { id: expect.any(String), name: '平平', birthDate: '2026-11-20', gender: 'female' },
    ])
    expect(input('孩子2的名字').value).toBe('安安')
    expect(input('孩子3的名字').value).toBe('平平')
    expect(redirectedUrls()).toEqual([`/features/support/pages/checklist/index?childId=${saved.children[1].id}`])
    expect(openedUrls()).toEqual([])
    expect(taroDouble.storage.has(birthDraftKey)).toBe(false)
  })

  it('删除 takes the extra baby out again; four babies at most', async () => {
    await openBirthForm()
    const add = () => fireEvent.click(screen.getByRole('button', { name: FAMILY_TEXTS.addBaby }))
    add()
    fireEvent.change(input(FAMILY_TEXTS.babyNameOf(1)), { target: { value: '平平' } })
    add()
    add()
    expect(screen.queryByRole('button', { name: FAMILY_TEXTS.addBaby })).toBeNull()
    expect(input(FAMILY_TEXTS.babyNameOf(3)).value).toBe('')

    fireEvent.click(within(babyBlock(1)).getByRole('button', { name: FAMILY_TEXTS.removeBaby }))
    expect(screen.queryByLabelText(FAMILY_TEXTS.babyOf(3))).toBeNull()
    expect(input(FAMILY_TEXTS.babyNameOf(1)).value).toBe('')
    fireEvent.click(within(babyBlock(2)).getByRole('button', { name: FAMILY_TEXTS.removeBaby }))
    fireEvent.click(within(babyBlock(1)).getByRole('button', { name: FAMILY_TEXTS.removeBaby }))
    // One baby again: the form reads as it did.
    expect(screen.queryByLabelText(FAMILY_TEXTS.babyOf(0))).toBeNull()
    expect(input(FAMILY_TEXTS.babyNameField).value).toBe('')
    expect(screen.getByRole('button', { name: FAMILY_TEXTS.addBaby })).toBeTruthy()
  })

  it('a draft kept before twins could be recorded opens as its one baby', async () => {
    await pastTermParent()
    taroDouble.storage.set(birthDraftKey, JSON.stringify({ name: '安安', birthDate: '2026-11-20', gender: 'male' }))
    render(<FamilyPage />)
    await screen.findByLabelText(FAMILY_TEXTS.birthTitle)
    expect(input(FAMILY_TEXTS.babyNameField).value).toBe('安安')
    expect(input(FAMILY_TEXTS.babyBirthDate).value).toBe('2026-11-20')
    fireEvent.click(screen.getByRole('button', { name: FAMILY_TEXTS.saveBaby }))
    await waitFor(() => expect(toasts()).toEqual([FAMILY_TEXTS.babySaved('安安')]))
    expect((await family()).children.map((child) => child.name)).toEqual(['乐乐', '安安'])
  })
})

describe('宝宝出生了 from 28 weeks', () => {
  const FAMILY_BORN = '/features/account/pages/family/index?outcome=born'
  // 28+0 weeks before DEFAULT_NOW (2026-11-24); a day later it would be 27+6.
  const LMP_28 = '2026-05-12'
  const LMP_27_6 = '2026-05-13'

  async function pregnantSince(lmp: string) {
    await h.signInAs('u-parent')
    await h.call('profile.saveFamily', { family: { children: [LELE], pregnancy: { lmp } } }, { idempotencyKey: `lmp-${lmp}` })
  }

  it('首页 offers it beside 孕28周+0天, not at 孕27周+6天', async () => {
    await pregnantSince(LMP_27_6)
    const early = render(<HomePage />)
    let card = await screen.findByLabelText('我的家庭')
    await within(card).findByText('孕27周+6天')
    expect(within(card).queryByRole('button', { name: T.born })).toBeNull()
    early.unmount()

    await h.call('profile.saveFamily', { family: { children: [LELE], pregnancy: { lmp: LMP_28 } } }, { idempotencyKey: 'lmp-28' })
    render(<HomePage />)
    card = await screen.findByLabelText('我的家庭')
    await within(card).findByText('孕28周+0天')
    expect(question()).toBeNull()
    fireEvent.click(within(card).getByRole('button', { name: T.born }))
    expect(openedUrls()).toEqual([FAMILY_BORN])
  })

  it('我的, 婚孕检 and its timeline offer it too', async () => {
    await pregnantSince(LMP_28)
    const me = render(<MePage />)
    await screen.findByText('孕28周+0天')
    fireEvent.click(screen.getByRole('button', { name: T.born }))
    me.unmount()

    const checkup = render(<CheckupIndexPage />)
    const card = await screen.findByLabelText('我的孕期')
    await within(card).findByText('孕28周+0天')
    fireEvent.click(within(card).getByRole('button', { name: T.born }))
    checkup.unmount()

    render(<TimelinePage />)
    const summary = await screen.findByLabelText(TIMELINE_TEXTS.summaryTitle)
    await within(summary).findByText('孕28周+0天')
    fireEvent.click(within(summary).getByRole('button', { name: T.born }))
    expect(openedUrls()).toEqual([FAMILY_BORN, FAMILY_BORN, FAMILY_BORN])
  })

  it('not before 28 weeks on 我的 or 婚孕检', async () => {
    await pregnantSince(LMP_27_6)
    const me = render(<MePage />)
    await screen.findByText('孕27周+6天')
    expect(screen.queryByRole('button', { name: T.born })).toBeNull()
    me.unmount()
    render(<CheckupIndexPage />)
    const card = await screen.findByLabelText('我的孕期')
    await within(card).findByText('孕27周+6天')
    expect(within(card).queryByRole('button', { name: T.born })).toBeNull()
  })

  it('家庭信息 offers it whenever a pregnancy is saved, at any week', async () => {
    await h.signInAs('u-parent')
    render(<FamilyPage />)
    await screen.findByRole('button', { name: FAMILY_TEXTS.save })
    // 林晓雯 is seeded at 孕20周+3天.
    expect(screen.queryByLabelText(FAMILY_TEXTS.birthTitle)).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: T.born }))
    expect(screen.getByLabelText(FAMILY_TEXTS.birthTitle)).toBeTruthy()
  })
})

describe('after 本次孕期已结束', () => {
  const PROGRAMME = '/features/checkup/pages/programme/index?id=preconception'
  const reminder = { visitId: 'v14', title: '第14次产检', start: '2026-11-20', end: '2026-11-30', channel: 'in-app' as const }

  async function endFrom(card: HTMLElement) {
    fireEvent.click(within(card).getByRole('button', { name: T.ended }))
    await waitFor(() => expect(toasts()).toEqual([T.endedDone]))
  }

  it('首页: the visit reminder goes, and a calm line offers the 孕前优生健康检查 until 知道了', async () => {
    await pastTermParent()
    useReminderStore.getState().set('u-parent', reminder)
    render(<HomePage />)
    const card = await screen.findByLabelText('我的家庭')
    await within(card).findByRole('group', { name: T.question })
    expect(screen.getByLabelText(HOME_TEXTS.reminderTitle)).toBeTruthy()
    expect(screen.queryByText(T.preconception)).toBeNull()

    await endFrom(card)
    expect(useReminderStore.getState().byUser['u-parent']).toBeUndefined()
    await waitFor(() => expect(screen.queryByLabelText(HOME_TEXTS.reminderTitle)).toBeNull())
    const line = within(card).getByText(T.preconception)
    expect(line.textContent).not.toMatch(/[!！]|恭喜|节哀|遗憾/)
    fireEvent.click(within(card).getByRole('button', { name: T.preconceptionAction }))
    expect(openedUrls()).toEqual([PROGRAMME])
    fireEvent.click(within(card).getByRole('button', { name: T.preconceptionDismiss }))
    expect(within(card).queryByText(T.preconception)).toBeNull()
  })

  it('婚孕检: the card shows the same line instead of 记录孕期 at once', async () => {
    await pastTermParent()
    render(<CheckupIndexPage />)
    const card = await screen.findByLabelText('我的孕期')
    await within(card).findByRole('group', { name: T.question })
    await endFrom(card)
    await within(card).findByText(T.preconception)
    expect(within(card).queryByRole('button', { name: CHECKUP_TEXTS.noPregnancyAction })).toBeNull()
    fireEvent.click(within(card).getByRole('button', { name: T.preconceptionAction }))
    expect(openedUrls()).toEqual([PROGRAMME])
    fireEvent.click(within(card).getByRole('button', { name: T.preconceptionDismiss }))
    await screen.findByRole('button', { name: CHECKUP_TEXTS.noPregnancyAction })
  })

  it('宝宝出生了 clears the visit reminder too', async () => {
    await pastTermParent()
    useReminderStore.getState().set('u-parent', reminder)
    taroDouble.setRouterParams({ outcome: 'born' })
    render(<FamilyPage />)
    await screen.findByLabelText(FAMILY_TEXTS.birthTitle)
    fireEvent.change(input(FAMILY_TEXTS.babyNameField), { target: { value: '安安' } })
    fireEvent.change(input(FAMILY_TEXTS.babyBirthDate), { target: { value: '2026-11-20' } })
    fireEvent.click(within(screen.getByLabelText(FAMILY_TEXTS.birthTitle)).getByRole('radio', { name: FAMILY_TEXTS.boy }))
    fireEvent.click(screen.getByRole('button', { name: FAMILY_TEXTS.saveBaby }))
    await waitFor(() => expect(toasts()).toEqual([FAMILY_TEXTS.babySaved('安安')]))
    expect(useReminderStore.getState().byUser['u-parent']).toBeUndefined()
    expect(screen.queryByText(T.preconception)).toBeNull()
  })
})
