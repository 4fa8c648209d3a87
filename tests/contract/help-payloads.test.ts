import type { HelpDetail, HelpInput } from '@/contract/help'
import type { HelpStatus } from '@/domain/help'
import { expectServiceError } from '../support/expect-error'
import { describeContract, type ContractHarness } from '../support/transports'
import { BATHING_REQUEST } from '../support/help-request'

// What a hostile or outdated client sends where the contract wants something else. Now is
// 2026-11-24 10:00; 张建国 (u-special) is served by 李慧敏 (u-contact) and 赵志强 (u-contact-2).
const REQUEST = BATHING_REQUEST
const VISIT = { date: '2026-11-24', time: '08:00', visitor: '李慧敏' }
/** Every field any action could want: a bad action must not be let through by what else is sent. */
const EVERYTHING = { note: '都处理好了，老人很满意', visit: VISIT, stars: 5, satisfaction: 5 }
const NOT_ACTIONS: unknown[] = [['schedule'], ['complete'], ['follow-up'], ['return'], ['rate'], 42, null, true, {}, '', 'delete', '__proto__', 'constructor', 'toString', 'ACCEPT']

type H = () => ContractHarness

async function submit(h: H, key: string, request: Partial<HelpInput> = {}): Promise<HelpDetail> {
  await h().signInAs('u-special')
  await h().call('help.consent')
  return h().call('help.submit', { request: { ...REQUEST, ...request } }, { idempotencyKey: key })
}

/** One request in each status, named by it. */
async function oneOfEach(h: H): Promise<Record<HelpStatus, string>> {
  const ids = {} as Record<HelpStatus, string>
  const statuses: HelpStatus[] = ['submitted', 'accepted', 'scheduled', 'completed', 'followed-up', 'cancelled', 'returned']
  for (const status of statuses) ids[status] = (await submit(h, `submit-${status}`)).id
  await h().call('help.act', { id: ids.cancelled, action: 'cancel', note: '家里人回来了，不用了' }, { idempotencyKey: 'cancel' })
  await h().signInAs('u-contact')
  const act = (id: string, key: string, payload: Record<string, unknown>) => h().rawCall('help.act', { id, ...payload }, { idempotencyKey: key })
  for (const status of ['accepted', 'scheduled', 'completed', 'followed-up'] as const) await act(ids[status], `accept-${status}`, { action: 'accept' })
  for (const status of ['scheduled', 'completed', 'followed-up'] as const) await act(ids[status], `schedule-${status}`, { action: 'schedule', visit: VISIT })
  for (const status of ['completed', 'followed-up'] as const) await act(ids[status], `complete-${status}`, { action: 'complete', note: '助浴顺利' })
  await act(ids['followed-up'], 'follow-up', { action: 'follow-up', satisfaction: 5 })
  await act(ids.returned, 'return', { action: 'return', note: '请先申请走访评估' })
  for (const [status, id] of Object.entries(ids)) expect((await h().call('help.detail', { id })).status).toBe(status)
  return ids
}

describeContract('暖心服务 help: payloads outside the contract', (h) => {
  it.each([
    ['the family', 'u-special'],
    ['a contact', 'u-contact'],
  ])('no action outside the closed set moves a request in any status, whatever else is sent (%s)', async (_who, identity) => {
    const ids = await oneOfEach(h)
    await h().signInAs(identity)
    for (const id of Object.values(ids)) {
      const before = await h().call('help.detail', { id })
      for (const [index, action] of NOT_ACTIONS.entries()) {
        const refused = await expectServiceError(h().rawCall('help.act', { id, action, ...EVERYTHING }, { idempotencyKey: `${id}-${index}` }), 'VALIDATION')
        expect(refused.message).toBe('请选择要做的操作')
        expect(refused.message).not.toContain('native code')
      }
      await expectServiceError(h().rawCall('help.act', { id, ...EVERYTHING }, { idempotencyKey: `${id}-none` }), 'VALIDATION')
      expect(await h().call('help.detail', { id })).toEqual(before)
    }
  })

  it('安排上门 needs a visit with a real date, an HH:MM time and a visitor in words', async () => {
    const { id } = await submit(h, 's')
    await h().signInAs('u-contact')
    await h().call('help.act', { id, action: 'accept' }, { idempotencyKey: 'acc' })
    const bad: Array<[unknown, string]> = [
      [{ ...VISIT, time: ['09:30'] }, 'time'],
      [undefined, 'visit'],
      [null, 'visit'],
      ['2026-11-25 09:30', 'visit'],
      [{ ...VISIT, time: '9:30' }, 'time'],
      [{ ...VISIT, time: '24:00' }, 'time'],
      [{ ...VISIT, time: 930 }, 'time'],
      [{ ...VISIT, date: '2026-11-31' }, 'date'],
      [{ ...VISIT, date: '2026-11-25T09:30' }, 'date'],
      [{ ...VISIT, date: ['2026-11-25'] }, 'date'],
      [{ ...VISIT, visitor: { name: '李慧敏' } }, 'visitor'],
      [{ ...VISIT, visitor: '   ' }, 'visitor'],
      [{ date: VISIT.date, time: VISIT.time }, 'visitor'],
    ]
    for (const [index, [visit, field]] of bad.entries()) {
      const refused = await expectServiceError(h().rawCall('help.act', { id, action: 'schedule', visit, note: '看看' }, { idempotencyKey: `bad-${index}` }), 'VALIDATION')
      expect(Object.keys(refused.fieldErrors ?? {})).toEqual([field])
    }
    const after = await h().call('help.detail', { id })
    expect(after).toMatchObject({ status: 'accepted', visit: null })
    expect(after.timeline).toHaveLength(2)
    // Once arranged, the visit's time is a time: cancelling is refused from that minute.
    await h().call('help.act', { id, action: 'schedule', visit: { date: '2026-11-25', time: '09:30', visitor: '李慧敏' } }, { idempotencyKey: 'ok' })
    await h().signInAs('u-special')
    h().clock.set(Date.parse('2026-11-25T09:30:00+08:00'))
    await expectServiceError(h().call('help.act', { id, action: 'cancel', note: '临时有事' }, { idempotencyKey: 'late' }), 'CONFLICT')
  })

  it('each action carries its own fields: a note to 完成/退回/取消, a 1–5 score to 回访 and 评价', async () => {
    const { id } = await submit(h, 's')
    await h().signInAs('u-contact')
    const note = async (payload: Record<string, unknown>, key: string) =>
      (await expectServiceError(h().rawCall('help.act', { id, ...payload }, { idempotencyKey: key }), 'VALIDATION')).fieldErrors
    expect(await note({ action: 'return' }, 'r1')).toEqual({ note: '请填写退回原因' })
    expect(await note({ action: 'return', note: { reason: '不符合条件' } }, 'r2')).toEqual({ note: '说明请填写文字' })
    expect(await note({ action: 'return', note: ['不符合条件'] }, 'r3')).toEqual({ note: '说明请填写文字' })
    await h().call('help.act', { id, action: 'accept', note: '' }, { idempotencyKey: 'acc' })
    await h().call('help.act', { id, action: 'schedule', visit: VISIT }, { idempotencyKey: 'sch' })
    expect(await note({ action: 'complete' }, 'c1')).toEqual({ note: '请填写上门或电话联系的情况' })
    expect(await note({ action: 'complete', note: { text: '助浴顺利' } }, 'c2')).toEqual({ note: '说明请填写文字' })
    expect((await h().call('help.detail', { id })).status).toBe('scheduled')
    await h().call('help.act', { id, action: 'complete', note: '助浴顺利' }, { idempotencyKey: 'done' })
    for (const [index, satisfaction] of [undefined, null, 0, 6, 4.5, '5', [5], { score: 5 }].entries()) {
      expect(await note({ action: 'follow-up', satisfaction }, `f${index}`)).toEqual({ satisfaction: '请选择1–5分' })
    }
    await h().signInAs('u-special')
    for (const [index, stars] of [undefined, null, 0, 6, '5', [5]].entries()) {
      expect(await note({ action: 'rate', stars, note: '谢谢' }, `s${index}`)).toEqual({ stars: '请选择1–5分' })
    }
    expect((await h().call('help.detail', { id })).rating).toBeNull()
    await h().call('help.act', { id, action: 'rate', stars: 4, note: '谢谢' }, { idempotencyKey: 'rate' })
    // Rated once: again is refused, with stars or without, as an array or not.
    await expectServiceError(h().call('help.act', { id, action: 'rate', stars: 1 }, { idempotencyKey: 'rate-2' }), 'CONFLICT')
    await expectServiceError(h().rawCall('help.act', { id, action: ['rate'] }, { idempotencyKey: 'rate-3' }), 'VALIDATION')
    const final = await h().call('help.detail', { id })
    expect(final.rating).toEqual({ stars: 4, comment: '谢谢' })
    expect(final.timeline.map((entry) => entry.action)).toEqual(['已提交', '已受理', '已安排上门', '已完成', '已评价'])
  })

  it('fields another action would carry are dropped, not written', async () => {
    const { id } = await submit(h, 's')
    await h().signInAs('u-contact')
    const accepted = (await h().rawCall('help.act', { id, action: 'accept', ...EVERYTHING, status: 'completed' }, { idempotencyKey: 'acc' })) as HelpDetail
    expect(accepted).toMatchObject({ status: 'accepted', visit: null, rating: null })
  })

  it('a volunteer kind is one of 家政, 助浴, 就医陪同; a type one of the five', async () => {
    await submit(h, 'consent-only', {})
    for (const [index, volunteerKind] of ['constructor', '__proto__', 'toString', 'cooking', ['escort'], { kind: 'escort' }, 3].entries()) {
      const refused = await expectServiceError(h().rawCall('help.submit', { request: { ...REQUEST, volunteerKind } }, { idempotencyKey: `kind-${index}` }), 'VALIDATION')
      expect(refused.fieldErrors).toEqual({ volunteerKind: '请选择需要哪种志愿服务' })
    }
    for (const [index, type] of ['constructor', 'hasOwnProperty', ['visit'], null].entries()) {
      const refused = await expectServiceError(h().rawCall('help.submit', { request: { ...REQUEST, type } }, { idempotencyKey: `type-${index}` }), 'VALIDATION')
      expect(refused.fieldErrors).toEqual({ type: '请选择求助类型' })
    }
    expect(await h().call('help.mine')).toHaveLength(1)
    await h().signInAs('u-contact')
    const mine = (await h().call('help.queue')).filter((item) => item.familyName === '张建国')
    expect(mine.map((item) => item.volunteerKind)).toEqual(['bathing'])
  })

  it('text fields take text: an object or a list is refused, never kept as “[object Object]”', async () => {
    await submit(h, 'consent-only')
    const fields: Array<[keyof HelpInput, unknown]> = [
      ['need', { text: '想请人来看看老伴' }],
      ['need', ['想请人来看看老伴']],
      ['address', { road: '文一路' }],
      ['phone', { mobile: '13605819876' }],
      ['preferredDate', { date: '2026-11-27' }],
      ['halfDay', ['am']],
      ['urgent', 'true'],
      ['need', '好'.repeat(10_000)],
    ]
    for (const [index, [field, value]] of fields.entries()) {
      const refused = await expectServiceError(h().rawCall('help.submit', { request: { ...REQUEST, [field]: value } }, { idempotencyKey: `text-${index}` }), 'VALIDATION')
      expect(Object.keys(refused.fieldErrors ?? {})).toEqual([field])
    }
    for (const [index, request] of [null, [], 'request', { ...REQUEST, need: undefined }].entries()) {
      await expectServiceError(h().rawCall('help.submit', { request }, { idempotencyKey: `whole-${index}` }), 'VALIDATION')
    }
    const mine = await h().call('help.mine')
    expect(mine).toHaveLength(1)
    expect(JSON.stringify(await h().call('help.detail', { id: mine[0].id }))).not.toContain('[object Object]')
  })

  it.each([['__proto__'], ['constructor'], ['toString'], [['help-1']], [{ id: 'help-1' }], [42], ['help-1<script>']])('a request named %p is refused as malformed', async (id) => {
    await h().signInAs('u-contact')
    await expectServiceError(h().rawCall('help.detail', { id }), 'VALIDATION')
    await expectServiceError(h().rawCall('help.act', { id, action: 'accept' }, { idempotencyKey: 'x' }), 'VALIDATION')
  })

  it('the queue filter takes a status of the flow only', async () => {
    await h().signInAs('u-contact')
    for (const status of ['constructor', '__proto__', ['accepted'], 'ACCEPTED']) {
      await expectServiceError(h().rawCall('help.queue', { status }), 'VALIDATION')
    }
    await expectServiceError(h().rawCall('help.queue', { urgentOnly: 'yes' }), 'VALIDATION')
    expect((await h().call('help.queue', { status: 'accepted' })).map((item) => item.id)).toEqual(['help-3'])
  })

  it('lists mask phone and ID numbers typed into the need, and show an address up to its street', async () => {
    const need = '打儿子13805711234或家0571-8888 6666'
    const { id } = await submit(h, 'phones', { need, address: '文一路5号301' })
    const idNumber = await h().call('help.submit', { request: { ...REQUEST, type: 'insurance', volunteerKind: null, need: '身份证33010619800101123X，请帮忙办补助' } }, { idempotencyKey: 'id-number' })
    const short = await h().call('help.submit', { request: { ...REQUEST, address: '12幢301', need: '想请人11月26日上午来家里看看' } }, { idempotencyKey: 'short' })
    const mine = await h().call('help.mine')
    await h().signInAs('u-contact')
    const queue = await h().call('help.queue')
    for (const list of [mine, queue]) {
      const item = (wanted: string) => list.find((entry) => entry.id === wanted)!
      expect(item(id).needPreview).toBe('打儿子138****1234或家0571-****6666')
      expect(item(id).addressMasked).toBe('文一路****')
      expect(item(idNumber.id).needPreview).toBe('身份证330106********123X，请帮忙办补助')
      for (const wanted of [id, idNumber.id, short.id]) expect(`${item(wanted).needPreview} ${item(wanted).addressMasked}`).not.toMatch(/\d{7}|5号301|12幢|单元/)
      expect(item(short.id).addressMasked).toBe('****')
      expect(item(short.id).needPreview).toBe('想请人11月26日上午来家里看看')
    }
    // The detail page is for the family and its contacts: everything as written.
    expect(await h().call('help.detail', { id })).toMatchObject({ need, address: '文一路5号301' })
  })
})
