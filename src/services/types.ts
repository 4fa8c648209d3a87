import type { FamilyProfile } from '../domain/family'
import type { Role } from '../domain/roles'

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

export type ConsentScope = 'family-health'

export interface ConsentState {
  /** When the user agreed that their family's health data (children, pregnancy) may be kept; null if never. */
  familyHealth: string | null
}

export interface ProfileDto {
  family: FamilyProfile
  consents: ConsentState
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
