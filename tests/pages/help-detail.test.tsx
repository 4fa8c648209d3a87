import { fireEvent, render, screen, within } from '@testing-library/react'
import HelpDetailPage from '@/features/help/pages/detail/index'
import { DETAIL_TEXTS as T } from '@/features/help/texts'
import { availableActions, HELP_ACTION_LABELS, type HelpAction, type HelpActor } from '@/domain/help'
import type { HelpDetail } from '@/contract/help'
import { taroDouble } from '../doubles/taro'
import { actingAs } from './support/acting-as'
import { errorOfField, settle, toasts } from './support/page-queries'
import { setUpPage, tearDownPage, type PageHarness } from './support/page-harness'

let h: PageHarness

beforeEach(() => {
  h = setUpPage()
})
afterEach(tearDownPage)

async function openAs(identityId: string, id: string) {
  await h.signInAs(identityId)
  taroDouble.setRouterParams({ id })
  render(<HelpDetailPage />)
  await settle()
}

const card = (label: string) => screen.getByLabelText(label)
const actionButtons = () => [...document.querySelectorAll('.help__actions button')].map((button) => button.textContent)
const timeline = () => [...card(T.timeline).querySelectorAll('.help__step')].map((step) => [...step.querySelectorAll('.block')].map((line) => line.textContent))
const detailAs = async (identityId: string, id: string) => (await actingAs(h, identityId)).call<HelpDetail>('help.detail', { id })
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })
const labels = (actions: HelpAction[]) => actions.map((action) => HELP_ACTION_LABELS[action])

describe('求助详情 (detail) page', () => {
  it.each([
    ['王桂英', 'u-special-2'],
    ['李慧敏', 'u-contact'],
  ])('help-2 shows %s the full address and phone, and the 已超时 entry naming 赵志强', async (_name, identityId) => {
    await openAs(identityId, 'help-2')
    expect(screen.getByText('王桂英 · 就医绿色通道')).toBeTruthy()
    const need = card(T.need)
    expect(need.textContent).toContain('老伴血压高、头晕两天了')
    expect(within(need).getByText('地址：杭州市西湖区翠苑二区5幢1单元502室')).toBeTruthy()
    expect(within(need).getByText('电话：13588023571')).toBeTruthy()
    expect(within(need).getByText('希望时间：2026-11-25 上午')).toBeTruthy()
    expect(timeline()).toEqual([
      ['已提交 · 王桂英', '2026-11-24 07:00'],
      ['已超时 · 系统', '2026-11-24 09:00', '2小时内未受理，已同时提醒第二联系人赵志强'],
    ])
    expect(card(T.contacts).textContent).toContain('李慧敏 · 社区计生专干 · 双岗联系人')
    expect(card(T.contacts).textContent).toContain('赵志强 · 街道计生协干部 · 双岗联系人')
  })

  it.each<[string, string, string, HelpActor]>([
    ['help-1', 'u-special-2', 'followed-up, rated', 'family'],
    ['help-2', 'u-special-2', 'submitted', 'family'],
    ['help-3', 'u-special-2', 'accepted', 'family'],
    ['help-1', 'u-contact', 'followed-up', 'contact'],
    ['help-2', 'u-contact', 'submitted, phone-only', 'contact'],
    ['help-3', 'u-contact', 'accepted, needs a visit', 'contact'],
  ])('%s as %s (%s): the buttons are exactly what the backend allows', async (id, identityId, _state, actor) => {
    await openAs(identityId, id)
    const facts = await detailAs(identityId, id)
    expect(actionButtons()).toEqual(labels(facts.actions))
    // And what the rules allow for that status and role.
    expect(facts.actions).toEqual(
      availableActions({ status: facts.status, callOnly: facts.callOnly, visitStartsAt: null, rated: facts.rating !== null }, actor, h.clock.now()),
    )
  })

  it('the buttons per status and role are the expected ones', async () => {
    const expected: Array<[string, string, string[]]> = [
      ['help-1', 'u-special-2', []], // already rated: no 评价
      ['help-2', 'u-special-2', ['取消']],
      ['help-3', 'u-special-2', ['取消']],
      ['help-1', 'u-contact', []],
      ['help-2', 'u-contact', ['受理', '退回']],
      ['help-3', 'u-contact', ['安排上门', '退回']],
    ]
    for (const [id, identityId, buttons] of expected) {
      expect(labels((await detailAs(identityId, id)).actions)).toEqual(buttons)
    }
    await openAs('u-special-2', 'help-1')
    expect(screen.queryByRole('button', { name: '评价' })).toBeNull()
    expect(actionButtons()).toEqual([])
    expect(within(card(T.need)).getByText('评价：5星 方红很细心，全程陪着，谢谢！')).toBeTruthy()
    expect(within(card(T.need)).getByText('上门安排：2026-11-04 07:30，志愿者 方红')).toBeTruthy()
  })

  it('李慧敏 受理 help-2, then 安排上门 with errors at the fields when empty', async () => {
    await openAs('u-contact', 'help-2')
    fireEvent.click(screen.getByRole('button', { name: '受理' }))
    await settle()
    expect((await detailAs('u-contact', 'help-2')).status).toBe('accepted')
    expect(screen.getByText('已受理', { selector: '.help__status' })).toBeTruthy()
    expect(screen.queryByText('已超时', { selector: '.help__status' })).toBeNull()
    expect(timeline().map((step) => step[0])).toEqual(['已提交 · 王桂英', '已受理 · 李慧敏'])
    // Phone-only: can be completed straight away, or a visit arranged.
    expect(actionButtons()).toEqual(['安排上门', '标记完成', '退回'])
    expect(toasts()).toEqual([T.done])

    fireEvent.click(screen.getByRole('button', { name: '安排上门' }))
    type(T.visitDate, '')
    type(T.visitTime, '')
    type(T.visitor, '')
    fireEvent.click(screen.getByRole('button', { name: '确认安排上门' }))
    await settle()
    expect(errorOfField(T.visitDate)).toBe('请选择今天起30天内的日期')
    expect(errorOfField(T.visitTime)).toBe('请选择上门时间')
    expect(errorOfField(T.visitor)).toBe('请填写上门人员')
    expect((await detailAs('u-contact', 'help-2')).status).toBe('accepted')

    type(T.visitDate, '2026-11-25')
    type(T.visitTime, '14:30')
    type(T.visitor, '李慧敏、心理咨询师 周洁')
    fireEvent.click(screen.getByRole('button', { name: '确认安排上门' }))
    await settle()
    const scheduled = await detailAs('u-contact', 'help-2')
    expect(scheduled.status).toBe('scheduled')
    expect(scheduled.visit).toEqual({ date: '2026-11-25', time: '14:30', visitor: '李慧敏、心理咨询师 周洁' })
    expect(within(card(T.need)).getByText('上门安排：2026-11-25 14:30，李慧敏、心理咨询师 周洁')).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  // The visit was this morning (now is 10:00): it has happened, so it can be marked 已完成.
  it('李慧敏 completes a scheduled request with notes (an empty note is refused at the field)', async () => {
    const li = await actingAs(h, 'u-contact')
    await li.call('help.act', { id: 'help-3', action: 'schedule', visit: { date: '2026-11-24', time: '08:30', visitor: '李慧敏' } })
    await openAs('u-contact', 'help-3')
    expect(actionButtons()).toEqual(['安排上门', '标记完成'])

    fireEvent.click(screen.getByRole('button', { name: '标记完成' }))
    fireEvent.click(screen.getByRole('button', { name: '确认标记完成' }))
    await settle()
    expect(errorOfField(T.visitNotes)).toBe('请填写上门或电话联系的情况')
    expect((await detailAs('u-contact', 'help-3')).status).toBe('scheduled')

    type(T.visitNotes, '陪老人聊了一下午，情绪好多了')
    fireEvent.click(screen.getByRole('button', { name: '确认标记完成' }))
    await settle()
    const done = await detailAs('u-contact', 'help-3')
    expect(done.status).toBe('completed')
    expect(done.timeline.at(-1)).toMatchObject({ action: '已完成', actorName: '李慧敏', note: '陪老人聊了一下午，情绪好多了' })
    expect(screen.getByText('已完成', { selector: '.help__status' })).toBeTruthy()
    expect(timeline().at(-1)).toEqual(['已完成 · 李慧敏', '2026-11-24 10:00', '陪老人聊了一下午，情绪好多了'])
  })

  // After an action succeeds its form closes and the buttons are what the backend now allows.
  it('after 标记完成 succeeds the form closes and the page offers what the backend now allows (记录回访)', async () => {
    const li = await actingAs(h, 'u-contact')
    await li.call('help.act', { id: 'help-3', action: 'schedule', visit: { date: '2026-11-24', time: '08:30', visitor: '李慧敏' } })
    await openAs('u-contact', 'help-3')
    fireEvent.click(screen.getByRole('button', { name: '标记完成' }))
    type(T.visitNotes, '陪老人聊了一下午，情绪好多了')
    fireEvent.click(screen.getByRole('button', { name: '确认标记完成' }))
    await settle()
    expect((await detailAs('u-contact', 'help-3')).actions).toEqual(['follow-up'])
    expect(screen.queryByRole('button', { name: '确认标记完成' })).toBeNull()
    expect(actionButtons()).toEqual(['记录回访'])
  })

  it('a visit tomorrow cannot be marked 已完成 yet: 标记完成 is not offered and the contact is told why', async () => {
    const li = await actingAs(h, 'u-contact')
    await li.call('help.act', { id: 'help-3', action: 'schedule', visit: { date: '2026-11-25', time: '09:30', visitor: '李慧敏' } })
    await openAs('u-contact', 'help-3')
    expect(actionButtons()).toEqual(['安排上门'])
    expect(screen.getByRole('status').textContent).toBe('还没到上门时间（2026-11-25 09:30），上门后才能标记完成')
  })

  it('the family is not shown the contact’s note about 标记完成', async () => {
    const li = await actingAs(h, 'u-contact')
    await li.call('help.act', { id: 'help-3', action: 'schedule', visit: { date: '2026-11-25', time: '09:30', visitor: '李慧敏' } })
    await openAs('u-special-2', 'help-3')
    expect(actionButtons()).toEqual(['取消'])
    expect(screen.queryByText(/还没到上门时间/)).toBeNull()
  })

  it('a 220-character 回访 note is counted, refused at the field before sending, and kept whole', async () => {
    const li = await actingAs(h, 'u-contact')
    await li.call('help.act', { id: 'help-3', action: 'schedule', visit: { date: '2026-11-24', time: '08:30', visitor: '李慧敏' } })
    await li.call('help.act', { id: 'help-3', action: 'complete', note: '上门陪伴了两个小时' })
    await openAs('u-contact', 'help-3')
    fireEvent.click(screen.getByRole('button', { name: '记录回访' }))
    fireEvent.click(within(screen.getByRole('radiogroup', { name: T.satisfaction })).getByRole('radio', { name: '5分' }))
    const note = '老人情绪比上次好多了，'.repeat(20)
    expect(note).toHaveLength(220)
    type(T.note, note)
    expect(screen.getByText('220/200')).toBeTruthy()
    expect(errorOfField(T.note)).toBe('最多200个字，已超出20个字，请删减')

    fireEvent.click(screen.getByRole('button', { name: '确认记录回访' }))
    await settle()
    expect(toasts()).toEqual([T.fixErrors])
    expect(errorOfField(T.note)).toBe('最多200个字，已超出20个字，请删减')
    expect((screen.getByLabelText(T.note) as HTMLTextAreaElement).value).toBe(note)
    expect((await detailAs('u-contact', 'help-3')).status).toBe('completed')

    type(T.note, note.slice(0, 200))
    expect(errorOfField(T.note)).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '确认记录回访' }))
    await settle()
    const followed = await detailAs('u-contact', 'help-3')
    expect(followed.status).toBe('followed-up')
    expect(followed.timeline.at(-1)?.note).toBe(`满意度 5 分，${note.slice(0, 200)}`)
  })

  it('an empty reason is refused at the field before anything is sent', async () => {
    await openAs('u-special-2', 'help-3')
    fireEvent.click(screen.getByRole('button', { name: '取消' }))
    expect(screen.getByText('0/200')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '确认取消' }))
    await settle()
    expect(errorOfField(T.reasonCancel)).toBe('请说一下取消的原因')
    expect(toasts()).toEqual([T.fixErrors])
    type(T.reasonCancel, '孩')
    expect(errorOfField(T.reasonCancel)).toBeNull()
  })

  it('王桂英 rates a completed request once; afterwards 评价 is no longer offered', async () => {
    const li = await actingAs(h, 'u-contact')
    await li.call('help.act', { id: 'help-3', action: 'schedule', visit: { date: '2026-11-24', time: '08:00', visitor: '李慧敏' } })
    await li.call('help.act', { id: 'help-3', action: 'complete', note: '上门陪伴了两个小时' })
    await openAs('u-special-2', 'help-3')
    expect(actionButtons()).toEqual(['评价'])

    fireEvent.click(screen.getByRole('button', { name: '评价' }))
    fireEvent.click(screen.getByRole('button', { name: '确认评价' }))
    await settle()
    expect(errorOfField(T.stars)).toBe('请选择1–5分')

    fireEvent.click(within(screen.getByRole('radiogroup', { name: T.stars })).getByRole('radio', { name: '5分' }))
    type(T.comment, '谢谢李主任')
    fireEvent.click(screen.getByRole('button', { name: '确认评价' }))
    await settle()
    const rated = await detailAs('u-special-2', 'help-3')
    expect(rated.rating).toEqual({ stars: 5, comment: '谢谢李主任' })
    expect(rated.actions).toEqual([])
    expect(within(card(T.need)).getByText('评价：5星 谢谢李主任')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '评价' })).toBeNull()
    expect(screen.queryByRole('button', { name: '确认评价' })).toBeNull()
  })

  it('王桂英 cancels help-3 with a reason', async () => {
    await openAs('u-special-2', 'help-3')
    fireEvent.click(screen.getByRole('button', { name: '取消' }))
    fireEvent.click(screen.getByRole('button', { name: '确认取消' }))
    await settle()
    expect(errorOfField(T.reasonCancel)).toBe('请说一下取消的原因')
    type(T.reasonCancel, '孩子回来陪我了')
    fireEvent.click(screen.getByRole('button', { name: '确认取消' }))
    await settle()
    expect((await detailAs('u-special-2', 'help-3')).status).toBe('cancelled')
    expect(screen.getByText('已取消', { selector: '.help__status' })).toBeTruthy()
    expect(actionButtons()).toEqual([])
  })

  it('an action refused by the backend (someone else got there first) is toasted and the page is not changed', async () => {
    await openAs('u-contact', 'help-2')
    await (await actingAs(h, 'u-contact-2')).call('help.act', { id: 'help-2', action: 'accept' })
    fireEvent.click(screen.getByRole('button', { name: '受理' }))
    await settle()
    expect(toasts()).toEqual(['当前状态为“已受理”，不能受理'])
    expect(screen.getByText('已提交', { selector: '.help__status' })).toBeTruthy()
  })

  it('tapping 拨打 calls the contact', async () => {
    await openAs('u-special-2', 'help-2')
    fireEvent.click(within(card(T.contacts)).getAllByRole('button', { name: '拨打' })[1])
    await settle()
    expect(taroDouble.callsOf('makePhoneCall')).toEqual([{ phoneNumber: '13819467720' }])
  })

  it.each([
    ['a parent', 'u-parent'],
    ['孙丽 (not 王桂英’s contact)', 'u-contact-3'],
    ['张建国 (another family)', 'u-special'],
  ])('%s gets the not-found error and none of the details', async (_who, identityId) => {
    await openAs(identityId, 'help-2')
    expect(screen.getByRole('alert').textContent).toContain('加载失败：没有找到这条求助')
    expect(screen.queryByText(/13588023571|502室/)).toBeNull()
    expect(actionButtons()).toEqual([])
  })
  it.each(['u-special', 'u-contact-2'])('a request filed by phone shows 电话代录 · 李慧敏 to %s', async (identityId) => {
    const li = await actingAs(h, 'u-contact')
    const request = {
      type: 'visit', volunteerKind: null, need: '老张打电话说想请联系人这周上门坐坐，聊聊天。', preferredDate: '2026-11-26', halfDay: 'pm',
      address: '杭州市西湖区翠苑一区12幢2单元301室', phone: '13605819876', urgent: false, callOnly: false, familyAgreed: true,
    }
    const filed = await li.call<HelpDetail>('care.phoneIn', { familyId: 'u-special', request })
    await openAs(identityId, filed.id)
    expect(within(card(T.need)).getByText('电话代录 · 李慧敏')).toBeTruthy()
  })

  it('a request the family filed itself has no 电话代录 mark', async () => {
    await openAs('u-special-2', 'help-2')
    expect(screen.queryByText(/电话代录/)).toBeNull()
  })
})
