import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import SituationPage from '@/features/support/pages/situation/index'
import { SITUATION_TEXTS as T, SUPPORT_TEXTS } from '@/features/support/texts'
import type { MineDto } from '@/contract/support'
import { taroDouble } from '../doubles/taro'
import { actingAs } from './support/acting-as'
import { chosenIn, errorOfField, settle, toasts } from './support/page-queries'
import { navigationCalls, openedFromAnotherPage, setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

// 林晓雯 (u-parent) is pregnant (due 2027-04-10) and has not told 生育支持 her situation yet.
const DRAFT_KEY = 'family-app:draft:support-situation:u-parent'

const group = (label: string) => screen.getByRole('radiogroup', { name: label })
const choose = (label: string, option: string) => fireEvent.click(within(group(label)).getByRole('radio', { name: new RegExp(`^${option}`) }))
const wageInput = () => screen.getByLabelText(T.wage) as HTMLInputElement
const typeWage = (value: string) => fireEvent.change(wageInput(), { target: { value } })
const save = () => fireEvent.click(screen.getByRole('button', { name: T.save }))

async function savedSituation() {
  const lin = await actingAs(h, 'u-parent')
  return (await lin.call<MineDto>('support.mine')).situation
}

async function open(identityId: string) {
  await h.signInAs(identityId)
  const rendered = render(<SituationPage />)
  await settle()
  await waitFor(() => expect(screen.queryByText('正在加载…')).toBeNull())
  return rendered
}

describe('我的情况 page', () => {
  it('starts from the defaults: 浙江, not insured, one parent deducting, and asks 林晓雯 how many babies she expects', async () => {
    await open('u-parent')
    expect(chosenIn(group(T.region))).toEqual(['浙江'])
    expect(chosenIn(group(T.insured))).toEqual([T.no])
    expect(chosenIn(group(T.split))).toEqual([T.oneParent])
    expect(chosenIn(group(T.babies))).toEqual([T.single])
    // The wage is asked only once she says she is insured; 难产 only after a birth.
    expect(screen.queryByLabelText(T.wage)).toBeNull()
    expect(screen.queryByRole('radiogroup', { name: T.difficult })).toBeNull()
    choose(T.insured, T.yes)
    expect(wageInput().value).toBe('')
  })

  it('豆豆’s mother, with no pregnancy on record, is not asked for 胎数 but for 难产', async () => {
    await open('u-parent-2')
    expect(screen.queryByRole('radiogroup', { name: T.babies })).toBeNull()
    expect(chosenIn(group(T.difficult))).toEqual([T.no])
  })

  it('a wage that is not a figure is refused at its field and nothing is sent', async () => {
    await open('u-parent')
    choose(T.insured, T.yes)
    typeWage('abc')
    save()
    await settle()
    expect(errorOfField(T.wage)).toBe('请填写1到200000之间的整数金额，或留空')
    expect(navigationCalls()).toEqual([])
    expect(toasts()).toEqual([])
    expect(await savedSituation()).toBeNull()
    // Correcting it clears the error at once.
    typeWage('9000')
    expect(errorOfField(T.wage)).toBeNull()
  })

  it('a wage left behind after answering 否 to 生育保险 neither blocks the save nor is kept', async () => {
    openedFromAnotherPage()
    await open('u-parent')
    choose(T.insured, T.yes)
    typeWage('abc')
    save()
    await settle()
    expect(errorOfField(T.wage)).toBe(T.wageError)
    choose(T.insured, T.no)
    expect(screen.queryByLabelText(T.wage)).toBeNull()
    save()
    await waitFor(() => expect(navigationCalls()).toEqual(['navigateBack']))
    expect(await savedSituation()).toMatchObject({ motherInsured: false, averageMonthlyWage: null })
  })

  it('saving goes back with 已保存, and the backend has the situation (the wage as typed on a phone)', async () => {
    openedFromAnotherPage()
    await open('u-parent')
    choose(T.region, '其他省份')
    choose(T.insured, T.yes)
    typeWage('9，000')
    choose(T.split, T.shared)
    choose(T.babies, T.twins)
    save()
    await waitFor(() => expect(navigationCalls()).toEqual(['navigateBack']))
    expect(toasts()).toEqual([T.saved])
    expect(await savedSituation()).toEqual({
      region: 'national',
      motherInsured: true,
      averageMonthlyWage: 9000,
      deductionSplit: 'shared',
      expectedBabies: 2,
      difficultBirth: false,
    })
    expect(taroDouble.storage.has(DRAFT_KEY)).toBe(false)
  })

  it('a blank wage is saved as not said', async () => {
    openedFromAnotherPage()
    await open('u-parent')
    choose(T.insured, T.yes)
    save()
    await waitFor(() => expect(navigationCalls()).toEqual(['navigateBack']))
    expect(await savedSituation()).toMatchObject({ motherInsured: true, averageMonthlyWage: null })
  })

  it('what was typed survives leaving and reopening the page, unsaved', async () => {
    const first = await open('u-parent')
    choose(T.insured, T.yes)
    typeWage('8000')
    choose(T.babies, T.twins)
    first.unmount()
    expect(taroDouble.storage.has(DRAFT_KEY)).toBe(true)

    render(<SituationPage />)
    expect(await screen.findByText(T.restored)).toBeTruthy()
    await settle()
    expect(chosenIn(group(T.insured))).toEqual([T.yes])
    expect(wageInput().value).toBe('8000')
    expect(chosenIn(group(T.babies))).toEqual([T.twins])
    expect(await savedSituation()).toBeNull()

    fireEvent.click(screen.getByRole('button', { name: T.discard }))
    expect(chosenIn(group(T.insured))).toEqual([T.no])
    expect(taroDouble.storage.has(DRAFT_KEY)).toBe(false)
  })

  it('without the family-health consent, the save asks for it; agreeing saves what was typed', async () => {
    openedFromAnotherPage()
    const lin = await actingAs(h, 'u-parent')
    await lin.call('profile.withdrawConsent', { scope: 'family-health' })
    await open('u-parent')
    choose(T.insured, T.yes)
    typeWage('9000')
    save()
    const sheet = await screen.findByRole('dialog', { name: T.consentTitle })
    expect(await savedSituation()).toBeNull()
    fireEvent.click(within(sheet).getByRole('button', { name: '同意并保存' }))
    await waitFor(() => expect(navigationCalls()).toEqual(['navigateBack']))
    expect(await savedSituation()).toMatchObject({ motherInsured: true, averageMonthlyWage: 9000 })
  })

  it('opens on what was saved before', async () => {
    const lin = await actingAs(h, 'u-parent')
    const situation = { region: 'zhejiang', motherInsured: true, averageMonthlyWage: 12000, deductionSplit: 'shared', expectedBabies: 1, difficultBirth: false }
    await lin.call('support.saveSituation', { situation })
    await open('u-parent')
    expect(chosenIn(group(T.insured))).toEqual([T.yes])
    expect(wageInput().value).toBe('12000')
    expect(chosenIn(group(T.split))).toEqual([T.shared])
    expect(screen.queryByText(T.restored)).toBeNull()
  })

  it('an instructor is told the page is for parents', async () => {
    await open('u-instructor')
    expect(screen.getByRole('status').textContent).toContain(SUPPORT_TEXTS.notForRole)
    expect(screen.queryByRole('button', { name: T.save })).toBeNull()
  })
})
