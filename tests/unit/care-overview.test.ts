import { careOverview, handoverErrors, type OverviewFamily, type OverviewRequest } from '@/domain/care-overview'

const HOUR = 3_600_000
const NOW = Date.parse('2026-11-24T10:00:00+08:00')

const families: OverviewFamily[] = [
  { community: '翠苑一区社区', contactIds: ['a', 'street'], overdue: true },
  { community: '翠苑一区社区', contactIds: ['a', 'street'], overdue: false },
  { community: '翠苑三区社区', contactIds: ['b', 'street'], overdue: false },
]

const request = (over: Partial<OverviewRequest>): OverviewRequest => ({
  community: '翠苑一区社区', status: 'submitted', urgent: false, createdAt: NOW - HOUR, acceptedAt: null, satisfaction: null, ...over,
})

describe('the 计生协 overview', () => {
  it('counts families and contacts per community; a contact shared by two communities counts in each', () => {
    const rows = careOverview(families, [], NOW)
    // In the order the communities first appear among the families.
    expect(rows.map((row) => [row.community, row.families, row.contacts, row.contactsOverdue])).toEqual([
      ['翠苑一区社区', 2, 2, 2],
      ['翠苑三区社区', 1, 2, 0],
    ])
  })

  it('open, past the response time (24 h, 2 h when urgent), escalated, and the time to accept', () => {
    const rows = careOverview(families, [
      request({ createdAt: NOW - 23 * HOUR }),
      request({ createdAt: NOW - 24 * HOUR }),
      request({ urgent: true, createdAt: NOW - 2 * HOUR }),
      request({ status: 'accepted', createdAt: NOW - 10 * HOUR, acceptedAt: NOW - 7 * HOUR }),
      // Accepted, but after the urgent 2 hours: it was escalated.
      request({ status: 'scheduled', urgent: true, createdAt: NOW - 10 * HOUR, acceptedAt: NOW - 7 * HOUR }),
      request({ status: 'cancelled', createdAt: NOW - 48 * HOUR }),
    ], NOW)
    const row = rows.find((entry) => entry.community === '翠苑一区社区')!
    expect(row).toMatchObject({ requestsOpen: 5, requestsPastResponse: 2, requestsEscalated: 3, averageHoursToAccept: 3 })
  })

  it('satisfaction is the mean of the scores given, one decimal; none yet is null', () => {
    const rows = careOverview(families, [
      request({ status: 'followed-up', acceptedAt: NOW - 50 * 60_000, satisfaction: 5 }),
      request({ status: 'completed', acceptedAt: NOW - 30 * 60_000, satisfaction: 4 }),
      request({ status: 'completed', acceptedAt: NOW - 30 * 60_000, satisfaction: 4 }),
    ], NOW)
    expect(rows.find((entry) => entry.community === '翠苑一区社区')).toMatchObject({ satisfaction: 4.3, scored: 3, averageHoursToAccept: 0.4 })
    expect(rows.find((entry) => entry.community === '翠苑三区社区')).toMatchObject({ satisfaction: null, scored: 0, averageHoursToAccept: null, requestsOpen: 0 })
  })

  it('a community without families has no row, whatever its requests', () => {
    expect(careOverview([], [request({})], NOW)).toEqual([])
  })
})

describe('a handover’s own errors', () => {
  it('both people chosen, and not the same one', () => {
    expect(handoverErrors('', '')).toEqual({ fromContactId: '请选择离岗的联系人', toContactId: '请选择接手的联系人' })
    expect(handoverErrors('u-contact', 'u-contact')).toEqual({ toContactId: '接手的联系人不能是离岗的联系人本人' })
    expect(handoverErrors('u-contact', 'u-contact-4')).toEqual({})
  })
})
