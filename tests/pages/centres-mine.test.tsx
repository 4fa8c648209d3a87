import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import MyCentresPage from '../../src/features/centres/pages/mine/index'
import { centresService } from '../../src/features/centres/service'
import { VISIT_TEXTS as T } from '../../src/features/centres/texts'
import { ROUTES } from '../../src/routes'
import type { VisitDto } from '../../src/services/centres-api'
import { taroDouble } from '../doubles/taro'
import { actingAs } from './support/acting-as'
import { chosenIn, openedUrls, settle, toasts } from './support/page-queries'
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
    expect(cards[1].getAttribute('aria-label')).toBe(FIRST.name)
    expect(within(cards[1] as HTMLElement).getByText(FIRST.address)).toBeTruthy()
    fireEvent.click(screen.getByRole('link', { name: FIRST.name }))
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
    expect((await centresService().myVisits())[0].status).toBe('pending')
    expect(toasts()).toEqual([])
  })

  it('取消参观, confirmed, cancels the visit and shows it as 已取消', async () => {
    await visitAsLin()
    await openMine('u-parent', { tab: 'visits' })
    fireEvent.click(within(visitCards()[0]).getByRole('button', { name: T.cancel }))
    await waitFor(() => expect(within(visitCards()[0]).getByText(T.statuses.cancelled)).toBeTruthy())
    expect(toasts()).toEqual([T.cancelled])
    expect(within(visitCards()[0]).queryByRole('button', { name: T.cancel })).toBeNull()
    expect((await centresService().myVisits())[0].status).toBe('cancelled')
  })

  it('shows one family’s visits only', async () => {
    await visitAsLin()
    await openMine('u-parent-2', { tab: 'visits' })
    expect(screen.getByText(T.emptyVisits)).toBeTruthy()
  })
})
