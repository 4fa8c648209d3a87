/**
 * The kinds of user (DOMAIN.md "Who uses it"), and the 计生协's own staff, who see 暖心服务's
 * numbers across communities (never a family's name) and hand families between contacts.
 */
export type Role = 'parent' | 'instructor' | 'special_family' | 'contact' | 'association'

export const ROLES = ['parent', 'instructor', 'special_family', 'contact', 'association'] as const satisfies readonly Role[]

export const ROLE_LABELS: Record<Role, string> = {
  parent: '家长',
  instructor: '家庭健康指导员',
  special_family: '特殊家庭成员',
  contact: '双岗联系人',
  association: '计生协工作人员',
}

/** Special-family members are mostly 50+; 长辈模式 starts on for them (they may turn it off). */
export function elderModeDefault(role: Role | undefined): boolean {
  return role === 'special_family'
}

/**
 * The personal entries 我的 can offer, each a page of one service that keeps the user's own
 * things (bookings, favourites, requests, the sessions or articles an instructor looks after).
 */
export type MeEntry = 'careOverview' | 'supportPlan' | 'roomsBookings' | 'roomsSessions' | 'guidanceMine' | 'guidanceFavourites' | 'centresMine' | 'helpMine' | 'careFamilies' | 'helpQueue'

/**
 * Who can use each entry. The same lists are the backend's role gates for the calls behind the
 * entry (mock/areas/<area>/handlers.ts), so 我的 never offers a page whose service refuses the user:
 * 亲子小屋 is booked by parents and run by instructors; 优生优育 favourites are for the families
 * and instructors it is written for (not for a 失独 family, to whom parenting articles would be
 * hurtful, nor for contacts at work); 托育机构 is for parents looking for a place; 暖心服务 is
 * asked for by special families and handled by their contacts, who also keep the record of
 * their calls and visits to the families (我联系的家庭), and overseen in numbers by the 计生协
 * (暖心服务概况); 生育支持's leave plan is for parents.
 */
export const ENTRY_ROLES: Record<MeEntry, readonly Role[]> = {
  supportPlan: ['parent'],
  roomsBookings: ['parent'],
  roomsSessions: ['instructor'],
  guidanceMine: ['instructor'],
  guidanceFavourites: ['parent', 'instructor'],
  centresMine: ['parent'],
  helpMine: ['special_family'],
  careFamilies: ['contact'],
  helpQueue: ['contact'],
  careOverview: ['association'],
}

/** The order 我的 lists them in: the role's everyday work first. */
const ENTRY_ORDER: readonly MeEntry[] = ['roomsBookings', 'roomsSessions', 'guidanceMine', 'helpMine', 'careFamilies', 'helpQueue', 'careOverview', 'centresMine', 'guidanceFavourites', 'supportPlan']

export function canUseEntry(role: Role | null | undefined, entry: MeEntry): boolean {
  return role !== null && role !== undefined && ENTRY_ROLES[entry].includes(role)
}

/** The entries 我的 shows for a role, in order; none when signed out. */
export function entriesFor(role: Role | null | undefined): MeEntry[] {
  return ENTRY_ORDER.filter((entry) => canUseEntry(role, entry))
}
