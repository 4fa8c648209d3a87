import { fireEvent, render, screen, within } from '@testing-library/react'
import { COVERAGE_TEXTS as C } from '@/features/help/coverage-texts'
import HelpHomePage from '@/features/help/pages/index/index'
import { HELP_TEXTS as T } from '@/features/help/texts'
import { ROUTES } from '@/routes'
import { taroDouble } from '../doubles/taro'
import { openedUrls, settle, wholeText } from './support/page-queries'
import { setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

const phoneCalls = () => taroDouble.callsOf('makePhoneCall').map((call) => (call as { phoneNumber: string }).phoneNumber)
const section = (label: string) => screen.getByLabelText(label)
const requestUrl = (type: string, need: string) => `${ROUTES.helpRequest}?type=${type}&need=${encodeURIComponent(need)}`

async function openAs(identityId: string) {
  await h.signInAs(identityId)
  render(<HelpHomePage />)
  await settle()
}

describe('暖心服务: 我的三个全覆盖', () => {
  it('sits between 我要求助 and 我的求助, in 长辈模式, with its five sections in order', async () => {
    await openAs('u-special')
    expect(document.querySelector('.page--elder')).not.toBeNull()
    const buttons = screen.getAllByRole('button').map((button) => button.textContent)
    expect(buttons[0]).toBe(T.ask)
    expect(buttons[buttons.length - 1]).toBe(T.mine)
    const card = section(C.title)
    const headings = [...card.querySelectorAll('.heading')].map((node) => node.textContent)
    expect(headings).toEqual([C.title, C.contacts, C.doctor, C.greenChannel, C.subsidy, C.insurance])
  })

  it('张建国 calls each of his two contacts, the 暖心热线 and his 家庭医生 in one tap', async () => {
    await openAs('u-special')
    const contacts = section(C.contacts)
    expect(contacts.textContent).toContain('社区计生专干 · 双岗联系人')
    expect(within(contacts).getByText(wholeText('社区计生专干 · 双岗联系人 13968042315'))).toBeTruthy()
    fireEvent.click(within(contacts).getByRole('button', { name: `${C.call}李慧敏` }))
    fireEvent.click(within(contacts).getByRole('button', { name: `${C.call}赵志强` }))
    fireEvent.click(within(contacts).getByRole('button', { name: C.call }))
    await settle()
    expect(phoneCalls()).toEqual(['13968042315', '13819467720', '0571-87052356'])

    const doctor = section(C.doctor)
    expect(within(doctor).getByText(wholeText('翠苑街道社区卫生服务中心 0571-88210376'))).toBeTruthy()
    fireEvent.click(within(doctor).getByRole('button', { name: `${C.call}周晓红` }))
    await settle()
    expect(phoneCalls()).toEqual(['13968042315', '13819467720', '0571-87052356', '0571-88210376'])
    expect(within(doctor).queryByRole('button', { name: C.askDoctor })).toBeNull()
  })

  it('his 特别扶助金: the amount for a 62-year-old 失独 family, its bracket, when it is paid, and where it comes from', async () => {
    await openAs('u-special')
    const subsidy = section(C.subsidy)
    expect(within(subsidy).getByText(C.perMonth(1200))).toBeTruthy()
    expect(subsidy.textContent).toContain(C.bracket(62, '60–69周岁'))
    expect(subsidy.textContent).toContain(C.paid('按季度发放到本人社会保障卡（市民卡）'))
    expect(subsidy.textContent).toContain('示例')
    expect(subsidy.textContent).toContain('2026-11-24 核对')
    expect(subsidy.textContent).toContain(C.checkLocally)
  })

  it('the green channel names the hospitals, what goes first and what to show; each rule section says to check locally', async () => {
    await openAs('u-special')
    const channel = section(C.greenChannel)
    for (const hospital of ['浙江大学医学院附属第一医院', '浙江省人民医院', '杭州市第一人民医院']) expect(within(channel).getByText(hospital)).toBeTruthy()
    expect(channel.textContent).toContain(C.priorities('挂号、就诊、检查、取药、住院'))
    expect(channel.textContent).toContain(C.show('身份证、计划生育特殊家庭优先就医服务卡'))
    for (const label of [C.greenChannel, C.subsidy]) {
      expect(within(section(label)).getAllByText(C.checkLocally)).toHaveLength(1)
      expect(section(label).textContent).toMatch(/依据：.+（2026-11-24 核对）/)
    }
    expect(within(section(C.insurance)).getAllByText(C.checkLocally)).toHaveLength(2)
  })

  it('帮我申请 an insurance opens 我要求助 with the type and a need naming it', async () => {
    await openAs('u-special')
    const insurance = section(C.insurance)
    expect(insurance.textContent).toContain('住院护理补贴保险')
    expect(insurance.textContent).toContain(C.deadline('出院后30天内把材料交给联系人或社区'))
    fireEvent.click(within(insurance).getByRole('button', { name: C.askInsurance('意外伤害保险') }))
    expect(openedUrls()).toEqual([requestUrl('insurance', C.insuranceNeed('意外伤害保险'))])
  })

  it('王桂英 has no 家庭医生 yet: 帮我联系签约 opens 我要求助 asking for one; her 伤残 figure is shown', async () => {
    await openAs('u-special-2')
    const doctor = section(C.doctor)
    expect(within(doctor).getByText(C.noDoctor)).toBeTruthy()
    fireEvent.click(within(doctor).getByRole('button', { name: C.askDoctor }))
    expect(openedUrls()).toEqual([requestUrl('medical', C.doctorNeed)])
    expect(within(section(C.subsidy)).getByText(C.perMonth(950))).toBeTruthy()
  })

  it('a card that fails to load says so with 重试, and 我要求助 still works', async () => {
    await h.signInAs('u-special')
    h.backend.failNext(1)
    render(<HelpHomePage />)
    await settle()
    expect(screen.getByText(/我的保障加载失败/)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '重试' }))
    await settle()
    expect(section(C.subsidy)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: T.ask }))
    expect(openedUrls()).toEqual([ROUTES.helpRequest])
  })

  it('a contact’s home has no card', async () => {
    await openAs('u-contact')
    expect(screen.queryByLabelText(C.title)).toBeNull()
    expect(screen.queryByText(C.perMonth(1200))).toBeNull()
  })
})
