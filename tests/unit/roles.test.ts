import { canUseEntry, ENTRY_ROLES, entriesFor, ROLES, type MeEntry, type Role } from '@/domain/roles'

describe('which 我的 entries a role can use', () => {
  const expected: Record<Role, MeEntry[]> = {
    parent: ['roomsBookings', 'centresMine', 'guidanceFavourites', 'supportPlan'],
    instructor: ['roomsSessions', 'guidanceMine', 'guidanceFavourites'],
    special_family: ['helpMine'],
    contact: ['careFamilies', 'helpQueue'],
    association: ['careOverview'],
  }

  it.each(ROLES)('%s gets exactly the entries of their work, in order', (role) => {
    expect(entriesFor(role)).toEqual(expected[role])
  })

  it('a parent has no 我的求助 (暖心服务 is for special families) and a special family has no bookings, favourites or centres', () => {
    expect(canUseEntry('parent', 'helpMine')).toBe(false)
    expect(canUseEntry('parent', 'helpQueue')).toBe(false)
    for (const role of ['parent', 'instructor', 'special_family'] as const) expect(canUseEntry(role, 'careFamilies')).toBe(false)
    for (const entry of ['roomsBookings', 'guidanceFavourites', 'centresMine'] as const) expect(canUseEntry('special_family', entry)).toBe(false)
  })

  it('signed out, nothing is offered', () => {
    expect(entriesFor(null)).toEqual([])
    expect(entriesFor(undefined)).toEqual([])
    expect(canUseEntry(null, 'centresMine')).toBe(false)
  })

  it('every entry is usable by some role, and every role has something', () => {
    for (const roles of Object.values(ENTRY_ROLES)) expect(roles.length).toBeGreaterThan(0)
    for (const role of ROLES) expect(entriesFor(role).length).toBeGreaterThan(0)
  })

  it('canUseEntry and entriesFor agree for every role and entry', () => {
    for (const role of ROLES) {
      for (const entry of Object.keys(ENTRY_ROLES) as MeEntry[]) expect(entriesFor(role).includes(entry)).toBe(canUseEntry(role, entry))
    }
  })
})
