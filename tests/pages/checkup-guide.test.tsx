import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import GuidePage from '@/features/checkup/pages/guide/index'
import { GUIDE_TEXTS as T } from '@/features/checkup/texts'
import { PROGRAMME_SEEDS } from '../../mock/areas/checkup/fixtures/programmes'
import { INSTITUTION_SEEDS } from '../../mock/areas/checkup/fixtures/institutions'
import { useSessionStore } from '@/stores/session-store'
import { taroDouble } from '../doubles/taro'
import { setUpPage, tearDownPage, type PageHarness } from './support/page-harness'
import { settle } from './support/page-queries'
import { DEFAULT_NOW } from '../support/clock'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

const PLANNING_ANSWERS = { residency: 'residence-permit', marital: 'married', planning: true, pregnant: false }
const PRECONCEPTION = PROGRAMME_SEEDS.find((programme) => programme.id === 'preconception')!
const PRECONCEPTION_PLACES = INSTITUTION_SEEDS.filter((institution) => institution.programmes.includes('preconception'))

const group = (question: string) => screen.getByRole('radiogroup', { name: question })
const choose = (question: string, option: string) => fireEvent.click(within(group(question)).getByRole('radio', { name: option }))
const isChosen = (question: string, option: string) => within(group(question)).queryByRole('radio', { name: `${option}（已选）` }) !== null
/** The error shown inside the labelled field of a question, if any. */
const errorAtElement = (element: HTMLElement) => within(element.closest('.field') as HTMLElement).queryByRole('alert')?.textContent ?? null
const errorAt = (question: string) => errorAtElement(group(question))
const lmpInput = () => screen.getByLabelText(T.lmp) as HTMLInputElement
const showResult = () => fireEvent.click(screen.getByRole('button', { name: T.submit }))
const result = () => screen.queryByLabelText(T.resultTitle)
const toasts = () => taroDouble.callsOf('showToast').map((call) => (call as { title: string }).title)
// One draft per phone (cleared on sign-out or a switch of identity).
const DRAFT_KEY = 'family-app:draft:checkup-guide'

async function open(identityId?: string) {
  if (identityId) await h.signInAs(identityId)
  const rendered = render(<GuidePage />)
  // The district chips come from the backend: wait for them so the page has settled.
  await within(screen.getByRole('radiogroup', { name: T.district })).findByRole('radio', { name: '西湖区' })
  return rendered
}

/** 持本市居住证 / 已婚 / 未怀孕 / 计划怀孕, then 查看结果. */
function answerPlanning() {
  choose(T.residency, '持本市居住证')
  choose(T.marital, '已婚')
  choose(T.pregnant, '否')
  choose(T.planning, '是')
  showResult()
}

async function preconceptionCard() {
  return screen.findByLabelText(PRECONCEPTION.name)
}

describe('哪些检查适合我 (guided check)', () => {
  it('unanswered questions are named at their fields and no result is shown', async () => {
    await open()
    showResult()

    expect(errorAt(T.residency)).toBe('请选择户籍或居住情况')
    expect(errorAt(T.marital)).toBe('请选择婚姻状况')
    expect(errorAt(T.pregnant)).toBe('请选择是否已经怀孕')
    expect(errorAt(T.district)).toBeNull()
    expect(toasts()).toEqual([T.fixErrors])
    expect(result()).toBeNull()
    expect(screen.queryByText(T.free)).toBeNull()
  })

  it('not pregnant but the planning question left open: only that question is flagged', async () => {
    await open()
    choose(T.residency, '本市户籍')
    choose(T.marital, '已婚')
    choose(T.pregnant, '否')
    showResult()

    expect(errorAt(T.planning)).toBe('请选择是否计划近期怀孕')
    expect(errorAt(T.residency)).toBeNull()
    expect(errorAt(T.marital)).toBeNull()
    expect(errorAt(T.pregnant)).toBeNull()
    expect(result()).toBeNull()
  })

  it('居住证, married, planning a pregnancy: 孕前优生健康检查, free, what to bring and where to go', async () => {
    await open()
    answerPlanning()

    const card = await preconceptionCard()
    expect(within(card).getByText(T.free)).toBeTruthy()
    expect(within(card).queryByText(T.notFree)).toBeNull()
    expect(within(card).getByText(/持本市居住证，夫妻双方可免费做一次孕前优生健康检查/)).toBeTruthy()
    for (const document of PRECONCEPTION.documents) expect(within(card).getByText(document)).toBeTruthy()
    // The first two institutions that offer it, with their addresses, and a link to all of them.
    for (const place of PRECONCEPTION_PLACES.slice(0, 2)) {
      const placeCard = within(card).getByLabelText(place.name)
      expect(within(placeCard).getByText(place.address)).toBeTruthy()
    }
    const all = within(card).getByRole('button', { name: `${T.moreInstitutions}（${PRECONCEPTION_PLACES.length}家）` })
    fireEvent.click(all)
    expect(taroDouble.callsOf('navigateTo')).toEqual([{ url: '/features/checkup/pages/institutions/index?programme=preconception' }])

    // Only that programme: not 婚检 (already married), not 产检 (not pregnant).
    expect(screen.queryByLabelText('婚前医学检查')).toBeNull()
    expect(screen.queryByLabelText('产前检查')).toBeNull()
    // Signed out, saving means signing in first.
    expect(screen.getByRole('button', { name: T.signInToSave })).toBeTruthy()
    expect(screen.queryByRole('button', { name: T.save })).toBeNull()
  })

  it('choosing a district lists that district’s institutions in the result', async () => {
    await open()
    fireEvent.click(within(group(T.district)).getByRole('radio', { name: '西湖区' }))
    answerPlanning()

    const card = await preconceptionCard()
    await within(card).findByLabelText('西湖区妇幼保健院')
    const westLake = PRECONCEPTION_PLACES.filter((place) => place.district === '西湖区')
    expect(within(card).getByRole('button', { name: `${T.moreInstitutions}（${westLake.length}家）` })).toBeTruthy()
    expect(within(card).queryByLabelText('杭州市妇产科医院')).toBeNull()
  })

  it('pregnant with a last period after today: refused at the date field, no result', async () => {
    await open()
    choose(T.residency, '本市户籍')
    choose(T.marital, '已婚')
    choose(T.pregnant, '是')
    fireEvent.change(lmpInput(), { target: { value: '2026-11-25' } }) // the day after DEFAULT_NOW
    showResult()

    expect(errorAtElement(lmpInput())).toBe('末次月经日期不能晚于今天')
    expect(errorAt(T.residency)).toBeNull()
    expect(result()).toBeNull()

    // Correcting the date gives the 产前检查 advice with the week of pregnancy.
    fireEvent.change(lmpInput(), { target: { value: '2026-09-15' } })
    showResult()
    const card = await screen.findByLabelText('产前检查')
    expect(within(card).getByText(/您已怀孕（孕10周\+0天）/)).toBeTruthy()
    expect(errorAtElement(lmpInput())).toBeNull()
  })

  it('the answers survive leaving and reopening the page', async () => {
    const first = await open('u-parent')
    answerPlanning()
    await preconceptionCard()
    first.unmount()
    expect(taroDouble.storage.has(DRAFT_KEY)).toBe(true)

    await open()
    expect(isChosen(T.residency, '持本市居住证')).toBe(true)
    expect(isChosen(T.marital, '已婚')).toBe(true)
    expect(isChosen(T.pregnant, '否')).toBe(true)
    expect(isChosen(T.planning, '是')).toBe(true)
    // The result that was showing is shown again, still unsaved.
    expect(within(await preconceptionCard()).getByText(T.free)).toBeTruthy()
    expect(screen.getByRole('button', { name: T.save })).toBeTruthy()
    expect(await h.call('checkup.myAnswers')).toBeNull()
  })

  it('保存到我的资料 as 林晓雯 (consent given) saves the answers', async () => {
    await open('u-parent')
    answerPlanning()
    await preconceptionCard()
    fireEvent.click(screen.getByRole('button', { name: T.save }))

    expect(await screen.findByText(T.savedAt('2026-11-24'))).toBeTruthy()
    expect(screen.queryByRole('button', { name: T.save })).toBeNull()
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(toasts()).toEqual([T.saved])
    expect(await h.call('checkup.myAnswers')).toEqual({ answers: PLANNING_ANSWERS, savedAt: expect.any(String) })
    expect(taroDouble.storage.has(DRAFT_KEY)).toBe(false)
  })

  it('saved answers are shown when the page is opened again', async () => {
    await h.signInAs('u-parent')
    await h.call('checkup.saveAnswers', { answers: { residency: 'hukou', marital: 'registering', planning: false, pregnant: false } }, { idempotencyKey: 'key-1' })
    render(<GuidePage />)

    expect(await screen.findByText(T.savedAt('2026-11-24'))).toBeTruthy()
    expect(isChosen(T.residency, '本市户籍')).toBe(true)
    expect(isChosen(T.marital, '准备登记结婚')).toBe(true)
    expect(await screen.findByLabelText('婚前医学检查')).toBeTruthy()
  })

  it('answered signed out, then signed in: the answers are still there and can be saved', async () => {
    await open()
    answerPlanning()
    await preconceptionCard()
    fireEvent.click(screen.getByRole('button', { name: T.signInToSave }))
    expect(taroDouble.callsOf('navigateTo')).toEqual([{ url: '/pages/sign-in/index' }])

    // Back from the sign-in page (this page stayed open underneath).
    await act(() => h.signInAs('u-parent'))
    fireEvent.click(await screen.findByRole('button', { name: T.save }))
    expect(await screen.findByText(T.savedAt('2026-11-24'))).toBeTruthy()
    expect(await h.call('checkup.myAnswers')).toEqual({ answers: PLANNING_ANSWERS, savedAt: expect.any(String) })
  })

  // Answers are sensitive (planning a pregnancy): the next person on this phone must not see them.
  it('answers saved after signing in are not left behind for the next signed-out user', async () => {
    const first = await open()
    answerPlanning()
    await preconceptionCard()
    await act(() => h.signInAs('u-parent'))
    fireEvent.click(await screen.findByRole('button', { name: T.save }))
    await screen.findByText(T.savedAt('2026-11-24'))
    await act(() => useSessionStore.getState().signOut())
    first.unmount()

    expect(taroDouble.storage.has(DRAFT_KEY)).toBe(false)
    await open()
    expect(isChosen(T.residency, '持本市居住证')).toBe(false)
    expect(isChosen(T.pregnant, '否')).toBe(false)
    expect(screen.queryByRole('radiogroup', { name: T.planning })).toBeNull()
    expect(result()).toBeNull()
  })

  describe('without the family-health consent (陈静)', () => {
    async function answerAndSave() {
      await open('u-instructor')
      answerPlanning()
      await preconceptionCard()
      fireEvent.click(screen.getByRole('button', { name: T.save }))
      return screen.findByRole('dialog', { name: T.consentTitle })
    }

    it('asks for consent; refusing saves nothing, keeps the result and says why', async () => {
      const sheet = await answerAndSave()
      for (const point of T.consentPoints) expect(within(sheet).getByText(`· ${point}`)).toBeTruthy()
      fireEvent.click(within(sheet).getByRole('button', { name: '暂不同意' }))

      expect(screen.queryByRole('dialog')).toBeNull()
      expect(screen.getByRole('status').textContent).toBe(T.consentRefused)
      expect(within(await preconceptionCard()).getByText(T.free)).toBeTruthy()
      expect(isChosen(T.marital, '已婚')).toBe(true)
      expect(screen.getByRole('button', { name: T.save })).toBeTruthy()
      expect(await h.call('checkup.myAnswers')).toBeNull()
      expect((await h.call('profile.get')).consents.checkupAnswers).toBeNull()
    })

    it('agreeing records the consent and saves', async () => {
      const sheet = await answerAndSave()
      fireEvent.click(within(sheet).getByRole('button', { name: '同意并保存' }))

      expect(await screen.findByText(T.savedAt('2026-11-24'))).toBeTruthy()
      expect(screen.queryByRole('dialog')).toBeNull()
      expect(screen.queryByRole('status')).toBeNull()
      expect(await h.call('checkup.myAnswers')).toEqual({ answers: PLANNING_ANSWERS, savedAt: expect.any(String) })
      // The guided-check consent is its own: agreeing to it does not also consent to the family record.
      const { consents } = await h.call('profile.get')
      expect(consents.checkupAnswers).not.toBeNull()
      expect(consents.familyHealth).toBeNull()
    })
  })

  it('a network failure on save keeps the answers, and 重新保存 saves them', async () => {
    await open('u-parent')
    answerPlanning()
    await preconceptionCard()
    h.backend.failNext(1)
    fireEvent.click(screen.getByRole('button', { name: T.save }))

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain(T.saveFailed('网络连接失败，请检查网络后重试'))
    expect(isChosen(T.residency, '持本市居住证')).toBe(true)
    expect(isChosen(T.planning, '是')).toBe(true)
    expect(screen.getByLabelText(PRECONCEPTION.name)).toBeTruthy()
    expect(await h.call('checkup.myAnswers')).toBeNull()
    expect(taroDouble.storage.has(DRAFT_KEY)).toBe(true)

    fireEvent.click(within(alert).getByRole('button', { name: '重新保存' }))
    expect(await screen.findByText(T.savedAt('2026-11-24'))).toBeTruthy()
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
    expect(await h.call('checkup.myAnswers')).toEqual({ answers: PLANNING_ANSWERS, savedAt: expect.any(String) })
  })
})

describe('哪些检查适合我, filled in from the family profile', () => {
  const noteAt = (element: HTMLElement) => within(element.closest('.field') as HTMLElement).queryByText(T.prefilled) !== null

  it('林晓雯 (孕20周+3天 on record): 已怀孕 and her LMP are chosen, each saying where it came from', async () => {
    await open('u-parent')
    await waitFor(() => expect(isChosen(T.pregnant, '是')).toBe(true))
    expect(noteAt(group(T.pregnant))).toBe(true)
    expect(lmpInput().value).toBe('2026-07-04')
    expect(noteAt(lmpInput())).toBe(true)
    // The profile knows nothing of marriage or 户籍: those stay for her to answer, without a note.
    expect(isChosen(T.residency, '本市户籍') || isChosen(T.residency, '持本市居住证') || isChosen(T.residency, '都不是')).toBe(false)
    expect(noteAt(group(T.residency))).toBe(false)
    expect(noteAt(group(T.marital))).toBe(false)
    expect(taroDouble.storage.has(DRAFT_KEY)).toBe(false)

    choose(T.residency, '本市户籍')
    choose(T.marital, '已婚')
    showResult()
    const card = await screen.findByLabelText('产前检查')
    expect(within(card).getByText(/您已怀孕（孕20周\+3天）/)).toBeTruthy()
    expect(noteAt(group(T.pregnant))).toBe(true)
  })

  it('prefilled answers stay hers to change; a changed answer loses its note', async () => {
    await open('u-parent')
    await waitFor(() => expect(isChosen(T.pregnant, '是')).toBe(true))
    fireEvent.change(lmpInput(), { target: { value: '2026-07-01' } })
    expect(noteAt(lmpInput())).toBe(false)
    expect(noteAt(group(T.pregnant))).toBe(true)
    choose(T.pregnant, '否')
    expect(noteAt(group(T.pregnant))).toBe(false)
    expect(group(T.planning)).toBeTruthy()
  })

  it('signed out, or with no pregnancy on record (陈静), the form starts empty', async () => {
    const signedOut = await open()
    expect(isChosen(T.pregnant, '是')).toBe(false)
    expect(screen.queryByText(T.prefilled)).toBeNull()
    signedOut.unmount()

    await open('u-instructor')
    await settle()
    expect(isChosen(T.pregnant, '是')).toBe(false)
    expect(isChosen(T.pregnant, '否')).toBe(false)
    expect(screen.queryByText(T.prefilled)).toBeNull()
  })

  it('a pregnancy on record past 42 weeks answers nothing (it has ended)', async () => {
    await h.signInAs('u-parent')
    await h.call('profile.saveFamily', { family: { children: [{ id: 'child-1', name: '乐乐', birthDate: '2025-09-18', gender: 'female' }], pregnancy: { lmp: '2026-02-04' } } }, { idempotencyKey: 'lmp-41-6' })
    h.setNow(DEFAULT_NOW + 24 * 60 * 60 * 1000)
    render(<GuidePage />)
    await within(screen.getByRole('radiogroup', { name: T.district })).findByRole('radio', { name: '西湖区' })
    await settle()
    expect(isChosen(T.pregnant, '是')).toBe(false)
    expect(screen.queryByText(T.prefilled)).toBeNull()
  })
})
