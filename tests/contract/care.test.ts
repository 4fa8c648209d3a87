import type { ContactLogInput } from '@/contract/care'
import { expectServiceError } from '../support/expect-error'
import { BATHING_REQUEST } from '../support/help-request'
import { describeContract } from '../support/transports'

// The clock is 2026-11-24. 李慧敏 (u-contact) is the community contact of seven families in
// 翠苑一区/二区, shared with the street's 赵志强 (u-contact-2), who also has 翠苑三区's six with
// 钱晓燕 (u-contact-4). 张建国 (u-special) was last called 35 days ago: monthly calls make him
// five days overdue, her one overdue family. 孙丽 (u-contact-3) serves 米市巷 only.
const TODAY = '2026-11-24'
const CALL: ContactLogInput = { kind: 'call', date: TODAY, durationMinutes: 20, state: 'stable', note: '老张说这几天降温，膝盖有点疼，已提醒他去社区医院。', nextContactDate: null }
const PHONE_IN = { ...BATHING_REQUEST, type: 'visit' as const, volunteerKind: null, need: '老张打电话说想请联系人这周上门坐坐，聊聊天。', familyAgreed: true as const }

describeContract('暖心服务: the contacts’ own care', (h) => {
  const log = (familyId: string, input: ContactLogInput, key = 'log') => h().call('care.log', { familyId, log: input }, { idempotencyKey: key })

  it('李慧敏 sees her seven families, the overdue one first, and no notes in the list', async () => {
    await h().signInAs('u-contact')
    const families = await h().call('care.families')
    expect(families).toHaveLength(7)
    expect(families[0]).toMatchObject({ familyId: 'u-special', name: '张建国', overdue: ['call'], daysOverdue: 5, lastContact: '2026-10-20', otherContact: '赵志强' })
    expect(families.slice(1).every((family) => family.overdue.length === 0)).toBe(true)
    // Then by the soonest due.
    const dues = families.slice(1).map((family) => family.nextDue)
    expect(dues).toEqual([...dues].sort())
    expect(families.find((family) => family.name === '王桂英')).toMatchObject({ openRequests: 2 })
    for (const family of families) expect(family.addressMasked).not.toMatch(/\d+室/)
    expect(JSON.stringify(families)).not.toContain('睡不好')
  })

  it('a street contact sees both communities’ families; each contact only their own', async () => {
    await h().signInAs('u-contact-2')
    const street = await h().call('care.families')
    expect(street).toHaveLength(13)
    expect(street.filter((family) => family.overdue.length > 0).map((family) => family.name).sort()).toEqual(['张建国', '朱玉珍', '沈月娥'].sort())
    await h().signInAs('u-contact-3')
    const other = await h().call('care.families')
    expect(other.map((family) => family.familyId)).not.toContain('u-special')
    await expectServiceError(h().call('care.family', { familyId: 'u-special' }), 'NOT_FOUND')
  })

  it('the family page: the whole address and phone, the cadence, every contact with its private note, the requests', async () => {
    await h().signInAs('u-contact')
    const family = await h().call('care.family', { familyId: 'u-special' })
    expect(family.address).toBe('杭州市西湖区翠苑一区12幢2单元301室')
    expect(family.phone).toBe('13605819876')
    expect(family.cadence).toMatchObject({ callEveryDays: 30, visitEveryDays: 90 })
    expect(family.logs.map((entry) => [entry.date, entry.kind, entry.byName])).toEqual([
      ['2026-10-20', 'call', '李慧敏'],
      ['2026-10-05', 'visit', '李慧敏'],
    ])
    expect(family.logs[1].note).toContain('睡不好')
    expect(family.contacts.map((contact) => contact.name)).toEqual(['李慧敏', '赵志强'])
  })

  it('logging a call clears the overdue flag for both contacts and counts from today', async () => {
    await h().signInAs('u-contact')
    const { family, openedRequest } = await log('u-special', CALL)
    expect(openedRequest).toBeNull()
    expect(family).toMatchObject({ overdue: [], daysOverdue: 0, lastContact: TODAY, nextDue: '2026-12-24' })
    expect(family.logs[0]).toMatchObject({ kind: 'call', date: TODAY, byName: '李慧敏', note: CALL.note })
    // Replayed by its key, nothing is logged twice.
    await log('u-special', CALL)
    expect((await h().call('care.family', { familyId: 'u-special' })).logs).toHaveLength(3)
    await h().signInAs('u-contact-2')
    const street = await h().call('care.families')
    expect(street.find((entry) => entry.familyId === 'u-special')).toMatchObject({ overdue: [], lastContact: TODAY })
  })

  it('a next-contact date agreed with the family brings the next call forward', async () => {
    await h().signInAs('u-contact')
    const { family } = await log('u-special', { ...CALL, nextContactDate: '2026-12-01' })
    expect(family.nextDue).toBe('2026-12-01')
    expect(family.logs[0].nextContactDate).toBe('2026-12-01')
  })

  it('需紧急帮助 opens an urgent request in the family’s name, accepted by the contact, and the note stays private', async () => {
    await h().signInAs('u-contact')
    const { openedRequest, family } = await log('u-special', { ...CALL, kind: 'visit', state: 'urgent', note: '老张在家摔了一跤，起不来，邻居在陪着。' })
    // Found on a visit, not asked for on the phone: not 电话代录, but the timeline says who filed it.
    expect(openedRequest).toMatchObject({ type: 'visit', urgent: true, status: 'accepted', familyName: '张建国', phoneInBy: null, preferredDate: TODAY })
    expect(openedRequest?.timeline[0]).toMatchObject({ action: '已提交', actorName: '李慧敏', note: '上门联系中发现需紧急帮助，由李慧敏代为登记 · 紧急' })
    expect(openedRequest?.need).toBe('李慧敏上门时发现家里需要紧急帮助，请尽快安排跟进。')
    expect(openedRequest?.need).not.toContain('摔了一跤')
    expect(family.openRequests).toBe(1)
    await h().signInAs('u-special')
    const mine = await h().call('help.mine')
    expect(mine.map((request) => request.id)).toEqual([openedRequest?.id])
    const seen = await h().call('help.detail', { id: openedRequest!.id })
    expect(JSON.stringify(seen)).not.toContain('摔了一跤')
  })

  it('refuses a log that breaks the rules, at its fields, and stores nothing', async () => {
    await h().signInAs('u-contact')
    const wrong = await expectServiceError(
      log('u-special', { ...CALL, date: '2026-11-25', durationMinutes: 0, nextContactDate: '2027-06-01' }, 'wrong'),
      'VALIDATION',
    )
    expect(wrong.fieldErrors).toEqual({
      date: '联系日期不能晚于今天',
      durationMinutes: '通话或走访时长请填写1到600分钟',
      nextContactDate: '下次联系日期应在今天之后、180天以内',
    })
    const kind = await expectServiceError(h().rawCall('care.log', { familyId: 'u-special', log: { ...CALL, kind: 'letter' } }, { idempotencyKey: 'kind' }), 'VALIDATION')
    expect(kind.fieldErrors).toEqual({ kind: '请选择联系方式' })
    expect((await h().call('care.family', { familyId: 'u-special' })).logs).toHaveLength(2)
  })

  it('电话代录: a request filed for 张建国, which he sees in 我的求助, can cancel, and his other contact handles', async () => {
    await h().signInAs('u-contact')
    const filed = await h().call('care.phoneIn', { familyId: 'u-special', request: PHONE_IN }, { idempotencyKey: 'phone-in' })
    expect(filed).toMatchObject({ status: 'submitted', familyName: '张建国', phoneInBy: '李慧敏', type: 'visit' })
    expect(filed.timeline[0]).toMatchObject({ action: '已提交', actorName: '李慧敏', note: '电话代录（李慧敏接听）' })

    await h().signInAs('u-contact-2')
    expect((await h().call('help.queue')).map((request) => request.id)).toContain(filed.id)

    await h().signInAs('u-special')
    const [mine] = await h().call('help.mine')
    expect(mine).toMatchObject({ id: filed.id, phoneInBy: '李慧敏' })
    const detail = await h().call('help.detail', { id: filed.id })
    expect(detail.actions).toContain('cancel')
    const cancelled = await h().call('help.act', { id: filed.id, action: 'cancel', note: '女儿这周回来陪我了' }, { idempotencyKey: 'cancel' })
    expect(cancelled.status).toBe('cancelled')
  })

  it('电话代录 needs the family’s agreement and the form’s own rules', async () => {
    await h().signInAs('u-contact')
    const agreed = await expectServiceError(h().rawCall('care.phoneIn', { familyId: 'u-special', request: { ...PHONE_IN, familyAgreed: false } }, { idempotencyKey: 'a' }), 'VALIDATION')
    expect(agreed.fieldErrors).toEqual({ familyAgreed: '请确认已在电话中征得对方同意' })
    const need = await expectServiceError(h().call('care.phoneIn', { familyId: 'u-special', request: { ...PHONE_IN, need: '来' } }, { idempotencyKey: 'b' }), 'VALIDATION')
    expect(need.fieldErrors).toEqual({ need: '请说说需要什么帮助（至少5个字）' })
    // A landline is a phone too.
    const landline = await h().call('care.phoneIn', { familyId: 'u-special-3', request: { ...PHONE_IN, phone: '0571 8821 5306', address: '杭州市西湖区翠苑一区3幢1单元201室' } }, { idempotencyKey: 'c' })
    expect(landline.phone).toBe('0571-88215306')
  })

  it.each([
    ['u-contact-3', 'NOT_FOUND'],
    ['u-contact-4', 'NOT_FOUND'],
    ['u-parent', 'FORBIDDEN'],
    ['u-instructor', 'FORBIDDEN'],
    ['u-special', 'FORBIDDEN'],
    ['u-association', 'FORBIDDEN'],
    [null, 'UNAUTHENTICATED'],
  ] as const)('%s learns nothing of 张建国’s care', async (identity, code) => {
    if (identity) await h().signInAs(identity)
    await expectServiceError(h().call('care.family', { familyId: 'u-special' }), code)
    await expectServiceError(log('u-special', CALL, `log-${identity}`), code)
    await expectServiceError(h().call('care.phoneIn', { familyId: 'u-special', request: PHONE_IN }, { idempotencyKey: `in-${identity}` }), code)
    if (code === 'NOT_FOUND') expect((await h().call('care.families')).map((family) => family.familyId)).not.toContain('u-special')
    else await expectServiceError(h().call('care.families'), code)
  })
})
