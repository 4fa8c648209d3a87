import { expectServiceError } from '../support/expect-error'
import { describeContract } from '../support/transports'
import { BATHING_REQUEST } from '../support/help-request'

// 张建国 (u-special) has contacts 李慧敏 (u-contact) and 赵志强 (u-contact-2), no requests and no
// consent yet. 王桂英 (u-special-2) has the same contacts and three seeded requests.
const REQUEST = BATHING_REQUEST
const HOUR = 3_600_000

describeContract('暖心服务 help', (h) => {
  async function submitted() {
    await h().signInAs('u-special')
    await h().call('help.consent')
    return h().call('help.submit', { request: REQUEST }, { idempotencyKey: 'submit-1' })
  }

  it('shows the family its two contacts by name with their phones, and the hotline', async () => {
    await h().signInAs('u-special')
    const overview = await h().call('help.overview')
    expect(overview.contacts.map((c) => c.name)).toEqual(['李慧敏', '赵志强'])
    expect(overview.contacts[0].phone).toMatch(/^1\d{10}$/)
    expect(overview.hotline.phone).toMatch(/^0571-/)
    expect(overview.consentedAt).toBeNull()
    expect(overview.address).toContain('翠苑一区')
  })

  it('needs the sharing consent before the first request', async () => {
    await h().signInAs('u-special')
    await expectServiceError(h().call('help.submit', { request: REQUEST }, { idempotencyKey: 'no-consent' }), 'CONSENT_REQUIRED')
    expect(await h().call('help.mine')).toEqual([])
    await h().call('help.consent')
    const request = await h().call('help.submit', { request: REQUEST }, { idempotencyKey: 'with-consent' })
    expect(request).toMatchObject({ status: 'submitted', type: 'volunteer', volunteerKind: 'bathing', overdue: false })
    expect(request.timeline.map((entry) => entry.action)).toEqual(['已提交'])
  })

  it('validates at the field and keeps nothing from a refused request; replays by key', async () => {
    await h().signInAs('u-special')
    await h().call('help.consent')
    const bad = await expectServiceError(h().call('help.submit', { request: { ...REQUEST, phone: '1360581', need: '帮忙' } }, { idempotencyKey: 'bad' }), 'VALIDATION')
    expect(bad.fieldErrors).toMatchObject({ phone: '手机号码应为11位', need: expect.stringContaining('至少5个字') })
    const first = await h().call('help.submit', { request: REQUEST }, { idempotencyKey: 'same' })
    const again = await h().call('help.submit', { request: REQUEST }, { idempotencyKey: 'same' })
    expect(again.id).toBe(first.id)
    expect(await h().call('help.mine')).toHaveLength(1)
  })

  it('runs the whole flow: accept, schedule, complete, follow up, rate', async () => {
    const { id } = await submitted()
    await h().signInAs('u-contact')
    expect((await h().call('help.act', { id, action: 'accept' }, { idempotencyKey: 'a1' })).status).toBe('accepted')
    const scheduled = await h().call('help.act', { id, action: 'schedule', visit: { date: '2026-11-27', time: '09:30', visitor: '李慧敏和助浴志愿者' } }, { idempotencyKey: 'a2' })
    expect(scheduled).toMatchObject({ status: 'scheduled', visit: { date: '2026-11-27', time: '09:30' } })
    await h().signInAs('u-special')
    expect((await h().call('help.detail', { id: id })).visit?.visitor).toBe('李慧敏和助浴志愿者')
    await h().signInAs('u-contact-2')
    // The visit has happened: 已完成 is refused before its time.
    h().clock.set(Date.parse('2026-11-27T11:00:00+08:00'))
    const done = await h().call('help.act', { id, action: 'complete', note: '助浴顺利，老人情绪很好' }, { idempotencyKey: 'a3' })
    expect(done.status).toBe('completed')
    const followed = await h().call('help.act', { id, action: 'follow-up', satisfaction: 5, note: '家属很满意' }, { idempotencyKey: 'a4' })
    expect(followed.status).toBe('followed-up')
    await h().signInAs('u-special')
    const rated = await h().call('help.act', { id, action: 'rate', stars: 5, note: '谢谢你们' }, { idempotencyKey: 'a5' })
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
    await expectServiceError(h().call('help.act', { id, action: 'accept' }, { idempotencyKey: 'family-accepts' }), 'CONFLICT')
    await expectServiceError(h().call('help.act', { id, action: 'rate', stars: 5 }, { idempotencyKey: 'too-early' }), 'CONFLICT')
    await h().signInAs('u-contact')
    await expectServiceError(h().call('help.act', { id, action: 'complete', note: '完成了' }, { idempotencyKey: 'skip' }), 'CONFLICT')
    await expectServiceError(h().call('help.act', { id, action: 'cancel', note: '不要了' }, { idempotencyKey: 'contact-cancels' }), 'CONFLICT')
    const returned = await h().call('help.act', { id, action: 'return', note: '助浴需要先评估身体情况，请先申请走访' }, { idempotencyKey: 'ret' })
    expect(returned.status).toBe('returned')
    await expectServiceError(h().call('help.act', { id, action: 'accept' }, { idempotencyKey: 'after-return' }), 'CONFLICT')
  })

  it('lets the family cancel before the visit with a reason, and not after it started', async () => {
    const { id } = await submitted()
    await expectServiceError(h().rawCall('help.act', { id, action: 'cancel' }, { idempotencyKey: 'no-reason' }), 'VALIDATION')
    await h().signInAs('u-contact')
    await h().call('help.act', { id, action: 'accept' }, { idempotencyKey: 'acc' })
    await h().call('help.act', { id, action: 'schedule', visit: { date: '2026-11-24', time: '14:00', visitor: '李慧敏' } }, { idempotencyKey: 'sch' })
    await h().signInAs('u-special')
    h().clock.set(Date.parse('2026-11-24T14:00:00+08:00'))
    const late = await expectServiceError(h().call('help.act', { id, action: 'cancel', note: '临时有事' }, { idempotencyKey: 'late' }), 'CONFLICT')
    expect(late.message).toContain('上门时间已到')
    h().clock.set(Date.parse('2026-11-24T13:59:00+08:00'))
    expect((await h().call('help.act', { id, action: 'cancel', note: '临时有事' }, { idempotencyKey: 'in-time' })).status).toBe('cancelled')
  })

  it('gives the contacts a queue: overdue and urgent first, masked phones and addresses', async () => {
    await submitted()
    await h().signInAs('u-contact')
    const queue = await h().call('help.queue')
    expect(queue[0]).toMatchObject({ id: 'help-2', urgent: true, overdue: true, familyName: '王桂英' })
    for (const item of queue) {
      expect(item.phoneMasked).toMatch(/^1\d{2}\*{4}\d{4}$/)
      expect(item.addressMasked).toMatch(/\*{4}$/)
      expect(JSON.stringify(item)).not.toContain('502室')
    }
    expect((await h().call('help.queue', { status: 'accepted' })).map((item) => item.id)).toEqual(['help-3'])
    expect((await h().call('help.queue', { urgentOnly: true })).every((item) => item.urgent)).toBe(true)
    const overdue = await h().call('help.detail', { id: 'help-2' })
    expect(overdue.timeline.at(-1)).toMatchObject({ action: '已超时', note: expect.stringContaining('赵志强') })
    expect(overdue.address).toContain('502室')
  })

  it('escalates a normal request after 24 hours, to the minute', async () => {
    const { id } = await submitted()
    await h().signInAs('u-contact-2')
    h().clock.advance(24 * HOUR - 60_000)
    expect((await h().call('help.queue')).find((item) => item.id === id)?.overdue).toBe(false)
    h().clock.advance(60_000)
    expect((await h().call('help.queue')).find((item) => item.id === id)?.overdue).toBe(true)
  })

  it.each([
    ['another special family', 'u-special-2'],
    ['a parent', 'u-parent'],
    ['another parent', 'u-parent-2'],
    ['an instructor', 'u-instructor'],
  ])('hides the request from %s', async (_who, identity) => {
    const { id } = await submitted()
    await h().signInAs(identity)
    await expectServiceError(h().call('help.detail', { id: id }), 'NOT_FOUND')
    await expectServiceError(h().call('help.act', { id, action: 'accept' }, { idempotencyKey: `x-${identity}` }), 'NOT_FOUND')
    if (identity !== 'u-special-2') await expectServiceError(h().call('help.mine'), 'FORBIDDEN')
    else expect((await h().call('help.mine')).map((item) => item.id)).not.toContain(id)
    await expectServiceError(h().call('help.queue'), 'FORBIDDEN')
  })

  it('hides the request from a contact who does not serve that family', async () => {
    const { id } = await submitted()
    await h().signInAs('u-contact-3')
    expect(await h().call('help.queue')).toEqual([])
    await expectServiceError(h().call('help.detail', { id: id }), 'NOT_FOUND')
    await expectServiceError(h().call('help.act', { id, action: 'accept' }, { idempotencyKey: 'other-contact' }), 'NOT_FOUND')
  })

  it('takes a landline with its area code, keeps it whole for the detail and masks it in the queue', async () => {
    await h().signInAs('u-special')
    await h().call('help.consent')
    const bad = await expectServiceError(h().call('help.submit', { request: { ...REQUEST, phone: '88912345' } }, { idempotencyKey: 'no-area-code' }), 'VALIDATION')
    expect(bad.fieldErrors).toEqual({ phone: '固定电话请加上区号，如 0571-88912345' })
    const request = await h().call('help.submit', { request: { ...REQUEST, phone: '（0571）8891 2345' } }, { idempotencyKey: 'landline' })
    expect(request.phone).toBe('0571-88912345')
    await h().signInAs('u-contact')
    const queued = (await h().call('help.queue')).find((item) => item.id === request.id)!
    expect(queued.phoneMasked).toBe('0571-****2345')
    expect(JSON.stringify(queued)).not.toContain('88912345')
    expect((await h().call('help.detail', { id: request.id })).phone).toBe('0571-88912345')
  })

  it('refuses 已完成 before the visit time with the reason, and takes it from that minute', async () => {
    const { id } = await submitted()
    await h().signInAs('u-contact')
    await h().call('help.act', { id, action: 'accept' }, { idempotencyKey: 'acc' })
    await h().call('help.act', { id, action: 'schedule', visit: { date: '2026-11-25', time: '09:30', visitor: '李慧敏' } }, { idempotencyKey: 'sch' })
    expect((await h().call('help.detail', { id: id })).actions).toEqual(['schedule'])
    h().clock.set(Date.parse('2026-11-25T09:29:00+08:00'))
    const early = await expectServiceError(h().call('help.act', { id, action: 'complete', note: '上门看望，聊了一个上午' }, { idempotencyKey: 'early' }), 'CONFLICT')
    expect(early.message).toBe('还没到上门时间（2026-11-25 09:30），上门后才能标记完成')
    expect((await h().call('help.detail', { id: id })).status).toBe('scheduled')
    h().clock.set(Date.parse('2026-11-25T09:30:00+08:00'))
    expect((await h().call('help.detail', { id: id })).actions).toEqual(['schedule', 'complete'])
    expect((await h().call('help.act', { id, action: 'complete', note: '上门看望，聊了一个上午' }, { idempotencyKey: 'on-time' })).status).toBe('completed')
  })

  it('refuses an over-long note on every action at the field, cutting nothing; 200 characters go in whole', async () => {
    const long = '老人情况稳定，家属很满意。'.repeat(16).slice(0, 201)
    const full = long.slice(0, 200)
    const tooLong = { note: '最多200个字，已超出1个字，请删减' }
    const { id } = await submitted()
    await h().signInAs('u-contact')
    expect((await expectServiceError(h().call('help.act', { id, action: 'accept', note: long }, { idempotencyKey: 'acc-long' }), 'VALIDATION')).fieldErrors).toEqual(tooLong)
    expect((await h().call('help.act', { id, action: 'accept', note: full }, { idempotencyKey: 'acc' })).timeline.at(-1)?.note).toBe(full)
    await h().call('help.act', { id, action: 'schedule', visit: { date: '2026-11-24', time: '08:00', visitor: '李慧敏' } }, { idempotencyKey: 'sch' })
    expect((await expectServiceError(h().call('help.act', { id, action: 'complete', note: long }, { idempotencyKey: 'done-long' }), 'VALIDATION')).fieldErrors).toEqual(tooLong)
    await h().call('help.act', { id, action: 'complete', note: '上门看望，帮忙联系了社区助餐' }, { idempotencyKey: 'done' })
    const followLong = await expectServiceError(h().call('help.act', { id, action: 'follow-up', satisfaction: 5, note: long }, { idempotencyKey: 'fu-long' }), 'VALIDATION')
    expect(followLong.fieldErrors).toEqual(tooLong)
    // A missing score and a long note are told together.
    expect((await expectServiceError(h().rawCall('help.act', { id, action: 'follow-up', note: long }, { idempotencyKey: 'fu-both' }), 'VALIDATION')).fieldErrors).toEqual({ ...tooLong, satisfaction: '请选择1–5分' })
    expect((await h().call('help.detail', { id: id })).status).toBe('completed')
    expect((await h().call('help.act', { id, action: 'follow-up', satisfaction: 5, note: full }, { idempotencyKey: 'fu' })).timeline.at(-1)?.note).toBe(`满意度 5 分，${full}`)
    await h().signInAs('u-special')
    expect((await expectServiceError(h().call('help.act', { id, action: 'rate', stars: 5, note: long }, { idempotencyKey: 'rate-long' }), 'VALIDATION')).fieldErrors).toEqual(tooLong)
    expect((await h().call('help.detail', { id: id })).rating).toBeNull()
    expect((await h().call('help.act', { id, action: 'rate', stars: 5, note: full }, { idempotencyKey: 'rate' })).rating).toEqual({ stars: 5, comment: full })
  })

  it('refuses an over-long visitor name instead of cutting it', async () => {
    const { id } = await submitted()
    await h().signInAs('u-contact')
    await h().call('help.act', { id, action: 'accept' }, { idempotencyKey: 'acc' })
    const visitor = '李慧敏、心理咨询师周洁、社区医生王建华和助浴志愿者方红、陈小燕'
    const refused = await expectServiceError(h().call('help.act', { id, action: 'schedule', visit: { date: '2026-11-25', time: '09:30', visitor } }, { idempotencyKey: 'sch-long' }), 'VALIDATION')
    expect(refused.fieldErrors).toEqual({ visitor: `最多30个字，已超出${visitor.length - 30}个字，请删减` })
    expect((await h().call('help.detail', { id: id })).visit).toBeNull()
  })

  it('needs signing in', async () => {
    await expectServiceError(h().call('help.detail', { id: 'help-2' }), 'UNAUTHENTICATED')
    await expectServiceError(h().call('help.overview'), 'UNAUTHENTICATED')
  })
})
