/**
 * Methods of areas still typed by hand (src/services/*-api.ts), one line per area: each line
 * goes when its area's schemas land in src/contract, and this file goes with the last.
 */
type HelpLegacy = 'help.overview' | 'help.consent' | 'help.submit' | 'help.mine' | 'help.queue' | 'help.detail' | 'help.act'
type RoomsLegacy = 'rooms.list' | 'rooms.room' | 'rooms.session' | 'rooms.book' | 'rooms.joinWaitlist' | 'rooms.cancel' | 'rooms.myBookings' | 'rooms.messages' | 'rooms.readMessages' | 'rooms.mySessions' | 'rooms.roster' | 'rooms.checkIn' | 'rooms.markNoShows' | 'rooms.saveSession' | 'rooms.schedule' | 'rooms.cancelSession' | 'rooms.answerChange'

export type LegacyMethod = HelpLegacy | RoomsLegacy
