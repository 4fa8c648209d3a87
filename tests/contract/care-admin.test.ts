import { expectServiceError } from '../support/expect-error'
import { describeContract } from '../support/transports'

// The clock is 2026-11-24. 方晓红 (u-association) works for the 计生协. Nineteen special families
// in four communities; 张建国 (翠苑一区) is five days past his monthly call; 王桂英 (翠苑二区) has
// a rated request, an urgent one unaccepted for three hours and an accepted one.
const CUIYUAN_1 = '西湖区翠苑街道翠苑一区社区'
const CUIYUAN_2 = '西湖区翠苑街道翠苑二区社区'

describeContract('暖心服务概况 for the 计生协', (h) => {
  const handover = (fromContactId: string, toContactId: string, key = 'handover') =>
    h().call('care.reassign', { handover: { fromContactId, toContactId } }, { idempotencyKey: key })

  it('numbers per community, and not one name, address or note', async () => {
    await h().signInAs('u-association')
    const overview = await h().call('care.overview')
    expect(overview.communities.map((row) => [row.community, row.families])).toEqual([
      [CUIYUAN_1, 4],
      [CUIYUAN_2, 3],
      ['西湖区翠苑街道翠苑三区社区', 6],
      ['拱墅区米市巷街道米市巷社区', 6],
    ])
    expect(overview.communities.find((row) => row.community === CUIYUAN_1)).toMatchObject({ contacts: 2, contactsOverdue: 2, requestsOpen: 0 })
    expect(overview.communities.find((row) => row.community === CUIYUAN_2)).toMatchObject({
      requestsOpen: 2,
      requestsPastResponse: 1,
      requestsEscalated: 1,
      satisfaction: 5,
      scored: 1,
    })
    const text = JSON.stringify(overview.communities)
    for (const secret of ['张建国', '王桂英', '12幢', '睡不好', '13605819876']) expect(text).not.toContain(secret)
    expect(overview.contacts.find((contact) => contact.id === 'u-contact')).toMatchObject({ name: '李慧敏', families: 7, overdue: 1 })
  })

  it('the counts move as the contacts work: a call to 张建国 clears 翠苑一区’s overdue contacts', async () => {
    await h().signInAs('u-contact')
    const call = { kind: 'call' as const, date: '2026-11-24', durationMinutes: 15, state: 'stable' as const, note: '', nextContactDate: null }
    await h().call('care.log', { familyId: 'u-special', log: call }, { idempotencyKey: 'call' })
    await h().signInAs('u-association')
    const overview = await h().call('care.overview')
    expect(overview.communities.find((row) => row.community === CUIYUAN_1)).toMatchObject({ contactsOverdue: 0 })
  })

  it('a leaving contact’s families move to another with their record intact, noted on each request', async () => {
    await h().signInAs('u-association')
    const { moved, overview } = await handover('u-contact', 'u-contact-4')
    expect(moved).toBe(7)
    expect(overview.contacts.find((contact) => contact.id === 'u-contact')).toMatchObject({ families: 0 })
    expect(overview.contacts.find((contact) => contact.id === 'u-contact-4')).toMatchObject({ families: 13 })

    await h().signInAs('u-contact')
    expect(await h().call('care.families')).toEqual([])
    await expectServiceError(h().call('care.family', { familyId: 'u-special' }), 'NOT_FOUND')
    await h().signInAs('u-contact-4')
    const zhang = await h().call('care.family', { familyId: 'u-special' })
    expect(zhang.contacts.map((contact) => contact.name)).toEqual(['钱晓燕', '赵志强'])
    expect(zhang.logs.map((log) => log.byName)).toEqual(['李慧敏', '李慧敏'])
    const request = await h().call('help.detail', { id: 'help-2' })
    expect(request.timeline.at(-1)).toMatchObject({ action: '联系人变更', note: '李慧敏 → 钱晓燕', actorName: '方晓红' })
  })

  it('refuses a handover that would give a family the same contact twice, or to no one, and moves nothing', async () => {
    await h().signInAs('u-association')
    const clash = await expectServiceError(handover('u-contact', 'u-contact-2', 'clash'), 'VALIDATION')
    expect(clash.fieldErrors).toEqual({ toContactId: '赵志强已是其中7户家庭的另一位联系人，请另选接手的人' })
    const self = await expectServiceError(handover('u-contact', 'u-contact', 'self'), 'VALIDATION')
    expect(self.fieldErrors).toEqual({ toContactId: '接手的联系人不能是离岗的联系人本人' })
    const nobody = await expectServiceError(h().rawCall('care.reassign', { handover: { fromContactId: 'u-parent', toContactId: 'u-contact-4' } }, { idempotencyKey: 'nobody' }), 'VALIDATION')
    expect(nobody.fieldErrors).toEqual({ fromContactId: '请选择离岗的联系人' })
    const overview = await h().call('care.overview')
    expect(overview.contacts.find((contact) => contact.id === 'u-contact')).toMatchObject({ families: 7 })
  })

  it.each([
    ['u-parent', 'FORBIDDEN'],
    ['u-instructor', 'FORBIDDEN'],
    ['u-special', 'FORBIDDEN'],
    ['u-contact', 'FORBIDDEN'],
    [null, 'UNAUTHENTICATED'],
  ] as const)('%s gets no overview and moves no family', async (identity, code) => {
    if (identity) await h().signInAs(identity)
    await expectServiceError(h().call('care.overview'), code)
    await expectServiceError(handover('u-contact', 'u-contact-4', `h-${identity}`), code)
  })
})
