/**
 * Methods of areas still typed by hand (src/services/*-api.ts), one line per area: each line
 * goes when its area's schemas land in src/contract, and this file goes with the last.
 */
type CentresLegacy = 'centres.search' | 'centres.centre' | 'centres.favourite' | 'centres.favourites' | 'centres.requestVisit' | 'centres.cancelVisit' | 'centres.myVisits' | 'centres.readAnswers' | 'centres.useDataset'
type CheckupLegacy = 'checkup.programmes' | 'checkup.programme' | 'checkup.institutions' | 'checkup.myAnswers' | 'checkup.saveAnswers' | 'checkup.timeline' | 'checkup.markVisit' | 'checkup.unmarkVisit'
type GuidanceLegacy = 'guidance.feed' | 'guidance.article' | 'guidance.favourite' | 'guidance.favourites' | 'guidance.history' | 'guidance.share' | 'guidance.mine' | 'guidance.editable' | 'guidance.save' | 'guidance.publish' | 'guidance.unpublish'
type HelpLegacy = 'help.overview' | 'help.consent' | 'help.submit' | 'help.mine' | 'help.queue' | 'help.detail' | 'help.act'
type RoomsLegacy = 'rooms.list' | 'rooms.room' | 'rooms.session' | 'rooms.book' | 'rooms.joinWaitlist' | 'rooms.cancel' | 'rooms.myBookings' | 'rooms.messages' | 'rooms.readMessages' | 'rooms.mySessions' | 'rooms.roster' | 'rooms.checkIn' | 'rooms.markNoShows' | 'rooms.saveSession' | 'rooms.schedule' | 'rooms.cancelSession' | 'rooms.answerChange'

export type LegacyMethod = CentresLegacy | CheckupLegacy | GuidanceLegacy | HelpLegacy | RoomsLegacy
