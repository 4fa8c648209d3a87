import type { ConsentFacts, ConsentScope } from '../domain/consents'
import type { FamilyProfile } from '../domain/family'
import type { Role } from '../domain/roles'

export type { ConsentScope }

/** Shared DTOs: what crosses the wire between the app and the backend. */

export interface UserDto {
  id: string
  role: Role
  name: string
  /** Masked (138****5678): the full number never leaves the backend in a DTO. */
  phoneMasked: string
  /** e.g. 西湖区计生协 or 翠苑街道翠苑一区社区 */
  organisation: string
  /** e.g. 家庭健康指导员, 社区计生专干 */
  title: string
  district: string
}

export interface SessionDto {
  token: string
  user: UserDto
  /** Epoch ms. */
  expiresAt: number
}

/** One of the seeded accounts offered on the demo sign-in page. */
export interface DemoIdentity {
  id: string
  role: Role
  /** Exactly the role label: 家长, 家庭健康指导员, 特殊家庭成员, 双岗联系人. */
  label: string
  name: string
  description: string
}

/** When each consent was given (ISO time); null if never given, or withdrawn since. */
export interface ConsentState {
  /** The family record: children and pregnancy. */
  familyHealth: string | null
  /** 婚孕检's guided-check answers (planning, pregnant, LMP), kept to recommend checkups. */
  checkupAnswers: string | null
  /** 暖心服务: a special family's requests shared with their two contacts. */
  helpSharing: string | null
}

/** One consent as 隐私与授权 lists it. */
export type ConsentDto = ConsentFacts

export interface ProfileDto {
  family: FamilyProfile
  consents: ConsentState
  /**
   * The account's own mobile number, in full: only its owner receives it, to prefill their own
   * forms (a visit request, a booking). Everywhere else it travels masked.
   */
  phone: string
}

/** A child as the client sends it: new children have no id yet. */
export interface ChildInput {
  id?: string
  name: string
  birthDate: string
  gender: 'female' | 'male'
}

export interface FamilyInput {
  children: ChildInput[]
  pregnancy: { lmp: string } | null
}

/**
 * How the recorded pregnancy (named by its LMP) ended: the baby was born (and joins the family's
 * children), or the pregnancy ended without a child. Nothing else is asked.
 */
export type PregnancyEndInput =
  | { lmp: string; outcome: 'born'; child: Omit<ChildInput, 'id'> }
  | { lmp: string; outcome: 'ended' }

export interface Done {
  done: true
}
