import { act, fireEvent, render, screen, within } from '@testing-library/react'
import CareFamilyPage from '@/features/help/pages/family/index'
import { CARE_TEXTS as T, SPECIAL_DAY_TEXTS as S } from '@/features/help/care-texts'
import { ROUTES } from '@/routes'
import { taroDouble } from '../doubles/taro'
import { actingAs } from './support/acting-as'
import { errorAt, errorOfField, fieldLabelled, openedUrls, settle, textsOf, toasts, wholeText } from './support/page-queries'
import { setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

async function openAs(identityId: string, id = 'u-special') {
  await h.signInAs(identityId)
  taroDouble.setRouterParams({ id })
  render(<CareFamilyPage />)
  await settle()
}

const card = (label: string) => screen.getByLabelText(label)
const logs = () => [...card(T.logs).querySelectorAll('.care__log')]
const logLines = () => logs().map((log) => [...log.querySelectorAll('.block')].map((line) => line.textContent))

describe('a family’s care record (family) page', () => {
  it('李慧敏 sees 张建国’s whole address and phone, and can call him or copy the address', async () => {
    await openAs('u-contact')
    const facts = card('张建国')
    expect(facts.textContent).toContain('失独家庭')
    expect(within(facts).getByText(wholeText('地址：杭州市西湖区翠苑一区12幢2单元301室'))).toBeTruthy()
    expect(within(facts).getByText(wholeText('电话：13605819876'))).toBeTruthy()
    fireEvent.click(within(facts).getByRole('button', { name: T.call }))
    fireEvent.click(within(facts).getByRole('button', { name: '复制地址' }))
    await settle()
    expect(taroDouble.callsOf('makePhoneCall')).toEqual([expect.objectContaining({ phoneNumber: '13605819876' })])
    expect(taroDouble.callsOf('setClipboardData')).toEqual([expect.objectContaining({ data: '杭州市西湖区翠苑一区12幢2单元301室' })])
  })

  it('shows the cadence with its basis, and where he stands: the missed call in red', async () => {
    await openAs('u-contact')
    const status = card(T.status)
    expect(within(status).getByText('每30天至少联系一次、每90天至少上门一次')).toBeTruthy()
    expect(status.textContent).toContain('依据：杭州市计生特殊家庭“双岗”联系人制度')
    expect(within(status).getByText(wholeText('上次联系：2026-10-20'))).toBeTruthy()
    expect(within(status).getByText(wholeText('上次上门：2026-10-05'))).toBeTruthy()
    const due = within(status).getByText(wholeText('下次应联系：2026-11-19（已超期5天）'))
    expect(due.className).toContain('care__late')
    expect(textsOf(status, '.help__status--overdue')).toEqual(['超期未联系5天（电话）'])
  })

  it('联系记录: every contact, newest first, with its private note under its label', async () => {
    await openAs('u-contact')
    expect(logLines()).toEqual([
      ['2026-10-20 · 电话 · 15分钟', '记录人：李慧敏', T.noteLabel, '电话问了血压，按时吃药。提醒他社区体检的时间。'],
      ['2026-10-05 · 上门 · 60分钟', '记录人：李慧敏', T.noteLabel, '老张一个人在家，说晚上睡不好，儿子的照片一直摆在客厅。陪他聊了儿子小时候的事，情绪比上次好一些。'],
    ])
    expect(logs().map((log) => textsOf(log as HTMLElement, '.help__status'))).toEqual([['平稳'], ['需关注']])
  })

  it('an agreed next contact is shown with its log', async () => {
    await openAs('u-contact', 'u-special-4')
    expect(logLines()[0]).toContain('约定下次联系：2026-11-26')
  })

  it('记录联系 and 代为登记求助 open their forms for this family', async () => {
    await openAs('u-contact')
    fireEvent.click(screen.getByRole('button', { name: T.logContact }))
    fireEvent.click(screen.getByRole('button', { name: T.phoneIn }))
    expect(openedUrls()).toEqual([`${ROUTES.careLog}?familyId=u-special`, `${ROUTES.carePhoneIn}?familyId=u-special`])
  })

  it('王桂英’s requests are listed, each opening its detail', async () => {
    await openAs('u-contact', 'u-special-2')
    const requests = within(card(T.requests)).getAllByRole('link')
    expect(requests).toHaveLength(3)
    fireEvent.click(requests[0])
    expect(openedUrls()).toEqual([`${ROUTES.helpDetail}?id=help-2`])
  })

  it('comes back fresh: a contact logged by 赵志强 meanwhile is there, and the family is no longer overdue', async () => {
    await openAs('u-contact')
    expect(screen.getByText(T.noRequests)).toBeTruthy()
    const zhao = await actingAs(h, 'u-contact-2')
    await zhao.call('care.log', { familyId: 'u-special', log: { kind: 'video', date: '2026-11-24', durationMinutes: 25, state: 'urgent', note: '老张说胸口闷，已叫120。', nextContactDate: null } })
    await act(async () => taroDouble.showAgain())
    await settle()
    expect(logLines()[0]).toEqual(['2026-11-24 · 视频 · 25分钟', '记录人：赵志强', T.noteLabel, '老张说胸口闷，已叫120。'])
    expect(logs()[0].querySelector('.help__status--urgent')!.textContent).toBe('需紧急帮助')
    expect(card(T.status).querySelector('.care__late')).toBeNull()
    // The urgent request opened with the log: urgent and already accepted, not marked 电话代录 (nobody phoned in).
    const [request] = within(card(T.requests)).getAllByRole('link')
    expect(textsOf(request, '.help__status')).toEqual(['已受理', '紧急'])
  })

  it('孙丽, who does not look after 张建国, is told the family was not found', async () => {
    await openAs('u-contact-3')
    expect(screen.getByRole('alert').textContent).toContain('加载失败：没有找到这户家庭')
    expect(screen.queryByText(/翠苑一区12幢/)).toBeNull()
  })

  it.each(['u-parent', 'u-instructor', 'u-special'])('%s is told the page is for contacts', async (identityId) => {
    await openAs(identityId)
    expect(screen.getByRole('status').textContent).toContain(T.notForYou)
    expect(screen.queryByText(/睡不好/)).toBeNull()
  })

  describe('特殊日子', () => {
    const section = () => card(S.title)
    const row = (n: number) => screen.getByLabelText(S.row(n))
    const typeIn = (container: HTMLElement, label: string, value: string) => fireEvent.change(within(container).getByLabelText(label), { target: { value } })
    const agreeBox = () => screen.getByRole('checkbox', { name: S.agreeText })
    const save = async () => {
      fireEvent.click(within(section()).getByRole('button', { name: S.save }))
      await settle()
    }
    const keptFor = async (identityId: string, familyId = 'u-special') =>
      (await (await actingAs(h, identityId)).call<{ specialDays: Array<{ monthDay: string; label: string }> }>('care.family', { familyId })).specialDays

    it('张建国’s son’s birthday, six days away, with the day the family agreed', async () => {
      await openAs('u-contact')
      expect(within(section()).getByText(S.next('儿子生日', 6)).textContent).toBe('近期：儿子生日 · 6天后')
      expect(within(section()).getByText('11月30日 · 儿子生日')).toBeTruthy()
      expect(within(section()).getByText(S.agreedOn('2026-10-05'))).toBeTruthy()
      expect(within(section()).getByRole('button', { name: S.edit })).toBeTruthy()
    })

    it('a family that has not agreed has none; a day that is today says 今天', async () => {
      await openAs('u-contact', 'u-special-2')
      expect(within(section()).getByText(S.none)).toBeTruthy()
      expect(within(section()).getByRole('button', { name: S.record })).toBeTruthy()
      const li = await actingAs(h, 'u-contact')
      await li.call('care.setSpecialDays', { familyId: 'u-special-2', specialDays: { days: [{ monthDay: '11-24', label: '老伴忌日' }], familyAgreed: true } })
      await act(async () => taroDouble.showAgain())
      await settle()
      expect(within(section()).getByText('近期：老伴忌日 · 今天')).toBeTruthy()
    })

    it('saving without the tick says so at the agreement, and nothing is sent', async () => {
      await openAs('u-contact')
      fireEvent.click(within(section()).getByRole('button', { name: S.edit }))
      expect((within(row(1)).getByLabelText(S.date) as HTMLInputElement).value).toBe('2026-11-30')
      expect(agreeBox().querySelector('.help__box--on')).toBeNull()
      fireEvent.click(within(section()).getByRole('button', { name: S.addRow }))
      typeIn(row(2), S.date, '2026-12-02')
      typeIn(row(2), S.label, '儿子忌日')
      await save()
      expect(errorOfField(S.agreeTitle)).toBe('请确认家庭已同意记录这些日子')
      expect(toasts()).toEqual([S.fixErrors])
      expect(await keptFor('u-contact-2')).toEqual([{ monthDay: '11-30', label: '儿子生日' }])
      fireEvent.click(agreeBox())
      expect(errorOfField(S.agreeTitle)).toBeNull()
    })

    it('each row’s problem is at its field', async () => {
      await openAs('u-contact')
      fireEvent.click(within(section()).getByRole('button', { name: S.edit }))
      fireEvent.click(within(section()).getByRole('button', { name: S.addRow }))
      typeIn(row(2), S.date, '2026-02-30')
      fireEvent.click(agreeBox())
      await save()
      expect(errorAt(fieldLabelled(S.date, row(2)))).toBe('请选择日期')
      expect(errorAt(fieldLabelled(S.label, row(2)))).toBe('请写上是什么日子')
      expect(errorAt(fieldLabelled(S.label, row(1)))).toBeNull()
    })

    it('with the tick the days are saved, shown at once, and the other contact sees the same', async () => {
      await openAs('u-contact')
      fireEvent.click(within(section()).getByRole('button', { name: S.edit }))
      fireEvent.click(within(section()).getByRole('button', { name: S.addRow }))
      typeIn(row(2), S.date, '2026-12-02')
      typeIn(row(2), S.label, '儿子忌日')
      fireEvent.click(agreeBox())
      await save()
      expect(toasts()).toEqual([S.saved])
      expect(textsOf(section(), '.care__special-day')).toEqual(['11月30日 · 儿子生日', '12月2日 · 儿子忌日'])
      expect(screen.queryByRole('checkbox', { name: S.agreeText })).toBeNull()
      expect(await keptFor('u-contact-2')).toEqual([
        { monthDay: '11-30', label: '儿子生日' },
        { monthDay: '12-02', label: '儿子忌日' },
      ])
    })

    it('the family withdrew: every day removed and saved without the tick clears the record', async () => {
      await openAs('u-contact')
      fireEvent.click(within(section()).getByRole('button', { name: S.edit }))
      fireEvent.click(within(row(1)).getByRole('button', { name: S.removeRow }))
      await save()
      expect(within(section()).getByText(S.none)).toBeTruthy()
      expect(within(section()).queryByText(/儿子生日/)).toBeNull()
      expect(await keptFor('u-contact-2')).toEqual([])
    })
  })
})
