import { fireEvent, render, screen, within } from '@testing-library/react'
import { COVERAGE_TEXTS } from '@/features/help/coverage-texts'
import RequestPage from '@/features/help/pages/request/index'
import { HELP_TEXTS, REQUEST_TEXTS as T } from '@/features/help/texts'
import { ROUTES } from '@/routes'
import type { HelpDetail, HelpOverview, HelpSummary } from '@/contract/help'
import { taroDouble } from '../doubles/taro'
import { actingAs } from './support/acting-as'
import { chosenIn, errorOfField, openedUrls, settle, toasts } from './support/page-queries'
import { setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

async function openAs(identityId: string) {
  await h.signInAs(identityId)
  const view = render(<RequestPage />)
  await screen.findByRole('button', { name: T.submit })
  return view
}

const group = (label: string) => screen.getByRole('radiogroup', { name: label })
const choose = (label: string, option: string) => fireEvent.click(within(group(label)).getByRole('radio', { name: option }))
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })
const valueOf = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value
const consentBox = () => screen.getByRole('checkbox', { name: T.consentTitle })
const isTicked = (box: HTMLElement) => box.querySelector('.help__box--on') !== null
const submitButton = () => screen.getByRole('button', { name: T.submit })

/** A complete 走访慰问 request apart from consent; address and phone come prefilled. */
function fillVisit(need = '老伴住院了，想请人上门看看我') {
  choose(T.type, '走访慰问')
  type(T.need, need)
  choose(T.halfDay, '下午')
}

const requestsOf = async (identityId: string) => (await actingAs(h, identityId)).call<HelpSummary[]>('help.mine')
const overviewOf = async (identityId: string) => (await actingAs(h, identityId)).call<HelpOverview>('help.overview')
const detailOf = async (identityId: string, id: string) => (await actingAs(h, identityId)).call<HelpDetail>('help.detail', { id })

describe('我要求助 (request) page', () => {
  it('张建国 starts with his address and phone filled in, tomorrow as the date, and consent unticked', async () => {
    await openAs('u-special')
    expect(valueOf(T.address)).toBe('杭州市西湖区翠苑一区12幢2单元301室')
    expect(valueOf(T.phone)).toBe('13605819876')
    expect(valueOf(T.date)).toBe('2026-11-25')
    expect(chosenIn(group(T.urgent))).toEqual([T.normal])
    expect(chosenIn(group(T.type))).toEqual([])
    expect(isTicked(consentBox())).toBe(false)
    expect(screen.getByText(T.consentText('李慧敏、赵志强'))).toBeTruthy()
  })

  it('submitting without ticking consent asks for it at the field and sends nothing', async () => {
    await openAs('u-special')
    fillVisit()
    fireEvent.click(submitButton())
    await settle()
    expect(errorOfField(T.consentTitle)).toBe(T.consentRequired)
    expect(toasts()).toEqual([T.fixErrors])
    expect(await requestsOf('u-special')).toEqual([])
    expect((await overviewOf('u-special')).consentedAt).toBeNull()
    expect(openedUrls()).toEqual([])
  })

  it('an empty form shows every missing field at its place', async () => {
    await openAs('u-special')
    type(T.address, '')
    fireEvent.click(submitButton())
    await settle()
    expect(errorOfField(T.type)).toBe('请选择求助类型')
    expect(errorOfField(T.need)).toBe('请说说需要什么帮助（至少5个字）')
    expect(errorOfField(T.halfDay)).toBe('请选择上午或下午')
    expect(errorOfField(T.address)).toBe('请填写上门地址')
    expect(errorOfField(T.phone)).toBeNull()
    expect(await requestsOf('u-special')).toEqual([])
  })

  it('2,000 pasted characters are all kept; the field counts them and says how many to cut, live and on submit', async () => {
    await openAs('u-special')
    const pasted = '老伴住院刚出来，一个人在家照顾有点吃不消。'.repeat(100)
    fillVisit(pasted)
    expect(valueOf(T.need)).toBe(pasted)
    expect(screen.getByText(`${pasted.length}/500`)).toBeTruthy()
    expect(errorOfField(T.need)).toBe(`最多500个字，已超出${pasted.length - 500}个字，请删减`)

    fireEvent.click(consentBox())
    fireEvent.click(submitButton())
    await settle()
    expect(errorOfField(T.need)).toBe(`最多500个字，已超出${pasted.length - 500}个字，请删减`)
    expect(valueOf(T.need)).toBe(pasted)
    expect(await requestsOf('u-special')).toEqual([])

    type(T.need, pasted.slice(0, 500))
    expect(errorOfField(T.need)).toBeNull()
    expect(screen.getByText('500/500')).toBeTruthy()
  })

  it('a bad phone is shown at the field and everything typed stays', async () => {
    await openAs('u-special')
    fillVisit()
    type(T.address, '杭州市西湖区翠苑一区12幢2单元302室')
    type(T.phone, '1360581987')
    choose(T.urgent, T.urgentLabel)
    fireEvent.click(consentBox())
    fireEvent.click(submitButton())
    await settle()

    expect(errorOfField(T.phone)).toBe('手机号码应为11位')
    expect(errorOfField(T.need)).toBeNull()
    expect(chosenIn(group(T.type))).toEqual(['走访慰问'])
    expect(valueOf(T.need)).toBe('老伴住院了，想请人上门看看我')
    expect(chosenIn(group(T.halfDay))).toEqual(['下午'])
    expect(valueOf(T.address)).toBe('杭州市西湖区翠苑一区12幢2单元302室')
    expect(valueOf(T.phone)).toBe('1360581987')
    expect(chosenIn(group(T.urgent))).toEqual([T.urgentLabel])
    expect(isTicked(consentBox())).toBe(true)
    expect(await requestsOf('u-special')).toEqual([])
  })

  it('a landline with its area code is accepted and kept as 区号-号码; one without is refused at the field', async () => {
    await openAs('u-special')
    fillVisit()
    fireEvent.click(consentBox())
    type(T.phone, '88912345')
    fireEvent.click(submitButton())
    await settle()
    expect(errorOfField(T.phone)).toBe('固定电话请加上区号，如 0571-88912345')
    expect(await requestsOf('u-special')).toEqual([])

    type(T.phone, '0571 88912345')
    expect(errorOfField(T.phone)).toBeNull()
    fireEvent.click(submitButton())
    await settle()
    const saved = await requestsOf('u-special')
    expect(saved).toHaveLength(1)
    expect((await detailOf('u-special', saved[0].id)).phone).toBe('0571-88912345')
  })

  it('a valid request with consent ticked records the consent, submits, and opens the new request', async () => {
    await openAs('u-special')
    fillVisit()
    choose(T.urgent, T.urgentLabel)
    fireEvent.click(consentBox())
    expect(isTicked(consentBox())).toBe(true)
    fireEvent.click(submitButton())
    await settle()

    expect((await overviewOf('u-special')).consentedAt).toBe(new Date(h.clock.now()).toISOString())
    const saved = await requestsOf('u-special')
    expect(saved).toHaveLength(1)
    expect(saved[0]).toMatchObject({ type: 'visit', volunteerKind: null, status: 'submitted', urgent: true, callOnly: false, preferredDate: '2026-11-25', halfDay: 'pm' })
    const detail = await detailOf('u-special', saved[0].id)
    expect(detail).toMatchObject({ need: '老伴住院了，想请人上门看看我', address: '杭州市西湖区翠苑一区12幢2单元301室', phone: '13605819876' })
    expect(openedUrls()).toEqual([`${ROUTES.helpDetail}?id=${saved[0].id}`])
    expect(toasts()).toEqual([T.done])
    // The draft is gone once sent.
    expect([...taroDouble.storage.keys()].filter((key) => key.includes('help-request'))).toEqual([])
  })

  it('王桂英, who agreed before, is not asked again', async () => {
    await openAs('u-special-2')
    expect(screen.queryByRole('checkbox', { name: T.consentTitle })).toBeNull()
    fillVisit('想请人上门陪我说说话')
    fireEvent.click(submitButton())
    await settle()
    expect(await requestsOf('u-special-2')).toHaveLength(4)
    expect(openedUrls()).toEqual([`${ROUTES.helpDetail}?id=help-4`])
  })

  it('consent withdrawn while the form is open: the tick box comes back at the field, and ticking it sends the request', async () => {
    await openAs('u-special-2')
    expect(screen.queryByRole('checkbox', { name: T.consentTitle })).toBeNull()
    fillVisit('想请人上门陪我说说话')
    // Withdrawn in 我的 → 隐私与授权 (another page) before 提交: her earlier requests go with it.
    await (await actingAs(h, 'u-special-2')).call('profile.withdrawConsent', { scope: 'help-sharing' })
    fireEvent.click(submitButton())
    await settle()

    expect(errorOfField(T.consentTitle)).toBeTruthy()
    expect(isTicked(consentBox())).toBe(false)
    expect(screen.queryByRole('button', { name: T.retry })).toBeNull()
    expect(valueOf(T.need)).toBe('想请人上门陪我说说话')
    expect(await requestsOf('u-special-2')).toEqual([])

    fireEvent.click(consentBox())
    fireEvent.click(submitButton())
    await settle()
    expect(await requestsOf('u-special-2')).toHaveLength(1)
    expect((await overviewOf('u-special-2')).consentedAt).not.toBeNull()
  })

  it('a network failure shows the failure with 重试, keeps the text, and 重试 submits exactly one request', async () => {
    await openAs('u-special')
    fillVisit()
    fireEvent.click(consentBox())
    h.backend.failNext(1)
    fireEvent.click(submitButton())

    const failure = await screen.findByText(T.failed('网络连接失败，请检查网络后重试'))
    expect(valueOf(T.need)).toBe('老伴住院了，想请人上门看看我')
    expect(chosenIn(group(T.type))).toEqual(['走访慰问'])
    expect(isTicked(consentBox())).toBe(true)
    expect(await requestsOf('u-special')).toEqual([])
    expect(openedUrls()).toEqual([])

    fireEvent.click(within(failure.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: T.retry }))
    await settle()
    expect(await requestsOf('u-special')).toHaveLength(1)
    expect(screen.queryByText(T.failed('网络连接失败，请检查网络后重试'))).toBeNull()
    expect(openedUrls()).toHaveLength(1)
  })

  it('a reply lost after the backend saved the request: 重试 does not create a second one', async () => {
    await openAs('u-special-2')
    fillVisit('想请人上门陪我说说话')
    h.backend.failNext(1, { afterWrite: true })
    fireEvent.click(submitButton())
    const failure = await screen.findByText(T.failed('网络连接失败，请检查网络后重试'))
    fireEvent.click(within(failure.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: T.retry }))
    await settle()
    expect(await requestsOf('u-special-2')).toHaveLength(4)
    expect(openedUrls()).toEqual([`${ROUTES.helpDetail}?id=help-4`])
  })

  it('the draft survives closing and reopening the page', async () => {
    const first = await openAs('u-special')
    fillVisit()
    type(T.phone, '13605819870')
    fireEvent.click(consentBox())
    first.unmount()

    render(<RequestPage />)
    await screen.findByRole('button', { name: T.submit })
    expect(screen.getByText(T.restored)).toBeTruthy()
    expect(chosenIn(group(T.type))).toEqual(['走访慰问'])
    expect(valueOf(T.need)).toBe('老伴住院了，想请人上门看看我')
    expect(chosenIn(group(T.halfDay))).toEqual(['下午'])
    expect(valueOf(T.phone)).toBe('13605819870')
    expect(isTicked(consentBox())).toBe(true)
  })

  it('choosing 志愿服务 asks which kind, and the kind is saved', async () => {
    await openAs('u-special-2')
    expect(screen.queryByRole('radiogroup', { name: T.volunteerKind })).toBeNull()
    choose(T.type, '志愿服务')
    type(T.need, '想请人来帮忙打扫一下')
    choose(T.halfDay, '上午')
    fireEvent.click(submitButton())
    await settle()
    expect(errorOfField(T.volunteerKind)).toBe('请选择需要哪种志愿服务')
    expect(await requestsOf('u-special-2')).toHaveLength(3)

    choose(T.volunteerKind, '家政')
    fireEvent.click(submitButton())
    await settle()
    const saved = await requestsOf('u-special-2')
    expect(saved).toHaveLength(4)
    expect(saved[0]).toMatchObject({ type: 'volunteer', volunteerKind: 'housework' })
  })

  it('只需电话联系我 hides the address field and the request is saved as phone-only', async () => {
    await openAs('u-special-2')
    choose(T.type, '精神慰藉')
    type(T.need, '这几天心里难受，想打电话聊聊')
    choose(T.halfDay, '上午')
    type(T.address, '')
    fireEvent.click(screen.getByRole('checkbox', { name: T.callOnly }))
    expect(screen.queryByLabelText(T.address)).toBeNull()
    fireEvent.click(submitButton())
    await settle()
    const saved = await requestsOf('u-special-2')
    expect(saved).toHaveLength(4)
    expect(saved[0]).toMatchObject({ type: 'emotional', callOnly: true })
  })

  it('unticking 只需电话联系我 shows the address field again', async () => {
    await openAs('u-special-2')
    const callOnly = screen.getByRole('checkbox', { name: T.callOnly })
    fireEvent.click(callOnly)
    expect(screen.queryByLabelText(T.address)).toBeNull()
    fireEvent.click(callOnly)
    expect(valueOf(T.address)).toBe('杭州市西湖区翠苑二区5幢1单元502室')
  })

  it('a link from 我的三个全覆盖 fills in the type and the need of a new form, which then sends as filled', async () => {
    // weapp hands the parameters over still escaped, as openPage wrote them.
    taroDouble.setRouterParams({ type: 'medical', need: encodeURIComponent(COVERAGE_TEXTS.doctorNeed) })
    await openAs('u-special-2')
    expect(chosenIn(group(T.type))).toEqual(['就医绿色通道'])
    expect(valueOf(T.need)).toBe(COVERAGE_TEXTS.doctorNeed)
    expect(screen.queryByText(T.restored)).toBeNull()
    // The rest is as on any new form.
    expect(valueOf(T.address)).toBe('杭州市西湖区翠苑二区5幢1单元502室')
    choose(T.halfDay, '上午')
    fireEvent.click(submitButton())
    await settle()
    const saved = await requestsOf('u-special-2')
    expect(saved[0]).toMatchObject({ type: 'medical', needPreview: expect.stringContaining('想签约家庭医生') })
  })

  it('a type the form does not offer is left unchosen; the need is still filled in', async () => {
    taroDouble.setRouterParams({ type: 'legal', need: '想申请意外伤害保险，请帮我准备材料、办理理赔。' })
    await openAs('u-special')
    expect(chosenIn(group(T.type))).toEqual([])
    expect(valueOf(T.need)).toBe('想申请意外伤害保险，请帮我准备材料、办理理赔。')
  })

  it('a draft already begun wins over the link: nothing typed is replaced', async () => {
    const first = await openAs('u-special')
    fillVisit()
    first.unmount()

    taroDouble.setRouterParams({ type: 'insurance', need: encodeURIComponent(COVERAGE_TEXTS.insuranceNeed('住院护理补贴保险')) })
    render(<RequestPage />)
    await screen.findByRole('button', { name: T.submit })
    expect(screen.getByText(T.restored)).toBeTruthy()
    expect(chosenIn(group(T.type))).toEqual(['走访慰问'])
    expect(valueOf(T.need)).toBe('老伴住院了，想请人上门看看我')
  })

  it('a contact is told the form is not for them', async () => {
    await h.signInAs('u-contact')
    render(<RequestPage />)
    await settle()
    expect(screen.getByRole('status').textContent).toContain(HELP_TEXTS.notForYou)
    expect(screen.queryByRole('button', { name: T.submit })).toBeNull()
  })
})
