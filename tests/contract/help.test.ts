import type { HelpInput } from '../../src/services/help-api'
import { createHelpService } from '../../src/services/help-service'
import { expectServiceError } from '../support/expect-error'
import { describeContract } from '../support/transports'

// 张建国 (u-special) has contacts 李慧敏 (u-contact) and 赵志强 (u-contact-2), no requests and no
// consent yet. 王桂英 (u-special-2) has the same contacts and three seeded requests.
const REQUEST: HelpInput = {
  type: 'volunteer',
  volunteerKind: 'bathing',
  need: '老伴中风后行动不便，想请助浴志愿者每周来一次帮忙洗澡。',
  preferredDate: '2026-11-27',
  halfDay: 'am',
  address: '杭州市西湖区翠苑一区12幢2单元301室',
  phone: '13605819876',
  urgent: false,
  callOnly: false,
}
const HOUR = 3_600_000

describeContract('暖心服务 help', (h) => {
  const help = () => createHelpService(h().transport)
  async function submitted() {
    await h().signInAs('u-special')
    await help().consent()
    return help().submit(REQUEST, 'submit-1')
  }

  it('shows the family its two contacts by name with their phones, and the hotline', async () => {
    await h().signInAs('u-special')
    const overview = await help().overview()
    expect(overview.contacts.map((c) => c.name)).toEqual(['李慧敏', '赵志强'])
    expect(overview.contacts[0].phone).toMatch(/^1\d{10}$/)
    expect(overview.hotline.phone).toMatch(/^0571-/)
    expect(overview.consentedAt).toBeNull()
    expect(overview.address).toContain('翠苑一区')
  })

  it('needs the sharing consent before the first request', async () => {
    await h().signInAs('u-special')
    await expectServiceError(help().submit(REQUEST, 'no-consent'), 'CONSENT_REQUIRED')
    expect(await help().mine()).toEqual([])
    await help().consent()
    const request = await help().submit(REQUEST, 'with-consent')
    expect(request).toMatchObject({ status: 'submitted', type: 'volunteer', volunteerKind: 'bathing', overdue: false })
    expect(request.timeline.map((entry) => entry.action)).toEqual(['已提交'])
  })

  it('validates at the field and keeps nothing from a refused request; replays by key', async () => {
    await h().signInAs('u-special')
    await help().consent()
    const bad = await expectServiceError(help().submit({ ...REQUEST, phone: '1360581', need: '帮忙' }, 'bad'), 'VALIDATION')
    expect(bad.fieldErrors).toMatchObject({ phone: '手机号码应为11位', need: expect.stringContaining('至少5个字') })
    const first = await help().submit(REQUEST, 'same')
    const again = await help().submit(REQUEST, 'same')
    expect(again.id).toBe(first.id)
    expect(await help().mine()).toHaveLength(1)
  })

  it('runs the whole flow: accept, schedule, complete, follow up, rate', async () => {
    const { id } = await submitted()
    await h().signInAs('u-contact')
    expect((await help().act(id, 'accept', {}, 'a1')).status).toBe('accepted')
    const scheduled = await help().act(id, 'schedule', { visit: { date: '2026-11-27', time: '09:30', visitor: '李慧敏和助浴志愿者' } }, 'a2')
    expect(scheduled).toMatchObject({ status: 'scheduled', visit: { date: '2026-11-27', time: '09:30' } })
    await h().signInAs('u-special')
    expect((await help().detail(id)).visit?.visitor).toBe('李慧敏和助浴志愿者')
    await h().signInAs('u-contact-2')
    // The visit has happened: 已完成 is refused before its time.
    h().clock.set(Date.parse('2026-11-27T11:00:00+08:00'))
    const done = await help().act(id, 'complete', { note: '助浴顺利，老人情绪很好' }, 'a3')
    expect(done.status).toBe('completed')
    const followed = await help().act(id, 'follow-up', { satisfaction: 5, note: '家属很满意' }, 'a4')
    expect(followed.status).toBe('followed-up')
    await h().signInAs('u-special')
    const rated = await help().act(id, 'rate', { stars: 5, note: '谢谢你们' }, 'a5')
    expect(rated.rating).toEqual({ stars: 5, comment: '谢谢你们' })
    expect(rated.timeline.map((entry) => `${entry.actorName}:${entry.action}`)).toEqual([
      '张建国:已提交',
      '李慧敏:已受理',
      '李慧敏:已安排上门',
      '赵志强:已完成',
      '赵志强:已回访',
      '张建国:已评价',
    ])
  })

  it('refuses actions from the wrong status or by the wrong side with CONFLICT', async () => {
    const { id } = await submitted()
    await expectServiceError(help().act(id, 'accept', {}, 'family-accepts'), 'CONFLICT')
    await expectServiceError(help().act(id, 'rate', { stars: 5 }, 'too-early'), 'CONFLICT')
    await h().signInAs('u-contact')
    await expectServiceError(help().act(id, 'complete', { note: '完成了' }, 'skip'), 'CONFLICT')
    await expectServiceError(help().act(id, 'cancel', { note: '不要了' }, 'contact-cancels'), 'CONFLICT')
    const returned = await help().act(id, 'return', { note: '助浴需要先评估身体情况，请先申请走访' }, 'ret')
    expect(returned.status).toBe('returned')
    await expectServiceError(help().act(id, 'accept', {}, 'after-return'), 'CONFLICT')
  })

  it('lets the family cancel before the visit with a reason, and not after it started', async () => {
    const { id } = await submitted()
    await expectServiceError(help().act(id, 'cancel', {}, 'no-reason'), 'VALIDATION')
    await h().signInAs('u-contact')
    await help().act(id, 'accept', {}, 'acc')
    await help().act(id, 'schedule', { visit: { date: '2026-11-24', time: '14:00', visitor: '李慧敏' } }, 'sch')
    await h().signInAs('u-special')
    h().clock.set(Date.parse('2026-11-24T14:00:00+08:00'))
    const late = await expectServiceError(help().act(id, 'cancel', { note: '临时有事' }, 'late'), 'CONFLICT')
    expect(late.message).toContain('上门时间已到')
    h().clock.set(Date.parse('2026-11-24T13:59:00+08:00'))
    expect((await help().act(id, 'cancel', { note: '临时有事' }, 'in-time')).status).toBe('cancelled')
  })

  it('gives the contacts a queue: overdue and urgent first, masked phones and addresses', async () => {
    await submitted()
    await h().signInAs('u-contact')
    const queue = await help().queue()
    expect(queue[0]).toMatchObject({ id: 'help-2', urgent: true, overdue: true, familyName: '王桂英' })
    for (const item of queue) {
      expect(item.phoneMasked).toMatch(/^1\d{2}\*{4}\d{4}$/)
      expect(item.addressMasked).toMatch(/\*{4}$/)
      expect(JSON.stringify(item)).not.toContain('502室')
    }
    expect((await help().queue({ status: 'accepted' })).map((item) => item.id)).toEqual(['help-3'])
    expect((await help().queue({ urgentOnly: true })).every((item) => item.urgent)).toBe(true)
    const overdue = await help().detail('help-2')
    expect(overdue.timeline.at(-1)).toMatchObject({ action: '已超时', note: expect.stringContaining('赵志强') })
    expect(overdue.address).toContain('502室')
  })

  it('escalates a normal request after 24 hours, to the minute', async () => {
    const { id } = await submitted()
    await h().signInAs('u-contact-2')
    h().clock.advance(24 * HOUR - 60_000)
    expect((await help().queue()).find((item) => item.id === id)?.overdue).toBe(false)
    h().clock.advance(60_000)
    expect((await help().queue()).find((item) => item.id === id)?.overdue).toBe(true)
  })

  it.each([
    ['another special family', 'u-special-2'],
    ['a parent', 'u-parent'],
    ['another parent', 'u-parent-2'],
    ['an instructor', 'u-instructor'],
  ])('hides the request from %s', async (_who, identity) => {
    const { id } = await submitted()
    await h().signInAs(identity)
    await expectServiceError(help().detail(id), 'NOT_FOUND')
    await expectServiceError(help().act(id, 'accept', {}, `x-${identity}`), 'NOT_FOUND')
    if (identity !== 'u-special-2') await expectServiceError(help().mine(), 'FORBIDDEN')
    else expect((await help().mine()).map((item) => item.id)).not.toContain(id)
    await expectServiceError(help().queue(), 'FORBIDDEN')
  })

  it('hides the request from a contact who does not serve that family', async () => {
    const { id } = await submitted()
    await h().signInAs('u-contact-3')
    expect(await help().queue()).toEqual([])
    await expectServiceError(help().detail(id), 'NOT_FOUND')
    await expectServiceError(help().act(id, 'accept', {}, 'other-contact'), 'NOT_FOUND')
  })

  it('takes a landline with its area code, keeps it whole for the detail and masks it in the queue', async () => {
    await h().signInAs('u-special')
    await help().consent()
    const bad = await expectServiceError(help().submit({ ...REQUEST, phone: '88912345' }, 'no-area-code'), 'VALIDATION')
    expect(bad.fieldErrors).toEqual({ phone: '固定电话请加上区号，如 0571-88912345' })
    const request = await help().submit({ ...REQUEST, phone: '（0571）8891 2345' }, 'landline')
    expect(request.phone).toBe('0571-88912345')
    await h().signInAs('u-contact')
    const queued = (await help().queue()).find((item) => item.id === request.id)!
    expect(queued.phoneMasked).toBe('0571-****2345')
    expect(JSON.stringify(queued)).not.toContain('88912345')
    expect((await help().detail(request.id)).phone).toBe('0571-88912345')
  })

  it('refuses 已完成 before the visit time with the reason, and takes it from that minute', async () => {
    const { id } = await submitted()
    await h().signInAs('u-contact')
    await help().act(id, 'accept', {}, 'acc')
    await help().act(id, 'schedule', { visit: { date: '2026-11-25', time: '09:30', visitor: '李慧敏' } }, 'sch')
    expect((await help().detail(id)).actions).toEqual(['schedule'])
    h().clock.set(Date.parse('2026-11-25T09:29:00+08:00'))
    const early = await expectServiceError(help().act(id, 'complete', { note: '上门看望，聊了一个上午' }, 'early'), 'CONFLICT')
    expect(early.message).toBe('还没到上门时间（2026-11-25 09:30），上门后才能标记完成')
    expect((await help().detail(id)).status).toBe('scheduled')
    h().clock.set(Date.parse('2026-11-25T09:30:00+08:00'))
    expect((await help().detail(id)).actions).toEqual(['schedule', 'complete'])
    expect((await help().act(id, 'complete', { note: '上门看望，聊了一个上午' }, 'on-time')).status).toBe('completed')
  })

  it('refuses an over-long note on every action at the field, cutting nothing; 200 characters go in whole', async () => {
    const long = '老人情况稳定，家属很满意。'.repeat(16).slice(0, 201)
    const full = long.slice(0, 200)
    const tooLong = { note: '最多200个字，已超出1个字，请删减' }
    const { id } = await submitted()
    await h().signInAs('u-contact')
    expect((await expectServiceError(help().act(id, 'accept', { note: long }, 'acc-long'), 'VALIDATION')).fieldErrors).toEqual(tooLong)
    expect((await help().act(id, 'accept', { note: full }, 'acc')).timeline.at(-1)?.note).toBe(full)
    await help().act(id, 'schedule', { visit: { date: '2026-11-24', time: '08:00', visitor: '李慧敏' } }, 'sch')
    expect((await expectServiceError(help().act(id, 'complete', { note: long }, 'done-long'), 'VALIDATION')).fieldErrors).toEqual(tooLong)
    await help().act(id, 'complete', { note: '上门看望，帮忙联系了社区助餐' }, 'done')
    const followLong = await expectServiceError(help().act(id, 'follow-up', { satisfaction: 5, note: long }, 'fu-long'), 'VALIDATION')
    expect(followLong.fieldErrors).toEqual(tooLong)
    // A missing score and a long note are told together.
    expect((await expectServiceError(help().act(id, 'follow-up', { note: long }, 'fu-both'), 'VALIDATION')).fieldErrors).toEqual({ ...tooLong, satisfaction: '请选择1–5分' })
    expect((await help().detail(id)).status).toBe('completed')
    expect((await help().act(id, 'follow-up', { satisfaction: 5, note: full }, 'fu')).timeline.at(-1)?.note).toBe(`满意度 5 分，${full}`)
    await h().signInAs('u-special')
    expect((await expectServiceError(help().act(id, 'rate', { stars: 5, note: long }, 'rate-long'), 'VALIDATION')).fieldErrors).toEqual(tooLong)
    expect((await help().detail(id)).rating).toBeNull()
    expect((await help().act(id, 'rate', { stars: 5, note: full }, 'rate')).rating).toEqual({ stars: 5, comment: full })
  })

  it('refuses an over-long visitor name instead of cutting it', async () => {
    const { id } = await submitted()
    await h().signInAs('u-contact')
    await help().act(id, 'accept', {}, 'acc')
    const visitor = '李慧敏、心理咨询师周洁、社区医生王建华和助浴志愿者方红、陈小燕'
    const refused = await expectServiceError(help().act(id, 'schedule', { visit: { date: '2026-11-25', time: '09:30', visitor } }, 'sch-long'), 'VALIDATION')
    expect(refused.fieldErrors).toEqual({ visitor: `最多30个字，已超出${visitor.length - 30}个字，请删减` })
    expect((await help().detail(id)).visit).toBeNull()
  })

  it('needs signing in', async () => {
    await expectServiceError(help().detail('help-2'), 'UNAUTHENTICATED')
    await expectServiceError(help().overview(), 'UNAUTHENTICATED')
  })
})
