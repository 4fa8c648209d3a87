import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import InstitutionsPage from '@/features/checkup/pages/institutions/index'
import { CONTACT_TEXTS } from '@/components/contact-texts'
import { INSTITUTION_TEXTS as T } from '@/features/checkup/texts'
import { INSTITUTION_SEEDS } from '../../mock/areas/checkup/fixtures/institutions'
import { taroDouble } from '../doubles/taro'
import { setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

const TOTAL = INSTITUTION_SEEDS.length // 21: three in 上城区, two in each other district
const BY_NAME = new Map(INSTITUTION_SEEDS.map((institution) => [institution.name, institution]))
const DISTRICT_ORDER = ['上城区', '拱墅区', '西湖区', '滨江区', '萧山区', '余杭区', '临平区', '钱塘区', '富阳区', '临安区']

const programmeChips = () => screen.getByRole('radiogroup', { name: '检查项目' })
const districtChips = () => screen.getByRole('radiogroup', { name: '所在区' })
const pick = (chips: HTMLElement, label: string) => fireEvent.click(within(chips).getByRole('radio', { name: label }))
const chosen = (chips: HTMLElement) => within(chips).getAllByRole('radio').find((chip) => chip.getAttribute('aria-label')?.endsWith('（已选）'))?.textContent
/** The institution cards listed, by name, in order. */
const listed = (container: HTMLElement) => [...container.querySelectorAll('.card[aria-label]')].map((card) => card.getAttribute('aria-label')!)
const count = () => screen.getByText(/^共 \d+ 家机构$/).textContent

async function open(params: Record<string, string> = {}) {
  taroDouble.setRouterParams(params)
  const rendered = render(<InstitutionsPage />)
  await within(districtChips()).findByRole('radio', { name: /^西湖区/ })
  await screen.findByText(/^共 \d+ 家机构$/)
  return rendered
}

describe('去哪里检查 (institutions) page', () => {
  it('lists every institution, by district, with all ten districts as chips', async () => {
    const { container } = await open()
    expect(count()).toBe(T.count(TOTAL))
    expect(listed(container)).toHaveLength(TOTAL)
    const districtsInOrder = listed(container).map((name) => DISTRICT_ORDER.indexOf(BY_NAME.get(name)!.district))
    expect(districtsInOrder).toEqual([...districtsInOrder].sort((a, b) => a - b))
    expect(within(districtChips()).getAllByRole('radio').map((chip) => chip.textContent)).toEqual([T.allDistricts, ...DISTRICT_ORDER])
    expect(chosen(districtChips())).toBe(T.allDistricts)
    expect(chosen(programmeChips())).toBe(T.allProgrammes)
  })

  it('a district chip shows only that district’s institutions, and 全部区 brings the rest back', async () => {
    const { container } = await open()
    pick(districtChips(), '西湖区')

    await waitFor(() => expect(count()).toBe(T.count(2)))
    expect(chosen(districtChips())).toBe('西湖区')
    expect(listed(container)).toEqual(['西湖区妇幼保健院', '西湖区翠苑街道社区卫生服务中心'])
    for (const name of listed(container)) {
      expect(BY_NAME.get(name)!.district).toBe('西湖区')
      expect(within(screen.getByLabelText(name)).getByText(BY_NAME.get(name)!.address)).toBeTruthy()
    }

    pick(districtChips(), T.allDistricts)
    await waitFor(() => expect(count()).toBe(T.count(TOTAL)))
  })

  it('a programme chip keeps only the institutions that offer it, and combines with the district', async () => {
    const { container } = await open()
    pick(programmeChips(), '婚检')

    const premarital = INSTITUTION_SEEDS.filter((institution) => institution.programmes.includes('premarital'))
    await waitFor(() => expect(count()).toBe(T.count(premarital.length)))
    expect(premarital.length).toBeLessThan(TOTAL)
    expect(listed(container).sort()).toEqual(premarital.map((institution) => institution.name).sort())
    // Each card says what it offers; all of them offer 婚检.
    for (const name of listed(container)) expect(within(screen.getByLabelText(name)).getByText('婚检')).toBeTruthy()

    pick(districtChips(), '钱塘区')
    await waitFor(() => expect(count()).toBe(T.count(1)))
    expect(listed(container)).toEqual(['钱塘区婚孕检服务中心'])
    expect(chosen(programmeChips())).toBe('婚检')

    pick(programmeChips(), '产检')
    await waitFor(() => expect(listed(container)).toEqual(['钱塘区白杨街道社区卫生服务中心']))
    expect(count()).toBe(T.count(1))
  })

  it('opened from the guided check with a programme and district, those chips are on', async () => {
    const { container } = await open({ programme: 'preconception', district: '滨江区' })
    expect(chosen(programmeChips())).toBe('孕前检查')
    expect(chosen(districtChips())).toBe('滨江区')
    expect(listed(container).every((name) => BY_NAME.get(name)!.district === '滨江区')).toBe(true)
    expect(count()).toBe(T.count(2))
  })

  it('on H5 each card offers 复制地址 (no 导航), which copies the address', async () => {
    await open()
    pick(districtChips(), '西湖区')
    await waitFor(() => expect(count()).toBe(T.count(2)))
    expect(screen.queryAllByRole('button', { name: CONTACT_TEXTS.navigate })).toEqual([])
    expect(screen.getAllByRole('button', { name: CONTACT_TEXTS.copyAddress })).toHaveLength(2)

    const card = screen.getByLabelText('西湖区妇幼保健院')
    fireEvent.click(within(card).getByRole('button', { name: CONTACT_TEXTS.copyAddress }))
    expect(taroDouble.callsOf('setClipboardData')).toEqual([{ data: BY_NAME.get('西湖区妇幼保健院')!.address }])
    await waitFor(() => expect(taroDouble.callsOf('showToast')).toEqual([{ title: CONTACT_TEXTS.copied, icon: 'none' }]))

    fireEvent.click(within(card).getByRole('button', { name: CONTACT_TEXTS.call }))
    expect(taroDouble.callsOf('makePhoneCall')).toEqual([{ phoneNumber: BY_NAME.get('西湖区妇幼保健院')!.phone }])
  })

  it('a failed load says so, and 重试 loads the list', async () => {
    h.backend.failNext(1)
    const { container } = render(<InstitutionsPage />)

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('加载失败：网络连接失败，请检查网络后重试')
    expect(listed(container)).toEqual([])
    fireEvent.click(within(alert).getByRole('button', { name: '重试' }))
    await waitFor(() => expect(count()).toBe(T.count(TOTAL)))
  })
})
