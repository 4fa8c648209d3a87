import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import MyCentresPage from '@/features/centres/pages/mine/index'
import { centresApi } from '@/features/centres/service'
import { VISIT_TEXTS as T } from '@/features/centres/texts'
import { weekdayOf } from '@/domain/booking'
import { heldElsewhere, slotFullReason } from '@/domain/centre-visits'
import { addDays } from '@/domain/dates'
import { ROUTES } from '@/routes'
import type { VisitDto } from '@/contract/centres'
import { taroDouble } from '../doubles/taro'
import { actingAs } from './support/acting-as'
import { cardTitle, cardTitled, chosenIn, openedUrls, settle, toasts } from './support/page-queries'
import { setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

// ctr-0001 禾苗家庭托育点（湖滨）, 杭州市上城区凯旋路33号; ctr-0002 is the second generated centre.
const FIRST = { id: 'ctr-0001', name: '禾苗家庭托育点（湖滨）', address: '杭州市上城区凯旋路33号' }

const tabs = () => screen.getByRole('radiogroup', { name: '我的托育' })
const tab = (label: string) => within(tabs()).getByRole('radio', { name: new RegExp(`^${label}`) })
const visitCards = () => [...screen.getByLabelText(T.visits).querySelectorAll('.card')] as HTMLElement[]

async function openMine(identityId: string | null, params: Record<string, string> = {}) {
  if (identityId) await h.signInAs(identityId)
  taroDouble.setRouterParams(params)
  render(<MyCentresPage />)
  await settle()
  if (identityId) await waitFor(() => expect(screen.queryByText('正在加载…')).toBeNull())
}

async function visitAsLin(): Promise<VisitDto> {
  const lin = await actingAs(h, 'u-parent')
  return lin.call<VisitDto>('centres.requestVisit', { centreId: FIRST.id, date: '2026-11-26', slot: 'afternoon', phone: '13857161234', childAgeMonths: 14 })
}

describe('我的托育 (mine) page', () => {
  it('asks a visitor to sign in first', async () => {
    await openMine(null)
    expect(screen.getByText(T.signIn)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '去登录' }))
    expect(openedUrls()).toEqual([ROUTES.signIn])
  })

  it('shows empty favourites and visits with their counts', async () => {
    await openMine('u-parent')
    expect(chosenIn(tabs())).toEqual([`${T.favourites} 0`])
    expect(screen.getByText(T.emptyFavourites)).toBeTruthy()
    expect(tab(T.visits).textContent).toBe(`${T.visits} 0`)
    fireEvent.click(tab(T.visits))
    expect(screen.getByText(T.emptyVisits)).toBeTruthy()
  })

  it('lists favourite centres, newest first, each opening the centre page', async () => {
    const lin = await actingAs(h, 'u-parent')
    await lin.call('centres.favourite', { id: FIRST.id, on: true })
    await lin.call('centres.favourite', { id: 'ctr-0002', on: true })
    await openMine('u-parent')
    expect(tab(T.favourites).textContent).toBe(`${T.favourites} 2`)
    const cards = [...document.querySelectorAll('.card[role="link"]')]
    expect(cards).toHaveLength(2)
    expect(cardTitle(cards[1])).toBe(FIRST.name)
    expect(within(cards[1] as HTMLElement).getByText(FIRST.address)).toBeTruthy()
    fireEvent.click(cardTitled(FIRST.name))
    expect(openedUrls()).toEqual([`${ROUTES.centresCentre}?id=${FIRST.id}`])
  })

  it('opens on the visits tab when asked, with the phone masked', async () => {
    await visitAsLin()
    await openMine('u-parent', { tab: 'visits' })
    expect(chosenIn(tabs())).toEqual([`${T.visits} 1`])
    const [card] = visitCards()
    expect(card.getAttribute('aria-label')).toBe(FIRST.name)
    expect(within(card).getByText(`2026-11-26 ${T.afternoon}`)).toBeTruthy()
    expect(within(card).getByText(T.statuses.pending)).toBeTruthy()
    expect(within(card).getByText(`${FIRST.address} · 联系电话 138****1234 · 孩子14个月`)).toBeTruthy()
    expect(card.textContent).not.toContain('13857161234')
  })

  it('取消参观 asks first; saying no keeps the visit', async () => {
    await visitAsLin()
    await openMine('u-parent', { tab: 'visits' })
    taroDouble.answerModals(false)
    fireEvent.click(within(visitCards()[0]).getByRole('button', { name: T.cancel }))
    await settle()
    expect(taroDouble.callsOf('showModal')).toHaveLength(1)
    expect((await centresApi().call('centres.myVisits'))[0].status).toBe('pending')
    expect(toasts()).toEqual([])
  })

  it('取消参观, confirmed, cancels the visit and shows it as 已取消', async () => {
    await visitAsLin()
    await openMine('u-parent', { tab: 'visits' })
    fireEvent.click(within(visitCards()[0]).getByRole('button', { name: T.cancel }))
    await waitFor(() => expect(within(visitCards()[0]).getByText(T.statuses.cancelled)).toBeTruthy())
    expect(toasts()).toEqual([T.cancelled])
    expect(within(visitCards()[0]).queryByRole('button', { name: T.cancel })).toBeNull()
    expect((await centresApi().call('centres.myVisits'))[0].status).toBe('cancelled')
  })

  it('shows one family’s visits only', async () => {
    await visitAsLin()
    await openMine('u-parent-2', { tab: 'visits' })
    expect(screen.getByText(T.emptyVisits)).toBeTruthy()
  })

  describe('the centre’s answer', () => {
    // Requests sent on Tuesday 2026-11-24 are answered at 10:00 on Wednesday.
    const ANSWERED = Date.parse('2026-11-25T10:00:00+08:00')

    async function openVisitFor(date: string) {
      const lin = await actingAs(h, 'u-parent')
      return lin.call<VisitDto>('centres.requestVisit', { centreId: FIRST.id, date, slot: 'afternoon', phone: '13857161234', childAgeMonths: 14 })
    }

    it('while pending, says when the centre will answer', async () => {
      await visitAsLin()
      await openMine('u-parent', { tab: 'visits' })
      expect(within(visitCards()[0]).getByText(T.answerBy('2026-11-25 10:00'))).toBeTruthy()
      expect(screen.queryByRole('status', { name: T.newAnswers })).toBeNull()
    })

    it('once confirmed, shows the time and a new message until 知道了; still cancellable before the day', async () => {
      const date = afternoonWithNoneHeld()
      const visit = await openVisitFor(date)
      h.setNow(ANSWERED)
      await openMine('u-parent', { tab: 'visits' })
      const [card] = visitCards()
      expect(within(card).getByText(T.statuses.confirmed)).toBeTruthy()
      expect(within(card).getByText(T.confirmedTime(date, '下午', '14:00'))).toBeTruthy()
      expect(within(card).getByRole('button', { name: T.cancel })).toBeTruthy()
      const news = screen.getByRole('status', { name: T.newAnswers })
      expect(within(news).getByText(T.confirmedMessage(visit.centreName, date, '下午', '14:00'))).toBeTruthy()

      fireEvent.click(within(news).getByRole('button', { name: T.markRead }))
      await waitFor(() => expect(screen.queryByRole('status', { name: T.newAnswers })).toBeNull())
      expect((await centresApi().call('centres.myVisits'))[0].unread).toBe(false)
    })

    it('a declined visit gives the centre’s reason and offers no cancel', async () => {
      // ctr-0001's afternoon on 2026-11-26 is fully taken by families who phoned the centre.
      expect(heldElsewhere(FIRST.id, '2026-11-26', 'afternoon')).toBe(2)
      const visit = await visitAsLin()
      h.setNow(ANSWERED)
      await openMine('u-parent', { tab: 'visits' })
      const [card] = visitCards()
      const reason = slotFullReason('2026-11-26', 'afternoon')
      expect(within(card).getByText(T.statuses.declined)).toBeTruthy()
      expect(within(card).getByText(T.declinedReason(reason))).toBeTruthy()
      expect(within(card).queryByRole('button', { name: T.cancel })).toBeNull()
      expect(within(screen.getByRole('status', { name: T.newAnswers })).getByText(T.declinedMessage(visit.centreName, reason))).toBeTruthy()
    })

    it('a family that cancels before the answer gives its time to the next', async () => {
      const date = afternoonWithNoneHeld()
      const wang = await actingAs(h, 'u-parent-2')
      const first = await wang.call<VisitDto>('centres.requestVisit', { centreId: FIRST.id, date, slot: 'afternoon', phone: '13656712580', childAgeMonths: 26 })
      h.setNow(h.clock.now() + 60_000)
      await openVisitFor(date)
      await wang.call('centres.cancelVisit', { id: first.id })
      h.setNow(ANSWERED)
      await openMine('u-parent', { tab: 'visits' })
      expect(within(visitCards()[0]).getByText(T.confirmedTime(date, '下午', '14:00'))).toBeTruthy()
    })
  })
})

/** A weekday from 2026-11-26 whose afternoon at ctr-0001 has no time held by families who phoned. */
function afternoonWithNoneHeld(): string {
  let date = '2026-11-26'
  while (heldElsewhere(FIRST.id, date, 'afternoon') !== 0 || [0, 6].includes(weekdayOf(date))) date = addDays(date, 1)
  return date
}

