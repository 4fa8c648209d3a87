/**
 * Methods of areas still typed by hand (src/services/*-api.ts), one line per area: each line
 * goes when its area's schemas land in src/contract, and this file goes with the last.
 */
type HelpLegacy = 'help.overview' | 'help.consent' | 'help.submit' | 'help.mine' | 'help.queue' | 'help.detail' | 'help.act'

export type LegacyMethod = HelpLegacy
