import { ENTRY_ROLES, entriesFor, ROLES, type MeEntry, type Role } from '@/domain/roles'
import { describeContract } from '../support/transports'

/** The call that lists what each 我的 entry shows: the entry works only if the backend answers it. */
const LIST_CALLS: Record<MeEntry, string> = {
  careOverview: 'care.overview',
  supportPlan: 'support.mine',
  roomsBookings: 'rooms.myBookings',
  roomsSessions: 'rooms.mySessions',
  guidanceMine: 'guidance.mine',
  guidanceFavourites: 'guidance.favourites',
  centresMine: 'centres.myVisits',
  helpMine: 'help.mine',
  careFamilies: 'care.families',
  helpQueue: 'help.queue',
}
const IDENTITIES: Record<Role, string> = { parent: 'u-parent', instructor: 'u-instructor', special_family: 'u-special', contact: 'u-contact', association: 'u-association' }

describeContract('我的 entries and the services’ role gates', (h) => {
  it.each(ROLES)('%s: every entry 我的 offers is answered, every other one is refused', async (role) => {
    await h().signInAs(IDENTITIES[role])
    for (const entry of Object.keys(ENTRY_ROLES) as MeEntry[]) {
      const outcome = await h()
        .rawCall(LIST_CALLS[entry], null)
        .then(
          () => 'answered',
          (error: { code: string }) => error.code,
        )
      expect({ entry, outcome }).toEqual({ entry, outcome: entriesFor(role).includes(entry) ? 'answered' : 'FORBIDDEN' })
    }
  })
})
