import { fireEvent, render, screen, within } from '@testing-library/react'
import CareFamiliesPage from '@/features/help/pages/families/index'
import { CARE_TEXTS as T, SPECIAL_DAY_TEXTS } from '@/features/help/care-texts'
import { ROUTES } from '@/routes'
import { actingAs } from './support/acting-as'
import { openedUrls, settle, textsOf, wholeText } from './support/page-queries'
import { setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

async function openAs(identityId: string) {
  await h.signInAs(identityId)
  render(<CareFamiliesPage />)
  await settle()
}

const cards = () => within(screen.getByLabelText(T.families)).queryAllByRole('link')
const names = () => cards().map((card) => card.querySelector('.heading')!.textContent)
const cardOf = (name: string) => cards().find((card) => card.querySelector('.heading')!.textContent === name)!

describe('我联系的家庭 (families) page', () => {
  it('李慧敏 sees her seven families in the backend’s order, 张建国 first with 超期未联系5天 in red', async () => {
    await openAs('u-contact')
    expect(screen.getByText('共7户，1户超期')).toBeTruthy()
    expect(names()).toHaveLength(7)
    expect(names()[0]).toBe('张建国')
    const zhang = cards()[0]
    expect(textsOf(zhang, '.help__status')).toEqual(['超期未联系5天（电话）', '近期特殊日子', '另一位联系人：赵志强'])
    expect(zhang.querySelector('.help__status--overdue')!.textContent).toBe('超期未联系5天（电话）')
    expect(zhang.textContent).toContain('失独家庭 · 西湖区翠苑街道翠苑一区社区')
    expect(within(zhang).getByText(wholeText('上次联系：2026-10-20'))).toBeTruthy()
    const due = within(zhang).getByText(wholeText('下次应联系：2026-11-19'))
    expect(due.className).toContain('care__late')
    // The street, never the door, and no private notes in a list.
    expect(zhang.textContent).toContain('杭州市西湖区翠苑一区****')
    expect(zhang.textContent).not.toContain('301室')
    expect(document.body.textContent).not.toContain('睡不好')
    // Nobody else is overdue; 王桂英 has two requests still being handled.
    for (const card of cards().slice(1)) expect(card.querySelector('.help__status--overdue')).toBeNull()
    expect(textsOf(cardOf('王桂英'), '.help__status')).toEqual(['有2条未办结求助', '另一位联系人：赵志强'])
    expect(cardOf('王桂英').textContent).toContain('伤残家庭')
  })

  it('the names come in the backend’s order (overdue first, then the soonest due)', async () => {
    const backendOrder = (await (await actingAs(h, 'u-contact')).call<Array<{ name: string }>>('care.families')).map((family) => family.name)
    await openAs('u-contact')
    expect(names()).toEqual(backendOrder)
  })

  it('近期特殊日子: a calm tag on 张建国’s card only, never which day it is', async () => {
    await openAs('u-contact')
    const tags = screen.getAllByText(SPECIAL_DAY_TEXTS.soon)
    expect(tags).toHaveLength(1)
    expect(tags[0].closest('[role="link"]')!.querySelector('.heading')!.textContent).toBe('张建国')
    expect(tags[0].className).toContain('help__status--special-day')
    expect(tags[0].className).not.toContain('help__status--overdue')
    expect(document.body.textContent).not.toContain('儿子生日')
  })

  it('the tag goes once the family withdrew its agreement', async () => {
    const li = await actingAs(h, 'u-contact')
    await li.call('care.setSpecialDays', { familyId: 'u-special', specialDays: { days: [], familyAgreed: false } })
    await openAs('u-contact')
    expect(screen.queryByText(SPECIAL_DAY_TEXTS.soon)).toBeNull()
  })

  it('tapping a family opens its record', async () => {
    await openAs('u-contact')
    fireEvent.click(cards()[0])
    expect(openedUrls()).toEqual([`${ROUTES.careFamily}?id=u-special`])
  })

  it('once 张建国 is called he is no longer overdue, for either of his contacts', async () => {
    const zhao = await actingAs(h, 'u-contact-2')
    await zhao.call('care.log', { familyId: 'u-special', log: { kind: 'call', date: '2026-11-24', durationMinutes: 10, state: 'stable', note: '', nextContactDate: null } })
    await openAs('u-contact')
    expect(screen.getByText('共7户，0户超期')).toBeTruthy()
    expect(document.querySelector('.help__status--overdue')).toBeNull()
  })

  it('a load that fails says why and offers 重试, which loads the list', async () => {
    await h.signInAs('u-contact')
    h.backend.failNext(1)
    render(<CareFamiliesPage />)
    await settle()
    expect(screen.getByRole('alert').textContent).toContain('加载失败：网络连接失败，请检查网络后重试')
    fireEvent.click(screen.getByRole('button', { name: '重试' }))
    await settle()
    expect(names()).toHaveLength(7)
  })

  it.each(['u-parent', 'u-instructor', 'u-special'])('%s is told the page is for contacts', async (identityId) => {
    await openAs(identityId)
    expect(screen.getByRole('status').textContent).toContain(T.notForYou)
    expect(screen.queryByText(/张建国/)).toBeNull()
  })

  it('signed out, the page asks to sign in first', async () => {
    render(<CareFamiliesPage />)
    await settle()
    expect(screen.getByRole('status').textContent).toContain(T.signIn)
    fireEvent.click(screen.getByRole('button', { name: '去登录' }))
    expect(openedUrls()).toEqual([ROUTES.signIn])
  })
})
